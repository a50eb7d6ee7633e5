import { test } from 'node:test';
import { expectAll } from './expect.js';

test('times of day, on the day the story is at', () => {
  expectAll([
    [
      'The offer expires at 5 p.m. EST Nov. 9.',
      '1989-11-02',
      [['5 p.m. EST Nov. 9', 'TIME', '1989-11-09T17:00']],
    ],
    ['He spoke this morning.', '1998-02-06', [['this morning', 'TIME', '1998-02-06TMO']]],
    ['They rallied last night.', '1998-01-20', [['last night', 'TIME', '1998-01-19TNI']]],
    // "Overnight" is the night before the story's day, and the story stays on that day.
    ['U.S. jets struck overnight.', '1998-08-20', [['overnight', 'TIME', '1998-08-19TNI']]],
    [
      'Shares closed lower Friday after overnight losses, down 4.5% from the previous Friday.',
      '1989-10-30',
      [
        ['Friday', 'DATE', '1989-10-27'],
        ['overnight', 'TIME', '1989-10-26TNI'],
        ['the previous Friday', 'DATE', '1989-10-20'],
      ],
    ],
    [
      'He was shot on Oct. 23. The call came at 10 p.m.',
      '1998-11-01',
      [
        ['Oct. 23', 'DATE', '1998-10-23'],
        ['10 p.m.', 'TIME', '1998-10-23T22:00'],
      ],
    ],
  ]);
});

test('sets: recurrences', () => {
  expectAll([
    ['Protesters rally daily.', '2000-01-07', [['daily', 'SET', 'P1D']]],
    ['Prayers are held every Friday.', '2015-11-02', [['every Friday', 'SET', 'XXXX-WXX-5']]],
    ['The board meets twice a year.', '1998-01-01', [['twice a year', 'SET', 'P1Y']]],
    ['Elections are held every four years.', '1998-01-01', [['every four years', 'SET', 'P4Y']]],
    ['Flights leave each July.', '1998-03-22', [['each July', 'SET', 'XXXX-07']]],
  ]);
});

test('past, present and future references', () => {
  expectAll([
    ['Fighting around Palmyra continues now.', '2017-05-31', [['now', 'DATE', 'PRESENT_REF']]],
    ['The army recently retook the town.', '2017-05-31', [['recently', 'DATE', 'PAST_REF']]],
    ['Peace may come in the future.', '2017-05-31', [['the future', 'DATE', 'FUTURE_REF']]],
  ]);
});

test("the week of a day is that day's ISO week", () => {
  expectAll([
    [
      'A hearing is set for the week of March 6.',
      '2000-02-24',
      [['the week of March 6', 'DATE', '2000-W10']],
    ],
  ]);
});

test('ranges are two dates that share the year stated once', () => {
  expectAll([
    [
      'Fighting raged from March to May 2016.',
      '2017-05-31',
      [
        ['March', 'DATE', '2016-03'],
        ['May 2016', 'DATE', '2016-05'],
      ],
    ],
    [
      'It lasted between 2011 and 2013.',
      '2017-05-31',
      [
        ['2011', 'DATE', '2011'],
        ['2013', 'DATE', '2013'],
      ],
    ],
    [
      'It ran from December to March 2016.',
      '2017-05-31',
      [
        ['December', 'DATE', '2015-12'],
        ['March 2016', 'DATE', '2016-03'],
      ],
    ],
  ]);
});
