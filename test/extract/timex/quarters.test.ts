import { test } from 'node:test';
import { expectAll } from './expect.js';

test('quarters, halves and fiscal years', () => {
  expectAll([
    ['Third-quarter net rose.', '1989-10-26', [['Third-quarter', 'DATE', '1989-Q3']]],
    ['Sales in the fourth quarter will rise.', '1989-10-26', [['the fourth quarter', 'DATE', '1989-Q4']]],
    [
      'Sales in the third quarter of 1990 will rise.',
      '1989-10-26',
      [['the third quarter of 1990', 'DATE', '1990-Q3']],
    ],
    ['Profit fell in the latest quarter.', '1989-10-26', [['the latest quarter', 'DATE', '1989-Q3']]],
    [
      'Revenue rose in the 1988 second quarter.',
      '1989-10-26',
      [['the 1988 second quarter', 'DATE', '1988-Q2']],
    ],
    ['Results for fiscal 1989 were weak.', '1989-11-02', [['fiscal 1989', 'DATE', '1989']]],
    [
      'Growth slowed in the first half of 1998.',
      '1998-09-01',
      [['the first half of 1998', 'DATE', '1998-H1']],
    ],
  ]);
});

test('fractions are not quarters', () => {
  expectAll([
    ['A quarter of the population fled.', '2016-01-01', []],
    ['Three quarters of the city was destroyed.', '2016-01-01', []],
  ]);
});
