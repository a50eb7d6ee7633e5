import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tags, type Row } from './expect.js';

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}.txt`, import.meta.url), 'utf8');

// Every time expression of the three seed articles with the value ../shared/seed-facts.md gives it.
const SEEDS: [string, string, Row[]][] = [
  [
    '000_fd8fc1e38568568b',
    '2015-11-02',
    [
      ['the last two days', 'DURATION', 'P2D'],
      ['Monday', 'DATE', '2015-11-02'],
      ['Monday', 'DATE', '2015-11-02'],
      ['Friday', 'DATE', '2015-10-30'],
      ['the 4 year', 'DURATION', 'P4Y'],
    ],
  ],
  [
    '001_dd24de1a538d7227',
    '2015-09-18',
    [
      ['Sunday, May 17, 2015', 'DATE', '2015-05-17'],
      ['Friday', 'DATE', '2015-09-18'],
      ['two days', 'DURATION', 'P2D'],
      ['Thursday', 'DATE', '2015-09-17'],
      ['this week', 'DATE', '2015-W38'],
      ['Thursday', 'DATE', '2015-09-17'],
      ['Friday', 'DATE', '2015-09-18'],
    ],
  ],
  [
    '002_564830631f986510',
    '2017-05-31',
    [
      ['May 31, 2017', 'DATE', '2017-05-31'],
      ['Wednesday', 'DATE', '2017-05-31'],
      ['2015', 'DATE', '2015'],
      ['March last year', 'DATE', '2016-03'],
      ['eight months later', 'DATE', '2016-11'],
      ['March this year', 'DATE', '2017-03'],
      ['Wednesday', 'DATE', '2017-05-31'],
      ['Earlier this month', 'DATE', '2017-05'],
      ['June 4', 'DATE', '2017-06-04'],
    ],
  ],
];

for (const [name, dct, expected] of SEEDS) {
  test(`every time expression of seed ${name} with its value`, () => {
    assert.deepEqual(tags(seed(name), dct), expected);
  });
}

test('a weekday resolves against its own article: Friday is 30 Oct 2015 in 000 and 18 Sep 2015 in 001', () => {
  const friday = (name: string, dct: string) =>
    tags(seed(name), dct).find(([text]) => text === 'Friday')?.[2];
  assert.equal(friday('000_fd8fc1e38568568b', '2015-11-02'), '2015-10-30');
  assert.equal(friday('001_dd24de1a538d7227', '2015-09-18'), '2015-09-18');
});
