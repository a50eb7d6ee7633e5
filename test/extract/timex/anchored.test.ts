import { test } from 'node:test';
import { expectAll } from './expect.js';

test('offsets count from the time the discourse is at, not from the publication date', () => {
  expectAll([
    [
      'Troops captured Palmyra in March last year. ISIS recaptured Palmyra eight months later.',
      '2017-05-31',
      [
        ['March last year', 'DATE', '2016-03'],
        ['eight months later', 'DATE', '2016-11'],
      ],
    ],
    [
      'The ceasefire began on 2 November 2015. Two days later it collapsed.',
      '2016-01-10',
      [
        ['2 November 2015', 'DATE', '2015-11-02'],
        ['Two days later', 'DATE', '2015-11-04'],
      ],
    ],
    [
      'With no earlier date told, two days later counts from publication.',
      '2015-11-02',
      [['two days later', 'DATE', '2015-11-04']],
    ],
    [
      'Fighting began in June 2014. The following year it spread.',
      '2017-05-31',
      [
        ['June 2014', 'DATE', '2014-06'],
        ['The following year', 'DATE', '2015'],
      ],
    ],
    [
      'He was shot on Oct. 23. He died the next day.',
      '1998-11-01',
      [
        ['Oct. 23', 'DATE', '1998-10-23'],
        ['the next day', 'DATE', '1998-10-24'],
      ],
    ],
    [
      'He was shot on Oct. 23, 1998. The previous Friday he had been warned.',
      '1999-05-05',
      [
        ['Oct. 23, 1998', 'DATE', '1998-10-23'],
        ['The previous Friday', 'DATE', '1998-10-16'],
      ],
    ],
  ]);
});

test('a comparison with "a year earlier" looks back without moving the story on', () => {
  expectAll([
    [
      'Net rose in the third quarter from $4 a year earlier, and sales from $9 a year earlier.',
      '1989-10-26',
      [
        ['the third quarter', 'DATE', '1989-Q3'],
        ['a year earlier', 'DATE', '1988-Q3'],
        ['a year earlier', 'DATE', '1988-Q3'],
      ],
    ],
    [
      'Third-quarter net was $68.2 million, up from $66.8 million a year ago.',
      '1989-10-27',
      [
        ['Third-quarter', 'DATE', '1989-Q3'],
        ['a year ago', 'DATE', '1988-Q3'],
      ],
    ],
  ]);
});

test('the day before or after a day named is one expression, one day off', () => {
  expectAll([
    [
      "The day before last Tuesday's hearing, he went to the house.",
      '2000-02-24',
      [['The day before last Tuesday', 'DATE', '2000-02-21']],
    ],
    [
      'The day after May 5, the talks resumed.',
      '2016-05-20',
      [['The day after May 5', 'DATE', '2016-05-06']],
    ],
  ]);
});
