import { parseIsoDate, type ParsedIsoDate } from '../schema/dates.js';
import type { EventDate, Timeline, TimelineEvent, TimelineSource } from '../schema/types.js';
import { escapeHtml, sourceHtml } from '../fallback/html.js';

/**
 * A TimelineJS3 date object. Only what the source date states is written: a month-precision date has no
 * `day`, a year no `month`, and TimelineJS reads an absent field as unknown precision. `year` is
 * astronomical (0 is 1 BCE), as JavaScript's `Date`, which TimelineJS places dates with, counts it.
 */
export interface TimelineJsDate {
  year: number;
  /** 1-12. */
  month?: number;
  /** 1-31. */
  day?: number;
}

/** Both fields are HTML to TimelineJS: they are escaped text, with at most `<a href>` links to sources. */
export interface TimelineJsText {
  headline: string;
  text: string;
}

/** One TimelineJS3 slide: one event of the timeline. */
export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  /** The last period of a range, when the event spans more than one. */
  end_date?: TimelineJsDate;
  /**
   * Replaces TimelineJS's own rendering of the date, whenever that would say more than the timeline knows:
   * hedged, inferred, open-ended, ranged or BCE dates. Plain text, never markup.
   */
  display_date?: string;
  text: TimelineJsText;
  /** The event type (`air-strike`); TimelineJS gives each group its own row. */
  group: string;
  /** The event id, stable across runs. */
  unique_id: string;
  /** Off: TimelineJS would otherwise turn any URL-like text of a quote into a link. */
  autolink: false;
}

/** A TimelineJS3 timeline, as https://timeline.knightlab.com/docs/json-format.html describes it. */
export interface TimelineJsDocument {
  /** The title slide, when the timeline has a title. */
  title?: { text: TimelineJsText };
  events: TimelineJsSlide[];
}

/**
 * TimelineJS's human scale places dates with JavaScript's `Date`, which ends 271,821 years either side of
 * 1970; a year beyond that has no place on it.
 */
const MAX_ABS_YEAR = 271_820;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The timeline as TimelineJS3 JSON, one slide per dated event, in the timeline's order. Undated events have
 * no place on a TimelineJS axis and are left out; count them with `date === null` on the input.
 *
 * Throws a `RangeError` naming the event when a date is malformed or its year lies beyond what TimelineJS
 * can place; a timeline that passed `validateTimeline` has no malformed dates.
 */
export function toTimelineJs(timeline: Timeline): TimelineJsDocument {
  const sources = new Map(timeline.sources.map((s) => [s.id, s]));
  const events: TimelineJsSlide[] = [];
  for (const event of timeline.events) {
    if (!event.date) continue;
    const { start, end, display } = slideDates(event.id, event.date);
    events.push({
      start_date: start,
      ...(end ? { end_date: end } : {}),
      ...(display !== undefined ? { display_date: display } : {}),
      text: { headline: escapeHtml(event.title), text: quotesHtml(event, sources) },
      group: event.type,
      unique_id: event.id,
      autolink: false,
    });
  }
  return {
    ...(timeline.title ? { title: { text: { headline: escapeHtml(timeline.title), text: '' } } } : {}),
    events,
  };
}

function slideDates(
  id: string,
  date: EventDate,
): { start: TimelineJsDate; end?: TimelineJsDate; display?: string } {
  const start = date.start === null ? undefined : readDate(id, date.start);
  const end = date.end === null || date.end === undefined ? undefined : readDate(id, date.end);
  const about = date.approximate ? 'about ' : '';
  let shown: string;
  let plain: boolean;
  if (!start) {
    // An upper bound only: TimelineJS needs a start, so the slide sits at the bound and says "by".
    if (!end) throw new RangeError(`event ${id}: a date needs a start or an end`);
    shown = `by ${about}${label(end)}`;
    plain = false;
  } else if (date.end === null) {
    shown = `since ${about}${label(start)}`;
    plain = false;
  } else if (end) {
    shown = `${about}${rangeLabel(start, end)}`;
    plain = false;
  } else {
    shown = `${about}${label(start)}`;
    plain = !date.approximate && start.year > 0;
  }
  const note = DERIVATION_NOTE[date.derivation.method];
  if (note) {
    shown += ` (${note})`;
    plain = false;
  }
  const first = start ?? end!;
  return {
    start: tjsDate(first),
    ...(start && end ? { end: tjsDate(end) } : {}),
    // A plain CE date is left to TimelineJS, which renders it in the reader's language. It would print the
    // astronomical year -43 as "43 BCE", one year off, so BCE dates are always written out here.
    ...(plain ? {} : { display: shown }),
  };
}

/** What a reader must be told about a date that the article did not state. */
const DERIVATION_NOTE: Record<EventDate['derivation']['method'], string | undefined> = {
  explicit: undefined,
  relative: undefined,
  anchored: 'counted from another date in the article',
  discourse: 'no date given; placed by the order of the story',
  publication: 'date of publication; the article gives no date for it',
  external: 'from outside knowledge, not from the article',
};

function readDate(id: string, value: string): ParsedIsoDate {
  const d = parseIsoDate(value);
  if (!d)
    throw new RangeError(
      `event ${id}: "${value}" is not a calendar date written YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  if (Math.abs(d.year) > MAX_ABS_YEAR) {
    throw new RangeError(
      `event ${id}: year ${d.year} lies beyond the ${MAX_ABS_YEAR.toLocaleString('en')} years either side of 1970 that TimelineJS can place`,
    );
  }
  return d;
}

function tjsDate(d: ParsedIsoDate): TimelineJsDate {
  return {
    year: d.year,
    ...(d.month !== undefined ? { month: d.month } : {}),
    ...(d.month !== undefined && d.day !== undefined ? { day: d.day } : {}),
  };
}

function yearLabel(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BCE`;
}

/** "31 May 2017", "November 2016", "2016", "44 BCE", at the precision the date is written at. */
function label(d: ParsedIsoDate, withYear = true): string {
  const parts: string[] = [];
  if (d.day !== undefined) parts.push(String(d.day));
  if (d.month !== undefined) parts.push(MONTHS[d.month - 1]!);
  if (withYear || parts.length === 0) parts.push(yearLabel(d.year));
  return parts.join(' ');
}

/** "7 to 13 March 2016", "March to May 2016", "December 2016 to February 2017": the shared year said once. */
function rangeLabel(a: ParsedIsoDate, b: ParsedIsoDate): string {
  const sameYear = a.year === b.year && a.granularity === b.granularity && a.granularity !== 'year';
  if (sameYear && a.granularity === 'day' && a.month === b.month) return `${a.day} to ${label(b)}`;
  return `${label(a, !sameYear)} to ${label(b)}`;
}

/** Each quote with the name of its source; the name links to the article only when its URL is http(s). */
function quotesHtml(event: TimelineEvent, sources: ReadonlyMap<string, TimelineSource>): string {
  return event.mentions
    .map((m) => `“${escapeHtml(m.quote)}” — ${sourceHtml(sources.get(m.source), m.source)}`)
    .join(' ');
}
