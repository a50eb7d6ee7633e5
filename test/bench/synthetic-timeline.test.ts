import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syntheticTimeline } from '../../bench/synthetic-timeline.js';
import { partitionTimeline, validateTimeline } from '../../src/schema/validate.js';
import { EVENT_TYPES } from '../../src/schema/types.js';
import type { TimelineEvent } from '../../src/schema/types.js';

/**
 * How a date reads, told from the data alone (not from the generator's own labels), so the test checks
 * what the element will be given.
 */
function shapeOf(event: TimelineEvent): string {
  const date = event.date;
  if (date === null) return 'undated';
  if (date.start === null) return 'open-start';
  if (date.end === null) return 'open-end';
  if (date.precision === 'day' && date.end !== undefined) return 'range';
  if (date.precision === 'day' && date.approximate) return 'approximate-day';
  return date.precision;
}

const EVERY_SHAPE = [
  'day',
  'week',
  'month',
  'season',
  'quarter',
  'year',
  'decade',
  'approximate-day',
  'range',
  'open-start',
  'open-end',
  'undated',
];

test('syntheticTimeline gives the same timeline for the same seed, and another for another seed', () => {
  assert.deepEqual(syntheticTimeline(300, 7), syntheticTimeline(300, 7));
  assert.deepEqual(syntheticTimeline(50), syntheticTimeline(50, 1));
  assert.notDeepEqual(syntheticTimeline(300, 7).events, syntheticTimeline(300, 8).events);
});

for (const n of [0, 1, 100, 2000]) {
  test(`syntheticTimeline(${n}) is a valid timeline of ${n} events with nothing dropped`, () => {
    const timeline = syntheticTimeline(n);
    assert.equal(timeline.events.length, n);
    assert.deepEqual(validateTimeline(timeline).errors, []);
    const partition = partitionTimeline(timeline);
    assert.deepEqual(partition.dropped, { sources: 0, events: 0 });
    assert.equal(partition.timeline?.events.length, n);
  });
}

for (const n of [100, 2000]) {
  test(`syntheticTimeline(${n}) holds every shape of date, every event type, expected and undated events`, () => {
    const events = syntheticTimeline(n).events;
    assert.deepEqual(new Set(events.map(shapeOf)), new Set(EVERY_SHAPE));
    assert.deepEqual(new Set(events.map((e) => e.type)), new Set(EVENT_TYPES));
    assert.ok(events.some((e) => e.status === 'expected'));
    assert.ok(events.some((e) => e.date?.approximate));
  });
}

test('syntheticTimeline spreads events over 2011-2019, days the most common, undated last', () => {
  const events = syntheticTimeline(2000).events;
  const years = new Set(events.map((e) => (e.date?.start ?? e.date?.end ?? '').slice(0, 4)).filter(Boolean));
  for (let y = 2011; y <= 2019; y++) assert.ok(years.has(String(y)), `no event in ${y}`);
  const days = events.filter((e) => shapeOf(e) === 'day').length;
  assert.ok(days > events.length / 2, `only ${days} single-day events of ${events.length}`);
  const firstUndated = events.findIndex((e) => e.date === null);
  assert.ok(events.slice(firstUndated).every((e) => e.date === null));
});

test('syntheticTimeline gives each event one mention with a quote of about 120 characters', () => {
  const events = syntheticTimeline(500).events;
  for (const e of events) {
    assert.equal(e.mentions.length, 1);
    const [m] = e.mentions;
    assert.ok(m!.quote.length >= 80 && m!.quote.length <= 200, m!.quote);
  }
});

test('syntheticTimeline refuses a count that is not a whole number', () => {
  assert.throws(() => syntheticTimeline(-1), RangeError);
  assert.throws(() => syntheticTimeline(2.5), RangeError);
});
