import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDateOf } from '../../src/extract/event-date.js';
import type { Timex } from '../../src/extract/timex/types.js';

const timex = (value: string, extra: Partial<Timex> = {}): Timex => ({
  start: 0,
  end: 1,
  text: 'x',
  type: 'DATE',
  value,
  reference: 'dct',
  ...extra,
});

test('a timex becomes an event date at the precision the text gave, never finer', () => {
  const table: [Timex, Partial<ReturnType<typeof eventDateOf>> | undefined][] = [
    [timex('2015-11-02'), { start: '2015-11-02', precision: 'day' }],
    [timex('2016-03'), { start: '2016-03', precision: 'month' }],
    [timex('2015', { reference: 'none' }), { start: '2015', precision: 'year' }],
    [timex('2015-W38'), { start: '2015-09-14', end: '2015-09-20', precision: 'week' }],
    [timex('1989-Q3'), { start: '1989-07', end: '1989-09', precision: 'quarter' }],
    [timex('2016-WI'), { start: '2016-12', end: '2017-02', precision: 'season' }],
    [timex('199'), { start: '1990', end: '1999', precision: 'decade' }],
    [timex('1998-01-19TNI', { type: 'TIME' }), { start: '1998-01-19', precision: 'day' }],
    [timex('PAST_REF'), undefined],
    [timex('P2D', { type: 'DURATION' }), undefined],
  ];
  for (const [t, expected] of table) {
    const got = eventDateOf(t, '2017-05-31');
    if (expected === undefined) assert.equal(got, undefined, t.value);
    else
      assert.deepEqual(
        { start: got?.start, end: got?.end, precision: got?.precision },
        { end: undefined, ...expected },
        t.value,
      );
  }
});

test('how the date was derived follows what the timex was resolved against', () => {
  assert.deepEqual(
    eventDateOf(timex('2016-11', { reference: 'anchor', text: 'eight months later' }), '2017-05-31'),
    {
      start: '2016-11',
      precision: 'month',
      approximate: true,
      derivation: { method: 'anchored', text: 'eight months later' },
    },
  );
  assert.deepEqual(eventDateOf(timex('2016-03', { text: 'March last year' }), '2017-05-31')?.derivation, {
    method: 'relative',
    text: 'March last year',
    reference: '2017-05-31',
  });
  assert.equal(
    eventDateOf(timex('2015', { reference: 'none' }), '2017-05-31')?.derivation.method,
    'explicit',
  );
});
