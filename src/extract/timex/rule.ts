import {
  addDays,
  formatPoint as formatValue,
  dayNumberOf,
  isoWeekday,
  pointAt,
  shiftPoint,
  type Day,
  type PointGranularity,
  type TimePoint,
  type Unit,
} from './point.js';
import type { Tense } from './tense.js';
import type { TimexMod, TimexReference, TimexType } from './types.js';

/** What a rule's regular expression matched. */
export interface RuleMatch {
  /** The matched text: the timex's extent. */
  text: string;
  groups: Readonly<Record<string, string | undefined>>;
  start: number;
  end: number;
}

/** What a rule may consult to resolve a value: never the clock. */
export interface ResolveContext {
  /** The document creation time (publication date). */
  dct: Day;
  /**
   * The discourse time: the last date or time told before this expression, at its own granularity; the
   * DCT when none was. "Eight months later" counts from here.
   */
  anchor: TimePoint;
  /**
   * The last quarter or half told (not counting comparisons): the reporting period a company report is
   * about, which a mention of a day ("the quarter ended Sept. 29") does not change.
   */
  period?: TimePoint;
  /** Tense of the clause around the expression. */
  tense(): Tense;
  /** The tense a marker states; undefined where `tense()` only assumes the past. */
  statedTense(): Tense | undefined;
  /** The whole text, for cues around the match. */
  text: string;
  /**
   * True when the expression is the second term of a comparison ("up from $4 a year earlier", "compared
   * with a loss last year"): it looks back from the discourse time without moving it.
   */
  comparison(): boolean;
}

export interface Resolution {
  type: TimexType;
  value: string;
  /** The calendar point, for DATE and TIME values that have one. */
  point?: TimePoint;
  /** What the value was resolved against: nothing (all stated), the DCT, or the discourse anchor. */
  reference: TimexReference;
  mod?: TimexMod;
  /** False when the expression must not become the discourse anchor (a comparison's second term). */
  movesAnchor?: boolean;
}

export interface TimexRule {
  /** Names the rule in a timex's provenance. */
  name: string;
  /** Case-insensitive; the tagger adds the g, i and d flags. Context outside the extent goes in lookarounds. */
  pattern: RegExp;
  /** A syntactic veto that needs no context: runs before overlapping matches compete. */
  accept?(m: RuleMatch, text: string): boolean;
  /** The value, or `undefined` to reject the match (a month name in lower case, a count that is not a date). */
  resolve(m: RuleMatch, ctx: ResolveContext): Resolution | undefined;
}

export const granularityUnit: Partial<Record<PointGranularity, Unit>> = {
  century: 'century',
  decade: 'decade',
  year: 'year',
  quarter: 'quarter',
  season: 'year',
  month: 'month',
  week: 'week',
  day: 'day',
  partOfDay: 'day',
  minute: 'day',
};

/** A DATE resolved against the DCT: the DCT's `granularity` unit moved by `n` ("last year", "next week"). */
export function dctRelative(ctx: ResolveContext, granularity: PointGranularity, n: number): Resolution {
  const base = pointAt(ctx.dct, granularity);
  const point = n === 0 ? base : shiftPoint(base, n, granularityUnit[granularity]!);
  return date(point, 'dct');
}

export function date(point: TimePoint, reference: TimexReference, mod?: TimexMod): Resolution {
  return {
    type: point.granularity === 'partOfDay' || point.granularity === 'minute' ? 'TIME' : 'DATE',
    value: formatValue(point),
    point,
    reference,
    ...(mod ? { mod } : {}),
  };
}

// How many days nearer the DCT an occurrence against the clause's tense must be to win: a stated tense weighs
// more than the past that news is assumed to report when no marker says.
const DAY_PENALTY_AGAINST_STATED_TENSE = 250;
const DAY_PENALTY_AGAINST_ASSUMED_PAST = 150;

/**
 * The year for a month (and day) the text gave without one: the occurrence nearest the DCT, leaning to the
 * past in a past-tense clause and to the future in a future one. "June 4" said on 31 May 2017 of maps that
 * "should be ready" is 2017-06-04; "Nov. 25" in a January report of what happened is last November.
 */
export function yearFor(ctx: ResolveContext, month: number, day?: number): number {
  const stated = ctx.statedTense();
  const tense = stated ?? 'past';
  const penalty = stated ? DAY_PENALTY_AGAINST_STATED_TENSE : DAY_PENALTY_AGAINST_ASSUMED_PAST;
  const dct = dayNumberOf(ctx.dct);
  let best = ctx.dct.year;
  let bestScore = Infinity;
  for (const year of [ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1]) {
    const first = dayNumberOf({ year, month, day: day ?? 1 });
    const last = day === undefined ? dayNumberOf({ year, month, day: 28 }) : first;
    const distance = dct < first ? first - dct : dct > last ? dct - last : 0;
    const after = first > dct;
    const before = last < dct;
    const score =
      distance + (tense === 'past' && after ? penalty : 0) + (tense === 'future' && before ? penalty : 0);
    if (score < bestScore) {
      bestScore = score;
      best = year;
    }
  }
  return best;
}

/**
 * The date of a weekday named without a date: in a past or present clause the latest such day on or before
 * the DCT ("said on Friday" in a Friday paper is that Friday), in a future clause the next one after it.
 * `which` forces the direction for "last Friday" and "next Friday".
 */
export function weekdayDate(
  ctx: ResolveContext,
  weekday: number,
  which?: 'last' | 'next' | 'this' | 'onOrBefore',
): Day {
  const dctWeekday = isoWeekday(ctx.dct);
  if (which === 'this') return addDays(ctx.dct, weekday - dctWeekday);
  const direction =
    which === 'last'
      ? 'before'
      : which === 'next'
        ? 'after'
        : which !== 'onOrBefore' && ctx.tense() === 'future'
          ? 'after'
          : 'onOrBefore';
  if (direction === 'after')
    return addDays(ctx.dct, (weekday - dctWeekday + 7) % 7 || (which === 'next' ? 7 : 0));
  const back = (dctWeekday - weekday + 7) % 7;
  return addDays(ctx.dct, -(direction === 'before' ? back || 7 : back));
}

/** The day the story is at: the anchor's, when the anchor names a day, else the DCT. */
export function storyDay(ctx: ResolveContext): Day {
  const a = ctx.anchor;
  return a.day !== undefined && a.month !== undefined
    ? { year: a.year, month: a.month, day: a.day }
    : ctx.dct;
}

/**
 * "A year ago" or "last year" as the second term of a comparison in a discourse about a quarter or a half:
 * the same period a year before (TimeML's reading of year-on-year comparisons in company reports).
 */
export function comparedPeriod(ctx: ResolveContext, years: number): Resolution | undefined {
  if (!ctx.comparison() || (ctx.anchor.granularity !== 'quarter' && ctx.anchor.granularity !== 'half'))
    return undefined;
  return { ...date(shiftPoint(ctx.anchor, -years, 'year'), 'anchor'), movesAnchor: false };
}
