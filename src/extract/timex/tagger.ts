import { daysInMonth, parseIsoDate } from '../../schema/dates.js';
import { dayPoint, formatPoint, pointAt, shiftPoint, type Day, type TimePoint } from './point.js';
import type { ResolveContext, Resolution, RuleMatch, TimexRule } from './rule.js';
import { anchoredRules } from './rules/anchored.js';
import { decadeRules } from './rules/decades.js';
import { durationRules } from './rules/durations.js';
import { explicitDateRules } from './rules/explicit-dates.js';
import { holidayRules } from './rules/holidays.js';
import { PART_PREFIX, partMod, partRules } from './rules/parts.js';
import { quarterRules } from './rules/quarters.js';
import { referenceRules } from './rules/references.js';
import { relativeRules } from './rules/relative.js';
import { setRules } from './rules/sets.js';
import { timeRules } from './rules/times.js';
import { statedTense, type Tense } from './tense.js';
import type { Timex } from './types.js';

/**
 * All rules, in priority order: when two matches cover the same extent, the earlier rule wins. Longer
 * matches always beat shorter ones first ("March last year" over "March" and "last year", "eight months
 * later" over "eight months"), so the order only settles ties.
 *
 * Why our own rules rather than chrono-node: measured on TempEval-3's TimeBank+AQUAINT (tbaq-cleaned),
 * chrono-node's casual parser reached 49 value-F1 through this protocol. It has no durations, sets or
 * past/present/future references, reads "in two days" in a past-tense report as the future, resolves
 * "eight months later" from the publication date and splits "in March last year" in two. Its date parser
 * is what our explicit-date rules replace; nothing of it was left that raised the score.
 */
export const TIMEX_RULES: readonly TimexRule[] = [
  ...explicitDateRules,
  ...holidayRules,
  ...partRules,
  ...quarterRules,
  ...anchoredRules,
  ...relativeRules,
  ...timeRules,
  ...setRules,
  ...decadeRules,
  ...durationRules,
  ...referenceRules,
];

/** Words that introduce the second term of a comparison, with no sentence end between them and the timex. */
const COMPARISON_CUE =
  /\b(?:from|than|compared (?:with|to)|versus|vs\.|against|year-on-year|up|down)\b(?:[^.;!?]|[.,](?=\d))*$/i;

interface Candidate extends RuleMatch {
  rule: TimexRule;
  priority: number;
  mod?: Timex['mod'];
  /** For a candidate widened by a part prefix, the one it was made from. */
  origin?: Candidate;
}

const compiled = new Map<TimexRule, RegExp>();
function regexOf(rule: TimexRule): RegExp {
  let re = compiled.get(rule);
  if (!re) {
    re = new RegExp(rule.pattern.source, 'gid');
    compiled.set(rule, re);
  }
  return re;
}

export interface TagOptions {
  /** Rules to use instead of the default set (tests of one family). */
  rules?: readonly TimexRule[];
}

/**
 * Finds the time expressions of `text` and resolves them against `dct` (the publication date, `YYYY-MM-DD`).
 * Pure: the same text and date always give the same result.
 */
export function tagTimexes(text: string, dct: string, options: TagOptions = {}): Timex[] {
  const parsed = parseIsoDate(dct);
  if (!parsed || parsed.granularity !== 'day')
    throw new RangeError(`dct must be a date written YYYY-MM-DD, got "${dct}"`);
  const dctDay: Day = { year: parsed.year, month: parsed.month!, day: parsed.day! };
  const rules = options.rules ?? TIMEX_RULES;
  // A chosen match whose value cannot be resolved ("February 30, 2015") gives way to what it covered
  // ("2015"): choose again without it. Each round drops at least one candidate, and rounds are rare.
  let pool = findCandidates(text, rules);
  for (;;) {
    const chosen = extendWithParts(text, chooseNonOverlapping(pool));
    const failed = new Set<Candidate>();
    const timexes = resolveInOrder(text, dctDay, chosen, failed);
    if (failed.size === 0) return timexes;
    pool = pool.filter((c) => !failed.has(c.origin ?? c));
  }
}

function findCandidates(text: string, rules: readonly TimexRule[]): Candidate[] {
  const out: Candidate[] = [];
  rules.forEach((rule, priority) => {
    const re = regexOf(rule);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const match: RuleMatch = {
        text: m[0],
        groups: m.groups ?? {},
        start: m.index,
        end: m.index + m[0].length,
      };
      if (
        !startsAtWord(text, match.start) ||
        isTitle(rule, match, text) ||
        (rule.accept && !rule.accept(match, text))
      ) {
        // Retry one character later so that a rejected long match does not hide a shorter one inside it.
        re.lastIndex = m.index + 1;
        continue;
      }
      out.push({ ...match, rule, priority });
      re.lastIndex = m.index + 1;
    }
  });
  return out;
}

