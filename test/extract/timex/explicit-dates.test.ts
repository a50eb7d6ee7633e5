import { test } from 'node:test';
import { expectAll } from './expect.js';

test('full dates in any order, with or without commas and weekdays', () => {
  expectAll([
    ['Wed 05 Apr 2017 Jets struck.', '2017-04-06', [['Wed 05 Apr 2017', 'DATE', '2017-04-05']]],
    ['It was signed on May 31, 2017.', '2017-06-10', [['May 31, 2017', 'DATE', '2017-05-31']]],
    ['It was signed on May 31 2017.', '2017-06-10', [['May 31 2017', 'DATE', '2017-05-31']]],
    ['Published 30 October 2016 by AFP', '2016-10-30', [['30 October 2016', 'DATE', '2016-10-30']]],
    [
      'On Wednesday, May 31, 2017, it fired.',
      '2017-06-01',
      [['Wednesday, May 31, 2017', 'DATE', '2017-05-31']],
    ],
    ['Filed 2017-05-31.', '2017-06-01', [['2017-05-31', 'DATE', '2017-05-31']]],
    ['Dated 5/31/2017.', '2017-06-01', [['5/31/2017', 'DATE', '2017-05-31']]],
    ['The deal ended Sept. 30, 1989.', '1989-10-26', [['Sept. 30, 1989', 'DATE', '1989-09-30']]],
  ]);
});

test('partial dates take the year nearest the publication date, leaning with the tense', () => {
  expectAll([
    ['The strike hit on 31 May.', '2017-06-02', [['31 May', 'DATE', '2017-05-31']]],
    ['Maps should be ready by June 4.', '2017-05-31', [['June 4', 'DATE', '2017-06-04']]],
    ['Talks took place on Nov. 25.', '2000-01-15', [['Nov. 25', 'DATE', '1999-11-25']]],
    ['The vote will be held on Jan. 14.', '2000-01-07', [['Jan. 14', 'DATE', '2000-01-14']]],
    // A dividend payable, a rule effective, a closing expected: dates still to come.
    ['The board declared a dividend, payable Jan. 5.', '1989-10-27', [['Jan. 5', 'DATE', '1990-01-05']]],
    ['It created a new office, effective Feb. 1.', '1989-10-26', [['Feb. 1', 'DATE', '1990-02-01']]],
    [
      'Investigators have been searching for him since the Oct. 23 killing.',
      '1999-05-06',
      [['Oct. 23', 'DATE', '1998-10-23']],
    ],
  ]);
});

test('months and years alone', () => {
  expectAll([
    ['Palmyra fell in March 2016.', '2017-05-31', [['March 2016', 'DATE', '2016-03']]],
    ['The campaign began in 2015.', '2017-05-31', [['2015', 'DATE', '2015']]],
    ['They met in January.', '1998-02-06', [['January', 'DATE', '1998-01']]],
    ['Fighting resumed in May.', '2017-08-01', [['May', 'DATE', '2017-05']]],
  ]);
});

test('a day that does not exist is not a date', () => {
  expectAll([['on February 30, 2015', '2015-03-01', [['2015', 'DATE', '2015']]]]);
});

test('a bare day joined to a date is a day of the same month, never a count', () => {
  expectAll([
    [
      'The summit meets on April 24 and 25 in Washington.',
      '1999-02-10',
      [
        ['April 24', 'DATE', '1999-04-24'],
        ['25', 'DATE', '1999-04-25'],
      ],
    ],
    ['Fighting broke out on March 3, and 12 people died.', '2016-03-10', [['March 3', 'DATE', '2016-03-03']]],
    ['Rates rose on May 3 and 4 percent is expected.', '2016-05-10', [['May 3', 'DATE', '2016-05-03']]],
  ]);
});

test('"the year" before a year leaves it to the year', () => {
  expectAll([
    ['The approach of the year two thousand worries them.', '1998-03-03', [['two thousand', 'DATE', '2000']]],
  ]);
});
