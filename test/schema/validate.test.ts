import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatTimelineError, partitionTimeline, validateTimeline } from '../../src/schema/validate.js';
import type { Timeline } from '../../src/schema/types.js';

const sample = JSON.parse(
  readFileSync(new URL('../fixtures/sample.timeline.json', import.meta.url), 'utf8'),
) as Timeline;

/** A deep copy of the sample with one change applied. */
function broken(change: (t: Timeline & Record<string, unknown>) => void): unknown {
  const copy = structuredClone(sample) as Timeline & Record<string, unknown>;
  change(copy);
  return copy;
}

function messages(data: unknown): string[] {
  return validateTimeline(data).errors.map(formatTimelineError);
}

test('the sample timeline round-trips through JSON and validates unchanged', () => {
  const again = JSON.parse(JSON.stringify(sample)) as unknown;
  assert.deepEqual(validateTimeline(again), { valid: true, errors: [] });
  const { timeline, dropped } = partitionTimeline(again);
  assert.deepEqual(timeline, sample);
  assert.deepEqual(dropped, { sources: 0, events: 0 });
});

test('a missing field is named by its path with what was expected', () => {
  assert.deepEqual(
    messages(
      broken((t) => {
        delete (t.events[1] as Partial<Timeline['events'][number]>).title;
      }),
    ),
    ['$.events[1].title: missing; expected a non-empty string'],
  );
});

test('a wrong type names the path, the expected type and what was found', () => {
  assert.deepEqual(
    messages(
      broken((t) => {
        (t.events[0] as unknown as Record<string, unknown>).fatalities = '26';
      }),
    ),
    ['$.events[0].fatalities: expected a whole number >= 0 or null, got "26"'],
  );
});

test('a malformed date is refused with the accepted forms', () => {
  assert.deepEqual(
    messages(
      broken((t) => {
        t.events[0]!.date!.start = '03/2016';
      }),
    ),
    ['$.events[0].date.start: expected a date written YYYY, YYYY-MM or YYYY-MM-DD or null, got "03/2016"'],
  );
});

test('a date that does not exist in the calendar is refused', () => {
  for (const bad of ['2015-02-29', '2016-04-31', '-0000']) {
    assert.deepEqual(
      messages(
        broken((t) => {
          t.events[0]!.date!.start = bad;
          t.events[0]!.date!.precision = 'year';
        }),
      ),
      [`$.events[0].date.start: expected a calendar date that exists, got "${bad}"`],
      bad,
    );
  }
});

test('a leap day in a leap year, a BCE year and a signed five-digit year are accepted', () => {
  for (const good of ['2016-02-29', '2000-02-29', '-0044-02-29', '+12000', '0000']) {
    assert.deepEqual(
      messages(
        broken((t) => {
          t.events[0]!.date!.start = good;
          t.events[0]!.date!.precision = 'year';
        }),
      ),
      [],
      good,
    );
  }
});

test('a date written more coarsely than its precision claims is refused', () => {
  assert.deepEqual(
    messages(
      broken((t) => {
        t.events[0]!.date!.precision = 'day';
      }),
    ),
    ['$.events[0].date.start: expected a date written to the day for precision "day", got "2016-03"'],
  );
});

test('an end before the start is refused', () => {
  assert.deepEqual(
    messages(
      broken((t) => {
        t.events[0]!.date!.end = '2015-12';
      }),
    ),
    ['$.events[0].date.end: expected a date on or after start 2016-03, got 2015-12'],
  );
});

test('a date open at both ends is refused', () => {
  assert.deepEqual(
    messages(
      broken((t) => {
        t.events[2]!.date!.end = null;
      }),
    ),
    ['$.events[2].date: expected start or end to be a date; both are open'],
  );
});

test('an undated event must say why', () => {
  assert.deepEqual(
    messages(
      broken((t) => {
        delete t.events[4]!.undated;
      }),
    ),
    ['$.events[4].undated: missing; an event whose date is null must say why'],
  );
});

test('links other than http(s) are refused', () => {
  assert.deepEqual(
    messages(
      broken((t) => {
        t.sources[0]!.url = 'javascript:alert(1)';
      }),
    ),
    [
      '$.events[0].mentions[0].source: cites "cbs-2017-05-31", an invalid source (see $.sources[0])',
      '$.events[1].mentions[0].source: cites "cbs-2017-05-31", an invalid source (see $.sources[0])',
      '$.events[2].mentions[0].source: cites "cbs-2017-05-31", an invalid source (see $.sources[0])',
      '$.events[4].mentions[0].source: cites "cbs-2017-05-31", an invalid source (see $.sources[0])',
      '$.sources[0].url: expected an absolute http(s) URL or null, got "javascript:alert(1)"',
    ],
  );
});