// Rules whose words are ordinary lower-case words: in Title Case in mid-sentence they name a show, a film or
// a column ("This Week", "60 Minutes", "High Noon", "VOA Today"), not a time.
const COMMON_WORD_RULES = new Set([
  'this-last-next-unit',
  'deictic-day',
  'count-unit',
  'noon-midnight',
  'reference',
]);

function isTitle(rule: TimexRule, m: RuleMatch, text: string): boolean {
  if (!COMMON_WORD_RULES.has(rule.name)) return false;
  const words = m.text.match(/[\p{L}\d]+/gu) ?? [];
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w))) return false;
  // Past spaces, quotes and brackets, what precedes a sentence start is a full stop, a line break or nothing.
  const before = text.slice(Math.max(0, m.start - 12), m.start).replace(/[\s"'`“”‘’(]+$/u, '');
  const sentenceStart = before === '' || /[.!?:;\n]$/.test(before);
  // One capitalised word at a sentence start is ordinary; the same preceded by a capitalised name is a title.
  const afterName = /\p{Lu}[\p{L}]*\s+$/u.test(text.slice(Math.max(0, m.start - 20), m.start));
  return !sentenceStart || afterName;
}

/** A timex begins at a word boundary: "Marches" is not "March", "1998" in "A1998" is no year. */
function startsAtWord(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!) || !/[\p{L}\p{N}]/u.test(text[at]!);
}

function chooseNonOverlapping(candidates: Candidate[]): Candidate[] {
  const sorted = candidates
    .slice()
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of sorted) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

// Rules a part prefix may attach to: those that name a period (a year, month, season, decade, quarter, day).
const PART_TARGETS = new Set([
  'month-day-year',
  'day-month-year',
  'month-year',
  'month',
  'year',
  'this-last-next-unit',
  'month-of-relative-year',
  'relative-month',
  'season',
  'decade-digits',
  'decade-words',
  'ordinal-quarter',
  'weekday',
]);

/** "late" + "May", "mid-" + "2016", "the end of" + "1994": one timex with the inner value and a mod. */
function extendWithParts(text: string, chosen: Candidate[]): Candidate[] {
  return chosen.map((c, i) => {
    const from = Math.max(i > 0 ? chosen[i - 1]!.end : 0, c.start - 30);
    const m = PART_PREFIX.exec(text.slice(from, c.start));
    if (!m || !PART_TARGETS.has(c.rule.name)) return c;
    const word = m.groups?.w1 ?? m.groups?.w2 ?? '';
    return { ...c, start: c.start - m[0].length, text: m[0] + c.text, mod: partMod(word), origin: c };
  });
}

function resolveInOrder(text: string, dct: Day, chosen: Candidate[], failed: Set<Candidate>): Timex[] {
  const out: Resolved[] = [];
  let anchor: TimePoint = dayPoint(dct);
  let period: TimePoint | undefined;
  for (const c of chosen) {
    let stated: { tense: Tense | undefined } | undefined;
    const statedOnce = () => (stated ??= { tense: statedTense(text, c.start, c.end) }).tense;
    const ctx: ResolveContext = {
      dct,
      anchor,
      ...(period ? { period } : {}),
      text,
      tense: () => statedOnce() ?? 'past',
      statedTense: statedOnce,
      comparison: () => COMPARISON_CUE.test(text.slice(Math.max(0, c.start - 60), c.start)),
    };
    const r: Resolution | undefined = c.rule.resolve(c, ctx);
    if (!r) {
      failed.add(c.origin ?? c);
      continue;
    }
    const mod = c.mod ?? r.mod;
    out.push({
      start: c.start,
      end: c.end,
      text: c.text,
      type: r.type,
      value: r.value,
      reference: r.reference,
      rule: c.rule.name,
      ...(mod ? { mod } : {}),
      ...(r.point ? { point: r.point } : {}),
    });
    if (r.point && (r.type === 'DATE' || r.type === 'TIME') && r.movesAnchor !== false) {
      anchor = r.point;
      if (r.point.granularity === 'quarter' || r.point.granularity === 'half') period = r.point;
    }
  }
  const merged = coordinatedDays(
    text,
    dayBeforeOrAfter(text, weekOfDay(text, mergeMonthWithYear(text, mergeClockWithDay(text, out)))),
  );
  return shareRangeYear(text, merged).map(({ point: _point, ...t }) => t);
}

/** "the day before last Tuesday", "the day after May 5": one day off the day named, as one expression. */
function dayBeforeOrAfter(text: string, timexes: Resolved[]): Resolved[] {
  return timexes.map((t) => {
    const m = /\b(?:the\s+)?day\s+(before|after)\s+$/i.exec(text.slice(Math.max(0, t.start - 20), t.start));
    if (!m || t.point?.granularity !== 'day') return t;
    const point = shiftPoint(t.point, m[1]!.toLowerCase() === 'before' ? -1 : 1, 'day');
    const start = t.start - m[0].length;
    return { ...t, start, text: text.slice(start, t.end), value: formatPoint(point), point };
  });
}

