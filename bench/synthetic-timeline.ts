import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { EVENT_TYPES } from '../src/schema/types.js';
import type {
  DateDerivation,
  EventDate,
  EventLocation,
  EventMention,
  EventType,
  Timeline,
  TimelineEvent,
  TimelineSource,
} from '../src/schema/types.js';

/**
 * A seeded timeline of `n` made-up events in Syria, 2011-2019, shaped like what the extractor writes: every
 * event type, a dozen actors, every governorate, every way a date can be told (mostly single days, but also
 * weeks, months, seasons, quarters, years, the decade, approximate dates, ranges, ranges open at either end,
 * undated events), a few expected events, one mention each with its quote and offsets. The same `n` and
 * `seed` always give the same timeline, so benchmark runs compare like with like. Valid for
 * `validateTimeline`.
 */
export function syntheticTimeline(n: number, seed = 1): Timeline {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer >= 0, got ${n}`);
  const random = mulberry32(seed);
  // Dates first, then sorted: the format keeps events in date order, undated last, and ids follow that order
  // so that an `anchored` date can always point back at an earlier event.
  const drafts = Array.from({ length: n }, (_, i) => draftEvent(i, random));
  drafts.sort((a, b) => a.sortKey - b.sortKey);

  const nextOffset = new Map<string, number>();
  const leadTaken = new Set<string>();
  const events = drafts.map((draft, i): TimelineEvent => {
    const source = SOURCES[Math.floor(random() * SOURCES.length)]!;
    const quote = quoteFor(draft, random);
    const start = nextOffset.get(source.id) ?? Math.floor(random() * 400);
    nextOffset.set(source.id, start + quote.length + 1 + Math.floor(random() * 300));
    // One lead mention per article at most, as in extracted data: the first event told in each source.
    const lead = !leadTaken.has(source.id);
    leadTaken.add(source.id);
    const mention: EventMention = { source: source.id, quote, start, end: start + quote.length, lead };

    const event: TimelineEvent = {
      id: eventId(i),
      title: `${TYPE_PHRASES[draft.type]} ${draft.place.name}`,
      date: draft.date && withAnchor(draft.date, i > 0 ? eventId(i - 1) : undefined),
      type: draft.type,
      actors: draft.actors,
      location: { ...draft.place },
      fatalities: draft.fatalities,
      status: draft.status,
      mentions: [mention],
    };
    if (draft.date === null) event.undated = { reason: 'the article gives no date for this event' };
    if (draft.targets) event.targets = draft.targets;
    if (random() < 0.3) event.reportedBy = [pick(REPORTERS, random)];
    return event;
  });

  return {
    version: 1,
    title: `Synthetic Syria timeline, ${n} events (seed ${seed})`,
    // Copies, so that a caller changing the timeline cannot change the next one generated.
    sources: SOURCES.map((source) => ({ ...source })),
    events,
  };
}

function eventId(index: number): string {
  return `syn-${String(index).padStart(6, '0')}`;
}

/** The ways a date can be told, each drawn differently by the element. */
export const DATE_SHAPES = [
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
] as const;
export type DateShape = (typeof DATE_SHAPES)[number];

/**
 * How often each shape occurs: mostly days, as in news. `century` is left out on purpose: the one century
 * that fits 2011-2019 (the 21st) would stretch the initial window to 2100 and leave the rest a sliver.
 */
const SHAPE_WEIGHTS: Record<DateShape, number> = {
  day: 60,
  week: 2,
  month: 10,
  season: 1.5,
  quarter: 1.5,
  year: 4,
  decade: 0.5,
  'approximate-day': 8,
  range: 8,
  'open-start': 2,
  'open-end': 1.5,
  undated: 1,
};

/** Mulberry32: a tiny, fast 32-bit PRNG that is good enough for test data and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Place extends EventLocation {
  name: string;
  admin1: string;
}

interface DraftEvent {
  date: EventDate | null;
  /** Day number the event sorts by; undated events sort last. */
  sortKey: number;
  shape: DateShape;
  type: EventType;
  actors: string[];
  targets: string[] | undefined;
  place: Place;
  fatalities: number | null;
  status: TimelineEvent['status'];
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2011, 2, 15) / DAY_MS;
const LAST_DAY = Date.UTC(2019, 11, 31) / DAY_MS;

function draftEvent(i: number, random: () => number): DraftEvent {
  // The first events take each shape in turn, so any timeline of a dozen events or more holds every shape.
  const shape = i < DATE_SHAPES.length ? DATE_SHAPES[i]! : weightedShape(random);
  const type = i < EVENT_TYPES.length ? EVENT_TYPES[i]! : pick(EVENT_TYPES, random);
  const day = FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY + 1));
  const actors = [pick(ACTORS, random)];
  if (random() < 0.25) {
    const ally = pick(ACTORS, random);
    if (ally !== actors[0]) actors.push(ally);
  }
  const violent = VIOLENT.has(type);
  const date = dateFor(shape, day, random);
  return {
    date,
    sortKey: date === null ? Number.POSITIVE_INFINITY : day,
    shape,
    type,
    actors,
    targets: violent && random() < 0.4 ? [pick(TARGETS, random)] : undefined,
    place: pick(PLACES, random),
    fatalities: violent && random() < 0.6 ? Math.floor(random() ** 3 * 120) : null,
    status: random() < 0.03 ? 'expected' : random() < 0.08 ? 'claimed' : 'occurred',
  };
}

function weightedShape(random: () => number): DateShape {
  const total = DATE_SHAPES.reduce((sum, s) => sum + SHAPE_WEIGHTS[s], 0);
  let r = random() * total;
  for (const shape of DATE_SHAPES) {
    r -= SHAPE_WEIGHTS[shape];
    if (r < 0) return shape;
  }
  return 'day';
}

function dateFor(shape: DateShape, day: number, random: () => number): EventDate | null {
  const iso = isoDay(day);
  const month = iso.slice(0, 7);
  const year = iso.slice(0, 4);
  const explicit: DateDerivation = { method: 'explicit' };
  switch (shape) {
    case 'day':
      return { start: iso, precision: 'day', approximate: false, derivation: dayDerivation(day, random) };
    case 'approximate-day':
      // Counted from an earlier event ("three days later"); the anchor is filled in once ids are known.
      return {
        start: iso,
        precision: 'day',
        approximate: true,
        derivation: { method: 'anchored', text: 'days later' },
      };
    case 'week':
      return {
        start: iso,
        end: isoDay(day + 6),
        precision: 'week',
        approximate: false,
        derivation: { method: 'relative', text: 'last week', reference: isoDay(day + 9) },
      };
    case 'month':
      return { start: month, precision: 'month', approximate: random() < 0.2, derivation: explicit };
    case 'season':
    case 'quarter': {
      // The three months around the day, as a season's or a quarter's first and last month.
      const first = Math.floor((Number(iso.slice(5, 7)) - 1) / 3) * 3 + 1;
      const season = shape === 'season';
      return {
        start: `${year}-${pad2(first)}`,
        end: `${year}-${pad2(first + 2)}`,
        precision: shape,
        approximate: season,
        derivation: { method: 'explicit', text: season ? 'in the summer' : 'in the first quarter' },
      };
    }
    case 'year':
      return { start: year, precision: 'year', approximate: false, derivation: explicit };
    case 'decade':
      return {
        start: '2010',
        end: '2019',
        precision: 'decade',
        approximate: true,
        derivation: { method: 'external' },
      };
    case 'range':
      return {
        start: iso,
        end: isoDay(Math.min(LAST_DAY, day + 1 + Math.floor(random() ** 2 * 180))),
        precision: 'day',
        approximate: false,
        derivation: explicit,
      };
    case 'open-start':
      // "By 31 May": only an upper bound is known.
      return { start: null, end: iso, precision: 'day', approximate: true, derivation: explicit };
    case 'open-end':
      // "Since March 2015": an ongoing span.
      return { start: month, end: null, precision: 'month', approximate: false, derivation: explicit };
    case 'undated':
      return null;
  }
}

function dayDerivation(day: number, random: () => number): DateDerivation {
  const r = random();
  if (r < 0.7) return { method: 'explicit' };
  if (r < 0.92) return { method: 'relative', text: 'on Monday', reference: isoDay(day + 1 + (day % 6)) };
  return { method: 'publication' };
}

/** Gives an anchored date the id of the event it counts from, which exists only after sorting. */
function withAnchor(date: EventDate, previousId: string | undefined): EventDate {
  if (date.derivation.method !== 'anchored') return date;
  if (previousId === undefined) return { ...date, derivation: { method: 'explicit' } };
  return { ...date, derivation: { ...date.derivation, anchor: previousId } };
}

function quoteFor(draft: DraftEvent, random: () => number): string {
  const what = `${TYPE_PHRASES[draft.type]} ${draft.place.name}`;
  const said = pick(
    ['activists said', 'a monitoring group said', 'state media reported', 'witnesses said'],
    random,
  );
  const toll =
    draft.fatalities === null ? 'no casualty figures were given' : `at least ${draft.fatalities} people died`;
  return `${what} (${draft.place.admin1} governorate), ${said}; ${draft.actors.join(' and ')} took part and ${toll}.`;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

const ACTORS = [
  'Syrian government',
  'Russia',
  'Islamic State',
  'Syrian Democratic Forces',
  'Free Syrian Army',
  'Hayat Tahrir al-Sham',
  'Hezbollah',
  'Iran',
  'US-led coalition',
  'Turkey',
  'Jaysh al-Islam',
  'Ahrar al-Sham',
] as const;

const TARGETS = [
  'civilians',
  'a hospital',
  'a market',
  'a school',
  'an army checkpoint',
  'a bakery',
] as const;

const REPORTERS = [
  'Syrian Observatory for Human Rights',
  'SANA',
  'Russian defence ministry',
  'White Helmets',
  'local activists',
] as const;

/** One town or city per governorate, with its coordinates. */
const PLACES: readonly Place[] = [
  { name: 'Damascus', admin1: 'Damascus', country: 'Syria', lat: 33.513, lon: 36.292 },
  { name: 'Douma', admin1: 'Rif Dimashq', country: 'Syria', lat: 33.572, lon: 36.403 },
  { name: 'Aleppo', admin1: 'Aleppo', country: 'Syria', lat: 36.202, lon: 37.134 },
  { name: 'Homs', admin1: 'Homs', country: 'Syria', lat: 34.732, lon: 36.714 },
  { name: 'Palmyra', admin1: 'Homs', country: 'Syria', lat: 34.56, lon: 38.267 },
  { name: 'Hama', admin1: 'Hama', country: 'Syria', lat: 35.132, lon: 36.758 },
  { name: 'Idlib', admin1: 'Idlib', country: 'Syria', lat: 35.931, lon: 36.634 },
  { name: 'Raqqa', admin1: 'Raqqa', country: 'Syria', lat: 35.95, lon: 39.017 },
  { name: 'Deir ez-Zor', admin1: 'Deir ez-Zor', country: 'Syria', lat: 35.336, lon: 40.141 },
  { name: 'Qamishli', admin1: 'Al-Hasakah', country: 'Syria', lat: 37.052, lon: 41.232 },
  { name: 'Daraa', admin1: 'Daraa', country: 'Syria', lat: 32.619, lon: 36.102 },
  { name: 'Latakia', admin1: 'Latakia', country: 'Syria', lat: 35.532, lon: 35.791 },
  { name: 'Tartus', admin1: 'Tartus', country: 'Syria', lat: 34.889, lon: 35.887 },
  { name: 'As-Suwayda', admin1: 'As-Suwayda', country: 'Syria', lat: 32.709, lon: 36.566 },
  { name: 'Quneitra', admin1: 'Quneitra', country: 'Syria', lat: 33.126, lon: 35.824 },
];

const SOURCES: TimelineSource[] = [
  {
    id: 'reuters-2013-08-22',
    title: 'Syrian opposition says hundreds killed in gas attack near Damascus',
    published: '2013-08-22',
    publishedFrom: 'metadata',
    publisher: 'Reuters',
    wire: 'Reuters',
    url: 'https://www.example.org/reuters/2013/08/22/syria-crisis',
  },
  {
    id: 'ap-2015-10-01',
    title: 'Russia launches air strikes in Syria',
    published: '2015-10-01',
    publishedFrom: 'metadata',
    publisher: 'Associated Press',
    wire: 'AP',
    url: 'https://www.example.org/ap/2015/10/01/russia-airstrikes',
  },
  {
    id: 'bbc-2016-12-13',
    title: 'Aleppo: rebels agree to leave the east of the city',
    published: '2016-12-13',
    publishedFrom: 'metadata',
    publisher: 'BBC News',
    url: 'https://www.example.org/bbc/2016/12/13/aleppo',
  },
  {
    id: 'guardian-2017-10-17',
    title: 'Raqqa falls to US-backed forces',
    published: '2017-10-17',
    publishedFrom: 'dateline',
    publisher: 'The Guardian',
    url: 'https://www.example.org/guardian/2017/10/17/raqqa',
  },
  {
    id: 'aljazeera-2019-03-23',
    title: 'SDF declares victory over ISIL in Baghouz',
    published: '2019-03-23',
    publishedFrom: 'metadata',
    publisher: 'Al Jazeera',
    url: 'https://www.example.org/aljazeera/2019/03/23/baghouz',
  },
  {
    id: 'monitor-notes',
    title: null,
    published: null,
    publishedFrom: 'none',
    publisher: null,
    url: null,
  },
];

/** The headline's verb for each type, followed by the place: "Air strike on Douma". */
const TYPE_PHRASES: Record<EventType, string> = {
  'armed-clash': 'Clashes in',
  'government-regains-territory': 'Government forces retake',
  'non-state-actor-overtakes-territory': 'Armed group seizes',
  'air-strike': 'Air strike on',
  'drone-strike': 'Drone strike near',
  'shelling-artillery-missile-attack': 'Shelling of',
  'chemical-weapon': 'Chemical attack in',
  'suicide-bomb': 'Suicide bombing in',
  'remote-explosive-landmine-ied': 'Roadside bomb near',
  grenade: 'Grenade attack in',
  attack: 'Gunmen attack civilians in',
  'abduction-forced-disappearance': 'Abductions in',
  'sexual-violence': 'Sexual violence reported in',
  'peaceful-protest': 'Peaceful protest in',
  'protest-with-intervention': 'Protest dispersed in',
  'excessive-force-against-protesters': 'Security forces fire on protesters in',
  'violent-demonstration': 'Violent demonstration in',
  'mob-violence': 'Mob violence in',
  agreement: 'Local truce agreed for',
  arrests: 'Mass arrests in',
  'change-to-group-activity': 'Armed group reorganises in',
  'disrupted-weapons-use': 'Weapons cache seized near',
  'headquarters-or-base-established': 'New base set up near',
  'looting-property-destruction': 'Looting in',
  'non-violent-transfer-of-territory': 'Fighters hand over',
  'diplomatic-talks': 'Talks on the future of',
  statement: 'Statement on',
  deployment: 'Troops deployed to',
  execution: 'Executions reported in',
  'weapons-supply': 'Weapons delivered to fighters in',
  'cultural-event': 'Festival held in',
  other: 'Incident in',
};

const VIOLENT = new Set<EventType>([
  'armed-clash',
  'air-strike',
  'drone-strike',
  'shelling-artillery-missile-attack',
  'chemical-weapon',
  'suicide-bomb',
  'remote-explosive-landmine-ied',
  'grenade',
  'attack',
  'excessive-force-against-protesters',
  'violent-demonstration',
  'mob-violence',
  'execution',
]);

function main(): void {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || values.out === undefined) {
    console.error('Usage: npx tsx bench/synthetic-timeline.ts --events N [--seed S] --out FILE (or --out -)');
    process.exit(values.help ? 0 : 2);
  }
  const events = Number(values.events);
  const seed = Number(values.seed);
  if (!Number.isInteger(events) || events < 0 || !Number.isInteger(seed)) {
    console.error(
      `--events must be an integer >= 0 and --seed an integer; got ${values.events}, ${values.seed}`,
    );
    process.exit(2);
  }
  const json = JSON.stringify(syntheticTimeline(events, seed));
  if (values.out === '-') process.stdout.write(json + '\n');
  else writeFileSync(values.out, json + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
