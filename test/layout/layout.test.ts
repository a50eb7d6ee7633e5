import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutTimeline } from '../../src/layout/layout.js';
import type { TimelineEvent } from '../../src/schema/types.js';

const event = (id: string, start: string, precision: 'day' | 'month' | 'year'): TimelineEvent => ({
  id,
  title: id,
  date: { start, precision, approximate: false, derivation: { method: 'explicit' } },
  type: 'air-strike',
  actors: [],
  location: null,
  fatalities: null,
  status: 'occurred',
  mentions: [{ source: 's', quote: '', start: 0, end: 0, lead: false }],
});

test('layoutTimeline puts overlapping events on separate lanes and keeps apart ones on the first', () => {
  const { marks, lanes } = layoutTimeline(
    {
      events: [event('a', '2016', 'year'), event('b', '2016-06-01', 'day'), event('c', '2018-01-01', 'day')],
    },
    { width: 1000 },
  );
  const lane = Object.fromEntries(marks.map((m) => [m.event.id, m.lane]));
  assert.deepEqual(lane, { a: 0, b: 1, c: 0 });
  assert.equal(lanes, 2);
});

test('a day is a point, a year a span; an event too short to see as a span is drawn as a point', () => {
  const { marks } = layoutTimeline(
    {
      events: [
        event('day', '2016-06-01', 'day'),
        event('year', '2016', 'year'),
        event('month', '2000-01', 'month'),
      ],
    },
    { width: 300 },
  );
  const kind = Object.fromEntries(marks.map((m) => [m.event.id, m.kind]));
  assert.deepEqual(kind, { day: 'point', year: 'span', month: 'point' });
});

test('undated events are kept apart and the domain of an empty timeline does not read the clock', () => {
  const undated = { ...event('u', '2016', 'year'), date: null, undated: { reason: 'no date in text' } };
  const { marks, undated: rest, scale } = layoutTimeline({ events: [undated] }, { width: 100 });
  assert.equal(marks.length, 0);
  assert.deepEqual(
    rest.map((e) => e.id),
    ['u'],
  );
  assert.deepEqual(
    scale.domain().map((d) => d.toISOString()),
    ['2000-01-01T00:00:00.000Z', '2001-01-01T00:00:00.000Z'],
  );
});
