import { EVENT_TYPES, type EventDate, type Timeline, type TimelineEvent } from '../schema/types.js';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2014, 0, 1) / DAY_MS;
/** Four years: wide enough for the axis to show years and for dense stretches to fold into clusters. */
const DAYS = 1461;

/**
 * A made-up timeline of `count` events for the element's rehearsal (see its `warmUpSteps`): every event
 * type, every way a date is told (mostly single days, as in news), optional fields present on some events
 * and not others, and keys in the order the extractor writes them. It comes back parsed from JSON text, as
 * a fetched timeline does, so that its objects are built the way real data's are and the engine learns
 * their shapes, not those of object literals.
 */
export function rehearsalTimeline(count: number): Timeline {
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const day = FIRST_DAY + Math.floor((i * DAYS) / count);
    const undated = i === count - 1;
    const quote = `Fighting was reported near the town ${i % 7} days ago, activists said.`;
    events.push({
      id: `e${i}`,
      title: `Event ${i} near the town`,
      date: undated ? null : dateOf(i, day),
      ...(undated ? { undated: { reason: 'no date in the text' } } : {}),
      type: EVENT_TYPES[i % EVENT_TYPES.length]!,
      actors: i % 5 ? ['Islamic State'] : ['Syrian government', 'Russia'],
      ...(i % 3 ? {} : { targets: ['civilians'] }),
      location: { name: 'Palmyra', admin1: 'Homs', country: 'Syria', lat: 34.56, lon: 38.27 },
      fatalities: i % 2 ? null : i % 40,
      status: i % 17 ? 'occurred' : 'claimed',
      ...(i % 4 ? {} : { reportedBy: ['SANA'] }),
      mentions: [{ source: 's', quote, start: i * 80, end: i * 80 + quote.length, lead: i === 0 }],
    });
  }
  const timeline: Timeline = {
    version: 1,
    title: 'Rehearsal',
    sources: [
      {
        id: 's',
        title: 'A report',
        published: '2018-01-01',
        publishedFrom: 'metadata',
        publisher: 'News',
        url: 'https://example.org/report',
      },
    ],
    events,
  };
  return JSON.parse(JSON.stringify(timeline)) as Timeline;
}

/** Seven events in ten dated to the day; the rest each told another way, in turn. */
function dateOf(i: number, day: number): EventDate {
  const at = iso(day);
  const explicit = { method: 'explicit' } as const;
  if (i % 10 < 7) return { start: at, precision: 'day', approximate: false, derivation: explicit };
  switch (i % 9) {
    case 0:
      return {
        start: at.slice(0, 7),
        precision: 'month',
        approximate: false,
        derivation: { method: 'relative', text: 'last month', reference: at },
      };
    case 1:
      return { start: at.slice(0, 4), precision: 'year', approximate: false, derivation: explicit };
    case 2:
      return { start: at, end: iso(day + 20), precision: 'day', approximate: false, derivation: explicit };
    case 3:
      return {
        start: at,
        precision: 'day',
        approximate: true,
        derivation: { method: 'anchored', text: 'days later', anchor: 'e0' },
      };
    case 4:
      return { start: null, end: at, precision: 'day', approximate: true, derivation: explicit };
    case 5:
      return {
        start: at.slice(0, 7),
        end: null,
        precision: 'month',
        approximate: false,
        derivation: explicit,
      };
    case 6:
      return { start: at, end: iso(day + 6), precision: 'week', approximate: false, derivation: explicit };
    case 7:
      return {
        start: at.slice(0, 7),
        end: iso(day + 62).slice(0, 7),
        precision: 'season',
        approximate: true,
        derivation: { method: 'explicit', text: 'in the summer' },
      };
    default:
      return { start: '2010', end: '2019', precision: 'decade', approximate: true, derivation: explicit };
  }
}

function iso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