/** "the week of March 6": the ISO week that contains the day named. */
function weekOfDay(text: string, timexes: Resolved[]): Resolved[] {
  return timexes.map((t) => {
    const m = /\bthe\s+week\s+of\s+$/i.exec(text.slice(Math.max(0, t.start - 16), t.start));
    if (!m || t.point?.granularity !== 'day') return t;
    const point = pointAt({ year: t.point.year, month: t.point.month!, day: t.point.day! }, 'week');
    const start = t.start - m[0].length;
    return { ...t, start, text: text.slice(start, t.end), value: formatPoint(point), point };
  });
}

/** "January nineteen ninety-seven", "the winter of 1994": a month or season and the year after it, as one. */
function mergeMonthWithYear(text: string, timexes: Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const a = timexes[i]!;
    const b = timexes[i + 1];
    const g = a.point?.granularity;
    if (
      b?.point?.granularity === 'year' &&
      b.reference === 'none' &&
      a.reference === 'dct' &&
      (g === 'month' || g === 'season') &&
      /^,?\s+(?:of\s+)?$/.test(text.slice(a.end, b.start))
    ) {
      const point: TimePoint = { ...a.point!, year: b.point.year };
      out.push({
        ...a,
        end: b.end,
        text: text.slice(a.start, b.end),
        value: formatPoint(point),
        point,
        reference: 'none',
      });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

const RANGE_OPENER = /\b(?:from|between)\s+$/i;
const RANGE_JOINER = /^\s*(?:to|through|until|till|and|-|–|—)\s*$/i;

/**
 * "from March to May 2016", "between 5 and 9 June 2016": the year stated once serves both ends. The first
 * end's year was implied by the DCT; it takes the second end's stated year (the year before when its month
 * comes later, "from December to March 2016").
 */
function shareRangeYear(text: string, timexes: Resolved[]): Resolved[] {
  return timexes.map((a, i) => {
    const b = timexes[i + 1];
    if (!b || !a.point || !b.point || a.reference !== 'dct' || b.reference !== 'none') return a;
    if (
      !RANGE_OPENER.test(text.slice(Math.max(0, a.start - 9), a.start)) ||
      !RANGE_JOINER.test(text.slice(a.end, b.start))
    )
      return a;
    if (a.point.month === undefined || (a.point.granularity !== 'month' && a.point.granularity !== 'day'))
      return a;
    const year =
      b.point.month !== undefined && a.point.month > b.point.month ? b.point.year - 1 : b.point.year;
    const point: TimePoint = { ...a.point, year };
    return { ...a, point, value: formatPoint(point), reference: 'none' };
  });
}

type Resolved = Timex & { point?: TimePoint };

// "April 24 and 25": the bare second number is a day of the same month, when what follows it ends the phrase
// (a stop, a comma, a preposition), not a noun, a unit or a clock ("March 3 and 12 people", "4 percent",
// "2 p.m."), and when it can follow the first day.
const COORDINATED_DAY =
  /^(\s*,?\s+(?:and|or|&)\s+)(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[.,;:)!?'"”’]|$)|\s+(?:in|at|on|of|to|for|from|with|when|as|during|before|after|respectively|the|this|that|and|or|but)\b)/;

function coordinatedDays(text: string, timexes: Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  timexes.forEach((a, i) => {
    out.push(a);
    const p = a.point;
    if (p?.granularity !== 'day' || !/\d(?:st|nd|rd|th)?$/.test(a.text)) return;
    const m = COORDINATED_DAY.exec(text.slice(a.end, a.end + 24));
    if (!m) return;
    const day = Number(m[2]);
    const start = a.end + m[1]!.length;
    const next = timexes[i + 1];
    if (day <= p.day! || day > daysInMonth(p.year, p.month!) || (next && next.start < start + m[2]!.length))
      return;
    const point: TimePoint = { ...p, day };
    out.push({
      ...a,
      start,
      end: start + m[2]!.length,
      text: m[2]!,
      value: formatPoint(point),
      rule: 'coordinated-day',
      point,
    });
  });
  return out;
}

/** "5 p.m. EST Nov. 9", "9 a.m. Tuesday", "Friday at noon": a clock time and the day it falls on, as one TIME. */
function mergeClockWithDay(text: string, timexes: Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const a = timexes[i]!;
    const b = timexes[i + 1];
    if (b && a.point && b.point && /^\s*,?\s*(?:on\s+|at\s+)?$/.test(text.slice(a.end, b.start))) {
      const clock = a.point.granularity === 'minute' ? a : b.point.granularity === 'minute' ? b : undefined;
      const day = clock === a ? b : a;
      if (clock && day.point?.granularity === 'day' && clock.point) {
        const point: TimePoint = {
          ...day.point,
          granularity: 'minute',
          hour: clock.point.hour!,
          minute: clock.point.minute ?? 0,
        };
        out.push({
          ...day,
          start: a.start,
          end: b.end,
          text: text.slice(a.start, b.end),
          type: 'TIME',
          value: formatPoint(point),
          point,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