test('unknown event types and properties are named', () => {
  assert.deepEqual(
    messages(
      broken((t) => {
        (t.events[1] as unknown as Record<string, unknown>).type = 'airstrike';
        (t.events[1] as unknown as Record<string, unknown>).colour = 'red';
      }),
    ),
    [
      '$.events[1].colour: unexpected property; expected only id, title, date, undated, type, actors, targets, location, fatalities, status, reportedBy, mentions',
      '$.events[1].type: expected one of "armed-clash", "government-regains-territory", "non-state-actor-overtakes-territory", "air-strike", "drone-strike", "shelling-artillery-missile-attack", "chemical-weapon", "suicide-bomb", "remote-explosive-landmine-ied", "grenade", "attack", "abduction-forced-disappearance", "sexual-violence", "peaceful-protest", "protest-with-intervention", "excessive-force-against-protesters", "violent-demonstration", "mob-violence", "agreement", "arrests", "change-to-group-activity", "disrupted-weapons-use", "headquarters-or-base-established", "looting-property-destruction", "non-violent-transfer-of-territory", "diplomatic-talks", "statement", "deployment", "execution", "weapons-supply", "cultural-event", "other", got "airstrike"',
    ],
  );
});

test('mentions must cite a known source and quote exactly end - start characters', () => {
  assert.deepEqual(
    messages(
      broken((t) => {
        t.events[0]!.mentions[0]!.source = 'nowhere';
        t.events[1]!.mentions[0]!.end = 60;
      }),
    ),
    [
      '$.events[0].mentions[0].source: expected the id of a source, got "nowhere"',
      '$.events[1].mentions[0].quote: expected 10 characters (end - start), got 5',
    ],
  );
});

test('duplicate ids, dangling anchors and a second lead event per source are refused', () => {
  assert.deepEqual(
    messages(
      broken((t) => {
        t.events[3]!.id = 'evt-capture';
        t.events[1]!.date!.derivation.anchor = 'evt-missing';
        t.events[0]!.mentions[0]!.lead = true;
      }),
    ),
    [
      '$.events[1].date.derivation.anchor: expected the id of an event, got "evt-missing"',
      '$.events[2].mentions[0].lead: expected one lead event per source; "cbs-2017-05-31" already leads with "evt-capture"',
      '$.events[3].id: duplicate id "evt-capture", also at $.events[0]',
    ],
  );
});

test('an anchor may name an event dropped for its own faults: the date counted from it still stands', () => {
  const { errors, dropped } = partitionTimeline(
    broken((t) => {
      (t.events[1] as unknown as Record<string, unknown>).type = 'airstrike';
      t.events[2]!.date!.derivation.anchor = t.events[1]!.id;
      t.events[3]!.date!.derivation.anchor = 'evt-missing';
    }),
  );
  assert.deepEqual(
    errors.map((e) => e.path),
    ['$.events[1].type', '$.events[3].date.derivation.anchor'],
  );
  assert.deepEqual(dropped, { sources: 0, events: 2 });
});

test('a wrong version or a non-object is unusable as a whole', () => {
  assert.deepEqual(messages(broken((t) => ((t as unknown as Record<string, unknown>).version = 2))), [
    '$.version: expected 1, got number 2',
  ]);
  assert.deepEqual(messages([]), ['$: expected an object, got an array of 0']);
  assert.equal(partitionTimeline(null).timeline, null);
});

test('partitionTimeline keeps the valid events and drops the broken ones with a count', () => {
  const data = broken((t) => {
    t.events[1]!.date!.start = '2016-13';
    t.sources[1]!.publishedFrom = 'guess' as never;
  });
  const { timeline, errors, dropped } = partitionTimeline(data);
  assert.deepEqual(dropped, { sources: 1, events: 2 });
  assert.deepEqual(
    timeline?.events.map((e) => e.id),
    ['evt-capture', 'evt-launch', 'evt-concert'],
  );
  assert.deepEqual(
    errors.map((e) => e.path),
    ['$.events[1].date.start', '$.events[3].mentions[0].source', '$.sources[1].publishedFrom'],
  );
});

test('a null source or event is left out with its error, not a crash', () => {
  const { timeline, errors, dropped } = partitionTimeline(
    broken((t) => {
      (t.sources as unknown[]).push(null);
      (t.events as unknown[]).push(null);
    }),
  );
  assert.deepEqual(dropped, { sources: 1, events: 1 });
  assert.deepEqual(timeline?.events.length, sample.events.length);
  assert.deepEqual(errors.map(formatTimelineError), [
    `$.events[${sample.events.length}]: expected an object, got null`,
    `$.sources[${sample.sources.length}]: expected an object, got null`,
  ]);
});
