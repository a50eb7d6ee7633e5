import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeEvents, sameIncident } from '../../src/extract/merge.js';
import type { EventLocation, TimelineEvent } from '../../src/schema/types.js';

const aleppo: EventLocation = {
  name: 'Aleppo',
  admin1: 'Aleppo',
  country: 'Syria',
  lat: 36.2,
  lon: 37.16,
  geonamesId: 170063,
};
const homs: EventLocation = {
  name: 'Homs',
  admin1: 'Homs',
  country: 'Syria',
  lat: 34.73,
  lon: 36.71,
  geonamesId: 169577,
};

function event(id: string, source: string, over: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `event ${id}`,
    date: { start: '2016-04-28', precision: 'day', approximate: false, derivation: { method: 'relative' } },
    type: 'air-strike',
    actors: ['Syrian government'],
    location: aleppo,
    fatalities: 11,
    status: 'occurred',
    mentions: [{ source, quote: `quote ${id}`, start: 0, end: 7, lead: true }],
    ...over,
  };
}

test('two articles telling the same strike, a day apart, become one event with both mentions', () => {
  const merged = mergeEvents([
    event('e-b', 'ahram', { fatalities: 15 }),
    event('e-a', 'alaraby', {
      type: 'shelling-artillery-missile-attack',
      date: {
        start: '2016-04-29',
        precision: 'day',
        approximate: true,
        derivation: { method: 'publication' },
      },
    }),
  ]);
  assert.equal(merged.length, 1);
  const [one] = merged;
  assert.equal(one!.id, 'e-a');
  assert.deepEqual(
    one!.mentions.map((m) => m.source),
    ['ahram', 'alaraby'],
  );
  // The stated date beats the placed one; the highest toll is kept.
  assert.equal(one!.date!.start, '2016-04-28');
  assert.equal(one!.fatalities, 15);
});

test('different places, days, kinds, actors or the same article keep events apart', () => {
  const a = event('e-a', 'one');
  assert.equal(sameIncident(a, event('e-b', 'two', { location: homs })), false);
  assert.equal(
    sameIncident(
      a,
      event('e-b', 'two', {
        date: {
          start: '2016-04-25',
          precision: 'day',
          approximate: false,
          derivation: { method: 'relative' },
        },
      }),
    ),
    false,
  );
  assert.equal(sameIncident(a, event('e-b', 'two', { type: 'diplomatic-talks' })), false);
  assert.equal(sameIncident(a, event('e-b', 'two', { actors: ['Islamic State'] })), false);
  assert.equal(sameIncident(a, event('e-b', 'one')), false);
  assert.equal(sameIncident(a, event('e-b', 'two', { status: 'expected' })), false);
  // A month and a day are not the same date; with no place and no actors there is too little to merge on.
  assert.equal(
    sameIncident(
      a,
      event('e-b', 'two', {
        date: {
          start: '2016-04',
          precision: 'month',
          approximate: false,
          derivation: { method: 'explicit' },
        },
      }),
    ),
    false,
  );
  assert.equal(
    sameIncident(
      event('e-a', 'one', { location: null, actors: [] }),
      event('e-b', 'two', { location: null, actors: [] }),
    ),
    false,
  );
  assert.equal(sameIncident(a, event('e-b', 'two')), true);
});

test('mergeEvents gives the same ids whatever the input order', () => {
  const events = [event('e-c', 'three'), event('e-a', 'one'), event('e-b', 'two', { location: homs })];
  const ids = (xs: TimelineEvent[]) => xs.map((e) => e.id).sort();
  assert.deepEqual(ids(mergeEvents(events)), ids(mergeEvents([...events].reverse())));
  assert.deepEqual(ids(mergeEvents(events)), ['e-a', 'e-b']);
});

test('a date placed after an event that was merged names the merged event', () => {
  const anchorDate = { start: '2016-03', precision: 'month' as const, approximate: true };
  const merged = mergeEvents([
    event('e-b', 'ahram'),
    event('e-a', 'sana'),
    event('e-c', 'ahram', {
      type: 'cultural-event',
      actors: ['Russia'],
      date: { ...anchorDate, derivation: { method: 'discourse', anchor: 'e-b' } },
    }),
  ]);
  assert.deepEqual(
    merged.map((e) => e.id),
    ['e-a', 'e-c'],
  );
  assert.equal(merged.find((e) => e.id === 'e-c')?.date?.derivation.anchor, 'e-a');
});

test('two days both texts state, a day apart, are two incidents', () => {
  const stated = (start: string) => ({
    start,
    precision: 'day' as const,
    approximate: false,
    derivation: { method: 'relative' as const },
  });
  const a = event('e-a', 'ahram', { date: stated('2016-09-18') });
  const b = event('e-b', 'alaraby', { date: stated('2016-09-19') });
  assert.equal(sameIncident(a, b), false);
  assert.equal(sameIncident(a, event('e-c', 'alaraby', { date: stated('2016-09-18') })), true);
});
