/**
 * The timeline data contract, version 1: what the extractor writes and the element reads.
 *
 * The JSON Schema in `timeline.schema.json` says the same thing for other languages; `validateTimeline`
 * checks both the structure and what a schema cannot say (calendar dates that exist, ranges in order,
 * mentions that point at known sources).
 */

/**
 * A calendar date in the proleptic Gregorian calendar, written only as far as it is known:
 * `YYYY` (year), `YYYY-MM` (month) or `YYYY-MM-DD` (day).
 *
 * Years use ISO 8601 astronomical numbering so that any year is representable: `0000` is 1 BCE,
 * `-0043` is 44 BCE, and years past 9999 carry a sign (`+12000`). Nothing finer than the text supports
 * is ever written: a month stays `2016-03`, never `2016-03-01`.
 */
export type IsoDate = string;

/**
 * The unit the text gave a date in. `start`/`end` are written at the granularity that unit allows:
 * `day` and `week` as days, `month`, `season` and `quarter` as months, `year`, `decade` and `century` as
 * years.
 */
export type DatePrecision = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'century';

/**
 * How a date was obtained, from the most to the least direct:
 * - `explicit`: the text wrote the date out ("31 May 2017", "March 2016").
 * - `relative`: resolved against the article's publication date ("on Monday", "last year").
 * - `anchored`: counted from another event's date ("eight months later"); `anchor` names that event.
 * - `discourse`: the text gives no date; placed by the order of telling (after `anchor`).
 * - `publication`: the article's publication date stands in for the event's date.
 * - `external`: outside knowledge, not the text. Shown as such; never passed off as read.
 */
export type DateDerivationMethod =
  'explicit' | 'relative' | 'anchored' | 'discourse' | 'publication' | 'external';

export interface DateDerivation {
  method: DateDerivationMethod;
  /** The time expression as written ("in March last year"), when there was one. */
  text?: string;
  /** The event id the date was counted from (`anchored`, `discourse`). */
  anchor?: string;
  /** The reference date it was resolved against (usually the publication date). */
  reference?: IsoDate;
}

export interface EventDate {
  /**
   * The first period the event may fall in; `null` when only an upper bound is known
   * ("no information on when the missiles were launched" before a statement dated `end`).
   */
  start: IsoDate | null;
  /**
   * The last period, inclusive. Omitted when the event lies within the single period `start`;
   * `null` when no upper bound is known (an ongoing span). `start` and `end` are never both `null`.
   */
  end?: IsoDate | null;
  precision: DatePrecision;
  /** True when the text hedged ("about", "late May") or the date was computed from an offset. */
  approximate: boolean;
  derivation: DateDerivation;
}

/**
 * What happened, as an ACLED sub-event type in kebab-case, plus what news reports need beyond ACLED
 * (`diplomatic-talks`, `statement`, `deployment`, `execution`, `weapons-supply`, `cultural-event`).
 */
export const EVENT_TYPES = [
  // ACLED: battles
  'armed-clash',
  'government-regains-territory',
  'non-state-actor-overtakes-territory',
  // ACLED: explosions and remote violence (`air-strike` and `drone-strike` split ACLED's air/drone strike)
  'air-strike',
  'drone-strike',
  'shelling-artillery-missile-attack',
  'chemical-weapon',
  'suicide-bomb',
  'remote-explosive-landmine-ied',
  'grenade',
  // ACLED: violence against civilians
  'attack',
  'abduction-forced-disappearance',
  'sexual-violence',
  // ACLED: protests and riots
  'peaceful-protest',
  'protest-with-intervention',
  'excessive-force-against-protesters',
  'violent-demonstration',
  'mob-violence',
  // ACLED: strategic developments
  'agreement',
  'arrests',
  'change-to-group-activity',
  'disrupted-weapons-use',
  'headquarters-or-base-established',
  'looting-property-destruction',
  'non-violent-transfer-of-territory',
  // beyond ACLED: what news reports tell
  'diplomatic-talks',
  'statement',
  'deployment',
  'execution',
  'weapons-supply',
  'cultural-event',
  'other',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/**
 * - `occurred`: reported as having happened.
 * - `expected`: announced or planned, not yet happened when written ("should be ready by June 4").
 * - `claimed`: asserted by one party and not confirmed.
 */
export type EventStatus = 'occurred' | 'expected' | 'claimed';

export interface EventLocation {
  /** The place as named, in its usual English form ("Palmyra"). */
  name: string;
  /** First-level division (governorate, province, state), or `null` when unknown or not applicable. */
  admin1: string | null;
  /** Country name in English, or `null` (a sea, an unresolved place). */
  country: string | null;
  /** WGS 84 latitude in degrees, or `null` when the place did not resolve. */
  lat: number | null;
  /** WGS 84 longitude in degrees, or `null`. */
  lon: number | null;
  /** GeoNames id, when the place came from the gazetteer. */
  geonamesId?: number;
}

/** One place in one article where the event is told: the evidence. */
export interface EventMention {
  /** `Source.id` of the article. */
  source: string;
  /** The sentence or clause that tells the event, exactly as `text.slice(start, end)`. */
  quote: string;
  /** Start offset in the article text, in JavaScript string (UTF-16) units. */
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** True on the one mention per article that tells its main news event. */
  lead: boolean;
}

export interface TimelineEvent {
  /** Stable across runs for the same input: derived from content, not from order. */
  id: string;
  /** A short headline for the event. */
  title: string;
  /** `null` only for an event the text gives no date for; `undated` then says why. */
  date: EventDate | null;
  /** Why the event has no date; required when `date` is null. */
  undated?: { reason: string };
  type: EventType;
  /** Who acted, one normalized name each ("Islamic State", "Syrian government"). */
  actors: string[];
  /** Who or what was targeted, kept apart from who acted. */
  targets?: string[];
  location: EventLocation | null;
  /** Deaths reported, or `null` when the text gives none. A lower bound when the text says "at least". */
  fatalities: number | null;
  status: EventStatus;
  /** Who the articles attribute the report to ("Russian defence ministry", "Syrian Observatory"). */
  reportedBy?: string[];
  /** At least one; several when articles tell the same event. */
  mentions: EventMention[];
}

/** Where `Source.published` came from. */
export type PublishedFrom = 'metadata' | 'dateline' | 'none';

export interface TimelineSource {
  /** For an article file, its name without extension. Unique in the timeline. */
  id: string;
  /** Headline. */
  title: string | null;
  /** Publication date, `YYYY-MM-DD`, or `null` when unknown. */
  published: IsoDate | null;
  publishedFrom: PublishedFrom;
  /** The outlet that published it ("Haaretz"). */
  publisher: string | null;
  /** The wire service the story came from ("Reuters"), when known. */
  wire?: string | null;
  /** An http(s) URL, or `null`. */
  url: string | null;
}

export interface Timeline {
  /** Format version; this is version 1. */
  version: 1;
  /** An optional title for the whole timeline. */
  title?: string;
  sources: TimelineSource[];
  events: TimelineEvent[];
}
