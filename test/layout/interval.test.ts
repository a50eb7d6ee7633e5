import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInterval } from '../../src/layout/interval.js';
import type { EventDate } from '../../src/schema/types.js';

const DAY = 86_400_000;
const date = (d: Partial<EventDate>): EventDate => ({
  start: null,
  precision: 'day',
  approximate: false,
  derivation: { method: 'explicit' },
  ...d,
});

test('a day covers 24 hours and a month its whole month, in UTC', () => {
  assert.deepEqual(dateInterval(date({ start: '2015-11-02' })), {
    start: Date.UTC(2015, 10, 2),
    end: Date.UTC(2015, 10, 3),
    openStart: false,
    openEnd: false,
  });
  const march = dateInterval(date({ start: '2016-03', precision: 'month' }))!;
  assert.equal((march.end - march.start) / DAY, 31);
});

test('a range runs from the first day of start to the last day of end', () => {
  const r = dateInterval(date({ start: '2016-03', end: '2016-05', precision: 'month' }))!;
  assert.equal(r.start, Date.UTC(2016, 2, 1));
  assert.equal(r.end, Date.UTC(2016, 5, 1));
});

test('open ranges keep their known bound and say which side is open', () => {
  const byEnd = dateInterval(date({ start: null, end: '2017-05-31' }))!;
  assert.equal(byEnd.end, Date.UTC(2017, 5, 1));
  assert.equal(byEnd.openStart, true);
  const since = dateInterval(date({ start: '2015', end: null, precision: 'year' }))!;
  assert.equal(since.start, Date.UTC(2015, 0, 1));
  assert.equal(since.openEnd, true);
});

test('undated events have no interval', () => {
  assert.equal(dateInterval(null), undefined);
});
