import { formatIsoDate, parseIsoDate } from '../schema/dates.js';
import type { EventDate, EventStatus, IsoDate } from '../schema/types.js';
import { eventDateOf } from './event-date.js';
import { addDays } from './timex/point.js';
import { NUMBER_WORD, parseCount } from './timex/lexicon.js';
import type { Timex } from './timex/types.js';

/**
 * What a time expression is to the event its sentence tells:
 * - `event`: when it happened ("air strikes on Friday").
 * - `report`: when someone spoke of it ("a monitor said on Tuesday"); what they reported happened by then.
 * - `window`: a stretch of time back from the report ("over the last two days").
 * - `since`: the start of something still going on ("since 2015").
 * - `background`: when something else began ("an offensive that began on June 3").
 */
export type TimexRole = 'event' | 'report' | 'window' | 'since' | 'background';

export interface EventDateReading {
  date: EventDate;
  status: EventStatus;
  /** The expression the date was read from, offsets into the sentence. */
  span: { start: number; end: number };
  role: TimexRole;
}

// Written by hand, like the tense markers of the temporal engine: these are the few constructions of news
// English that change what a date means for the event; no parser we could use labels them.
const REPORT_BEFORE =
  /\b(?:said|says|say|told(?: [A-Z][\w.]*){0,3}|reported|announced|stated|claimed|added|confirmed|statement|according to(?: [\w'-]+){1,8})\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;
const REPORT_AFTER = /^[\s,]*(?:(?:it|he|she|they|the \w+)\s+)?(?:said|says|told|reported|announced)\b/i;
// "its Wednesday statement", "a Monday briefing": the date is the statement's.
const REPORT_NOUN_AFTER =
  /^(?:'s)?\s+(?:statement|announcement|briefing|press conference|communiqu[eé]|report)\b/i;
// Only a date that opens its clause is the speaker's when "said" follows ("On Monday, the ministry said");
// after the clause's own words it is theirs ("had targeted Palmyra on Monday, said the head of ...").
const CLAUSE_OPENING = /(?:^|[,;:]|\.\s)\s*(?:(?:but|and|however|late|early|on|by)\s+)*$/i;
const BACKGROUND_BEFORE =
  /\b(?:that|which|since it|since they|when it|when they)\s+(?:\w+\s+)?(?:began|begun|started|erupted|broke out|was launched|were launched)\s+(?:on\s+|in\s+)?$/i;
const SINCE_BEFORE = /\bsince\s+$/i;
const WINDOW_BEFORE = /\b(?:over|in|during|within|throughout|for)\s+$/i;
const WINDOW_TEXT = /^(?:the\s+)?(?:last|past|previous)\b/i;
// Plans, promises and forecasts: what they date has not happened when the article is written.
const FUTURE_BEFORE =
  /\b(?:will|shall|should|would|is (?:expected|due|set|scheduled|planned) to|are (?:expected|due|set|scheduled|planned) to|plans? to|planning to|intends? to|to be (?:held|ready|completed)|is to|are to)\b[^.;]*$/i;

/** The role of a timex in its sentence; `timex` offsets are into `sentence`. */
export function timexRole(
  sentence: string,
  timex: Pick<Timex, 'start' | 'end' | 'type' | 'text'>,
): TimexRole {
  const before = sentence.slice(0, timex.start);
  const after = sentence.slice(timex.end);
  if (timex.type === 'DURATION')
    return WINDOW_BEFORE.test(before) && WINDOW_TEXT.test(timex.text) ? 'window' : 'background';
  if (BACKGROUND_BEFORE.test(before)) return 'background';
  if (SINCE_BEFORE.test(before)) return 'since';
  if (REPORT_BEFORE.test(before) || REPORT_NOUN_AFTER.test(after)) return 'report';
  if (REPORT_AFTER.test(after) && CLAUSE_OPENING.test(before)) return 'report';
  return 'event';
}

/**
 * The date of the event a sentence tells, read from its time expressions (offsets into `sentence`, in text
 * order). The event's own date wins; else a window back from the report ("over the last two days" said on
 * Monday is a range ending Monday); else the start of an ongoing span ("since 2015" runs to the article's
 * date); else the day it was reported, marked approximate (it happened by then). A date that only says when
 * something else began is never the event's. `undefined` when no expression dates the event.
 */
export function readEventDate(
  sentence: string,
  timexes: readonly Timex[],
  published: IsoDate | undefined,
): EventDateReading | undefined {
  const reference = published ?? '';
  const readings = timexes.map((timex) => ({ timex, role: timexRole(sentence, timex) }));
  const dated = (role: TimexRole) =>
    readings
      .filter((r) => r.role === role)
      .map((r) => ({ ...r, date: eventDateOf(r.timex, reference) }))
      .find((r) => r.date !== undefined);
  const span = (t: Timex) => ({ start: t.start, end: t.end });
  const withStatus = (date: EventDate, t: Timex, role: TimexRole): EventDateReading => ({
    date,
    status: statusOf(sentence, t, date, published),
    span: span(t),
    role,
  });

  const own = dated('event');
  if (own) return withStatus(own.date!, own.timex, 'event');

  const report = dated('report');
  const window = readings.find((r) => r.role === 'window');
  const windowEnd = report?.date?.precision === 'day' ? report.date.start : published;
  if (window && windowEnd) {
    const days = durationDays(window.timex.value);
    const end = parseIsoDate(windowEnd);
    if (days !== undefined && end?.month !== undefined && end.day !== undefined) {
      const date: EventDate = {
        start: formatIsoDate(addDays({ year: end.year, month: end.month, day: end.day }, -days)),
        end: windowEnd,
        precision: 'day',
        approximate: true,
        derivation: {
          method: 'relative',
          text: window.timex.text,
          ...(published ? { reference: published } : {}),
        },
      };
      return { date, status: 'occurred', span: span(window.timex), role: 'window' };
    }
  }

  const since = dated('since');
  if (since && published) {
    const date = since.date!;
    const to = published.slice(0, date.start!.length);
    const ongoing: EventDate = { ...date, ...(to > date.start! ? { end: to } : {}) };
    return { date: ongoing, status: 'occurred', span: span(since.timex), role: 'since' };
  }

  if (report) return withStatus({ ...report.date!, approximate: true }, report.timex, 'report');
  return undefined;
}

/**
 * The dates of further events a sentence tells after its first one ("recaptured Palmyra eight months later
 * before government troops drove them out again in March this year"): each later expression of the event's
 * own date (not a report, window or background) with a date different from those before it.
 */
export function furtherEventDates(
  sentence: string,
  timexes: readonly Timex[],
  published: IsoDate | undefined,
  first: EventDateReading,
): EventDateReading[] {
  const out: EventDateReading[] = [];
  const seen = new Set([dateKey(first.date)]);
  for (const timex of timexes) {
    if (timex.start < first.span.end || timexRole(sentence, timex) !== 'event') continue;
    const date = eventDateOf(timex, published ?? '');
    if (!date || seen.has(dateKey(date))) continue;
    seen.add(dateKey(date));
    out.push({
      date,
      status: statusOf(sentence, timex, date, published),
      span: { start: timex.start, end: timex.end },
      role: 'event',
    });
  }
  return out;
}

const dateKey = (d: EventDate) => `${d.start}/${d.end ?? ''}/${d.precision}`;

/** Whole days in a TIMEX3 duration of days, weeks or hours (`P2D`, `P1W`, `PT48H`), else undefined. */
function durationDays(value: string): number | undefined {
  const m = /^P(?:(\d+)([DW])|T(\d+)H)$/.exec(value);
  if (!m) return undefined;
  if (m[3]) return Math.max(1, Math.round(Number(m[3]) / 24));
  return Number(m[1]) * (m[2] === 'W' ? 7 : 1);
}

/** `expected` when the sentence plans or forecasts it, or when its date lies after publication. */
function statusOf(sentence: string, t: Timex, date: EventDate, published: IsoDate | undefined): EventStatus {
  const clause =
    sentence
      .slice(0, t.start)
      .split(/[;:]|\.\s/)
      .pop() ?? '';
  if (FUTURE_BEFORE.test(clause)) return 'expected';
  const start = date.start ?? date.end;
  if (published && start && start.slice(0, 10) > published.slice(0, start.length)) return 'expected';
  return 'occurred';
}

// "There was no information on when the missiles were launched": the text says the date is unknown.
const NO_DATE_GIVEN =
  /\b(?:no information (?:on|about|as to) when|(?:did|does|would) not (?:say|specify|disclose|give) when|(?:didn't|doesn't|wouldn't) (?:say|specify|disclose) when|(?:it is|it was|it remains|it's) (?:not (?:known|clear)|unclear) when|unclear when)\b/i;

/** True when the sentence says the text does not know when the event took place. */
export function saysDateUnknown(sentence: string): boolean {
  return NO_DATE_GIVEN.test(sentence);
}

// "the 4 year conflict", "the six-year-old war", "Syria's seven-year civil war".
const CONFLICT_AGE = new RegExp(
  String.raw`\b(\d{1,2}|${NUMBER_WORD})[- ]years?(?:[- ]old)?[- ](?:long[- ])?(?:civil[- ])?(?:conflict|war|crisis|uprising|revolution|insurgency)\b`,
  'i',
);

/**
 * The start of the war a sentence gives the age of ("the 4 year conflict" written in 2015: about 2011), as
 * a year counted back from publication and marked approximate: a war in its fifth year may have begun in
 * either of two calendar years. `undefined` without a publication date or such a phrase.
 */
export function conflictStart(
  sentence: string,
  published: IsoDate | undefined,
): EventDateReading | undefined {
  const m = CONFLICT_AGE.exec(sentence);
  if (!m || !published) return undefined;
  const years = parseCount(m[1]!);
  if (typeof years !== 'number' || years < 1) return undefined;
  const year = Number(published.slice(0, published.startsWith('-') ? 5 : 4)) - years;
  const start = formatIsoDate({ year });
  return {
    date: {
      start,
      precision: 'year',
      approximate: true,
      derivation: { method: 'relative', text: m[0], reference: published },
    },
    status: 'occurred',
    span: { start: m.index, end: m.index + m[0].length },
    role: 'background',
  };
}
