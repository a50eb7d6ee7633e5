import { test } from 'node:test';
import { expectAll } from './expect.js';

test('days, weeks, months and years relative to the publication date', () => {
  expectAll([
    [
      'It happened yesterday and ends tomorrow; today is calm.',
      '2015-11-02',
      [
        ['yesterday', 'DATE', '2015-11-01'],
        ['tomorrow', 'DATE', '2015-11-03'],
        ['today', 'DATE', '2015-11-02'],
      ],
    ],
    [
      'Sales rose last year and will rise next year.',
      '2017-05-31',
      [
        ['last year', 'DATE', '2016'],
        ['next year', 'DATE', '2018'],
      ],
    ],
    [
      'It fell this month, after rising last month.',
      '2017-05-31',
      [
        ['this month', 'DATE', '2017-05'],
        ['last month', 'DATE', '2017-04'],
      ],
    ],
    ['Talks resume next week.', '2015-11-02', [['next week', 'DATE', '2015-W46']]],
    [
      'Earlier this month Russia, Iran and Turkey agreed.',
      '2017-05-31',
      [['Earlier this month', 'DATE', '2017-05']],
    ],
    ['Shares fell earlier this year.', '1998-03-01', [['earlier this year', 'DATE', '1998']]],
  ]);
});

test('"in March last year" is one expression, as is "March this year"', () => {
  expectAll([
    ['Troops captured Palmyra in March last year.', '2017-05-31', [['March last year', 'DATE', '2016-03']]],
    ['They drove them out again in March this year.', '2017-05-31', [['March this year', 'DATE', '2017-03']]],
    ['It happened in March of last year.', '2017-05-31', [['March of last year', 'DATE', '2016-03']]],
    ['It happened last March.', '2017-05-31', [['last March', 'DATE', '2017-03']]],
    ['It happened last August.', '1991-02-25', [['last August', 'DATE', '1990-08']]],
  ]);
});

test('weekdays resolve against their own article and the tense of their clause', () => {
  expectAll([
    ['The talks in Vienna on Friday were the first.', '2015-11-02', [['Friday', 'DATE', '2015-10-30']]],
    ['Jets carried out strikes on Friday.', '2015-09-18', [['Friday', 'DATE', '2015-09-18']]],
    ['On Thursday, Syrian jets had struck Raqqa.', '2015-09-18', [['Thursday', 'DATE', '2015-09-17']]],
    ['The ministers will meet on Friday.', '2015-11-02', [['Friday', 'DATE', '2015-11-06']]],
    ['The team planned to leave on Thursday.', '1998-09-29', [['Thursday', 'DATE', '1998-10-01']]],
    ['They met last Friday.', '2015-11-02', [['last Friday', 'DATE', '2015-10-30']]],
    ['They meet next Friday.', '2015-11-02', [['next Friday', 'DATE', '2015-11-06']]],
    ["Relatives would fight Wednesday's ruling.", '2000-01-07', [['Wednesday', 'DATE', '2000-01-05']]],
    ['Shots were fired Friday night.', '1998-10-26', [['Friday night', 'DATE', '1998-10-23']]],
    // A future weekday that is the publication day's own is that day, not a week on.
    ['The court will rule on Thursday.', '2000-06-01', [['Thursday', 'DATE', '2000-06-01']]],
    ['They meet next Thursday.', '2000-06-01', [['next Thursday', 'DATE', '2000-06-08']]],
    // The verb right after the expression governs it, whatever a clause before says.
    [
      'He will stay even after a court Thursday refused his appeal.',
      '2000-06-01',
      [['Thursday', 'DATE', '2000-06-01']],
    ],
    // "next to" is a place, not a time.
    [
      'A bomb ripped through a building next to the embassy Friday.',
      '1998-08-08',
      [['Friday', 'DATE', '1998-08-07']],
    ],
    // A passive participle takes its tense from the auxiliary: "could be located" is no future.
    ['His grandparents could not be located Wednesday.', '2000-01-06', [['Wednesday', 'DATE', '2000-01-05']]],
    ['The dividend will be paid Dec. 14.', '1989-10-26', [['Dec. 14', 'DATE', '1989-12-14']]],
    // A plan, a promise or a threat dates the act intended.
    [
      'Protesters planned a large demonstration on Saturday.',
      '2000-01-07',
      [['Saturday', 'DATE', '2000-01-08']],
    ],
    ['The rebels vowed to retake the town on Sunday.', '2016-03-24', [['Sunday', 'DATE', '2016-03-27']]],
    // Fronted, the expression dates the planning: "On Friday, X planned to pay".
    [
      'On Friday, the government planned to pay the claims.',
      '1998-09-30',
      [['Friday', 'DATE', '1998-09-25']],
    ],
  ]);
});

test('counts of units back from the publication date', () => {
  expectAll([
    ['The law passed two years ago.', '1998-04-24', [['two years ago', 'DATE', '1996']]],
    ['It opened six weeks ago.', '1998-03-01', [['six weeks ago', 'DATE', '1998-W03']]],
    ['It closed three days ago.', '2015-11-02', [['three days ago', 'DATE', '2015-10-30']]],
    ['It was built years ago.', '2015-11-02', [['years ago', 'DATE', 'PAST_REF']]],
  ]);
});

test('seasons', () => {
  expectAll([
    ['The offensive is planned for this summer.', '1998-03-22', [['this summer', 'DATE', '1998-SU']]],
    ['Talks collapsed last fall.', '1999-04-10', [['last fall', 'DATE', '1998-FA']]],
    ['Talks collapsed last fall.', '1998-02-06', [['last fall', 'DATE', '1997-FA']]],
    ['It peaked in the summer of 2016.', '2017-05-31', [['summer of 2016', 'DATE', '2016-SU']]],
    [
      'A bomb blast. January nineteen ninety-seven.',
      '1998-02-27',
      [['January nineteen ninety-seven', 'DATE', '1997-01']],
    ],
  ]);
});
