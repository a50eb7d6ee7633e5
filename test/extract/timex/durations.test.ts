import { test } from 'node:test';
import { expectAll } from './expect.js';

test('lengths of time, with their lead words and quantifiers', () => {
  expectAll([
    [
      'It hit 237 targets over the last two days alone.',
      '2015-11-02',
      [['the last two days', 'DURATION', 'P2D']],
    ],
    ['Net fell in the past two months.', '1989-10-27', [['the past two months', 'DURATION', 'P2M']]],
    ['Profit rose in the first nine months.', '1989-10-30', [['the first nine months', 'DURATION', 'P9M']]],
    ['The talks aimed to end the 4 year conflict.', '2015-11-02', [['the 4 year', 'DURATION', 'P4Y']]],
    ['They signed a 99-year lease.', '1998-03-01', [['99-year', 'DURATION', 'P99Y']]],
    ['The flight took five hours.', '1998-08-17', [['five hours', 'DURATION', 'PT5H']]],
    ['Shipments resume within 18 months.', '1989-10-30', [['within 18 months', 'DURATION', 'P18M']]],
    ['It took two decades.', '2000-01-01', [['two decades', 'DURATION', 'P20Y']]],
    ['Prices have risen in recent months.', '1998-01-01', [['recent months', 'DURATION', 'PXM']]],
    ['Demand will slow in coming quarters.', '1989-10-26', [['coming quarters', 'DATE', 'FUTURE_REF']]],
    ['Hate groups grew in the past year.', '1998-03-03', [['the past year', 'DATE', '1997']]],
    ['Rates fell over the past few weeks.', '1998-01-01', [['the past few weeks', 'DURATION', 'PXW']]],
    ['They were held for several years.', '1998-01-01', [['several years', 'DURATION', 'PXY']]],
    ['She spent about 5 1/2 hours in Nairobi.', '1998-08-17', [['about 5 1/2 hours', 'DURATION', 'PT5H30M']]],
    [
      'They lived in camps for two and a half years.',
      '1998-02-27',
      [['two and a half years', 'DURATION', 'P2Y6M']],
    ],
    ['A minute and a half later it climbed.', '1998-01-14', [['A minute and a half', 'DURATION', 'PT1M30S']]],
  ]);
});

test('the year of a fiscal period is a length; "for the year" is this year', () => {
  expectAll([
    [
      'Revenue for the year ended March 31 was flat.',
      '1989-11-01',
      [
        ['the year', 'DURATION', 'P1Y'],
        ['March 31', 'DATE', '1989-03-31'],
      ],
    ],
    ['For the year, volume was flat.', '1989-11-02', [['the year', 'DATE', '1989']]],
  ]);
});
