import { COUNT, UNIT, UNIT_SINGULAR, parseCount, parseUnit } from '../lexicon.js';
import { formatDuration } from '../point.js';
import { dctRelative, type TimexRule } from '../rule.js';
import type { TimexMod } from '../types.js';

// Lengths of time: "two days", "the past two months", "the first nine months", "a 99-year lease",
// "the 4 year conflict", "recent years", "for weeks". A count followed by a noun that is not a unit
// ("12 fighters", "237 targets", "four cruise missiles") never matches.

const LEAD =
  '(?:the\\s+(?:past|last|next|first|previous|coming|final|following|latest|remaining|whole|entire|full|initial|same)\\s+|the\\s+|(?:past|last|next|first|previous|coming|another|further|additional)\\s+)';
// "over" means "more than" before a count, but is a preposition in "over the last two days".
const QUANTIFIER =
  '(?:(?<q>within|up to|more than|less than|fewer than|nearly|almost|about|at least|at most|roughly|around|over(?!\\s+the\\b)|under|some)\\s+)';

function quantifierMod(q: string | undefined): TimexMod | undefined {
  if (!q) return undefined;
  const w = q.toLowerCase();
  if (w === 'more than' || w === 'over') return 'MORE_THAN';
  if (w === 'less than' || w === 'fewer than' || w === 'under') return 'LESS_THAN';
  if (w === 'within' || w === 'up to' || w === 'at most') return 'EQUAL_OR_LESS';
  if (w === 'at least') return 'EQUAL_OR_MORE';
  return 'APPROX';
}

const RATE_BEFORE =
  /(?:\d|\b(?:million|billion|thousand|hundred|percent|cents?|dollars?|times|once|twice|[a-z]+s))[,)]?\s+$/i;

export const durationRules: TimexRule[] = [
  {
    name: 'count-unit',
    pattern: new RegExp(
      `${QUANTIFIER}?${LEAD}?(?<n>${COUNT})(?<half>\\s+1/2|\\s+and\\s+a\\s+half|½)?(?:\\s+more)?[\\s-]+(?<u>${UNIT})(?<half2>\\s+and\\s+a\\s+half)?(?:\\s+more)?(?![\\w-])(?!\\s+old\\b)`,
    ),
    accept: (m, text) => {
      const unit = parseUnit(m.groups.u!);
      // "a quarter" and "three quarters of" are fractions far more often than periods of three months.
      if (unit === 'quarter' && (/^an?$/i.test(m.groups.n!) || /^\s+of\b/.test(text.slice(m.end, m.end + 4))))
        return false;
      // "the 1988 quarter": a year, not a count.
      if (/^(?:1[89]|20)\d\d$/.test(m.groups.n!)) return false;
      // "24 hours a day", "two hours per week": a rate, not a length of time.
      if (/^\s+(?:a|an|per|each)\s+(?:day|week|month|year|night)\b/i.test(text.slice(m.end, m.end + 12)))
        return false;
      // "$2 million a year", "four flights a week": a rate, not a length of time.
      if (/^an?$/i.test(m.groups.n!) && RATE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))
        return false;
      return true;
    },
    resolve: (m) => {
      const n = parseCount(m.groups.n!);
      const unit = parseUnit(m.groups.u!);
      if (n === undefined || !unit) return undefined;
      const mod = quantifierMod(m.groups.q);
      const amount = typeof n === 'number' && (m.groups.half || m.groups.half2) ? n + 0.5 : n;
      return {
        type: 'DURATION',
        value: formatDuration(amount, unit),
        reference: 'none',
        ...(mod ? { mod } : {}),
      };
    },
  },
  {
    name: 'vague-reference',
    // "in recent years", "coming quarters", "past years": TimeML reads these as past or future, not lengths.
    // "recent years" stays a vague length (vague-units): so TimeBank annotates it more often than not.
    pattern: /\b(?<w>coming|past|future)\s+(?:days|weeks|months|quarters|years|decades)\b/,
    accept: (m, text) =>
      !/\b(?:the|several|few|two|three|\d+)\s+$/i.test(text.slice(Math.max(0, m.start - 9), m.start)),
    resolve: (m) => ({
      type: 'DATE',
      value: /coming|future/i.test(m.groups.w!) ? 'FUTURE_REF' : 'PAST_REF',
      reference: 'dct',
    }),
  },
  {
    name: 'the-past-unit',
    // "the past year", "the last decade": the period before this one (annotated as a date, not a length).
    pattern: /\bthe\s+(?:past|last|previous)\s+(?<u>week|month|year|decade|century)\b(?![\s-]*(?:['’]s|\d))/,
    resolve: (m, ctx) =>
      dctRelative(ctx, m.groups.u!.toLowerCase() as 'week' | 'month' | 'year' | 'decade' | 'century', -1),
  },
  {
    name: 'vague-units',
    pattern: new RegExp(
      `(?:the\\s+)?(?:(?:past|last|next|coming|recent|few|several|many|previous)\\s+)+(?<u>(?:minutes|hours|days|weeks|months|quarters|years|decades|centuries))\\b`,
    ),
    resolve: (m) => {
      const unit = parseUnit(m.groups.u!);
      return unit ? { type: 'DURATION', value: formatDuration('X', unit), reference: 'none' } : undefined;
    },
  },
  {
    name: 'bare-plural-units',
    pattern:
      /(?<=\b(?:for|over|in|within|than|after|take|takes|took|lasted|last)\s)(?<u>hours|days|weeks|months|years|decades)\b(?!\s+(?:ago|later|earlier|old|of|to|before|after))/,
    resolve: (m) => {
      const unit = parseUnit(m.groups.u!);
      return unit ? { type: 'DURATION', value: formatDuration('X', unit), reference: 'none' } : undefined;
    },
  },
  {
    name: 'unit-adjective',
    // "a two-year deal": the count and unit joined by a hyphen, the unit singular.
    // Ages ("a 6-year-old boy") are not durations of anything that happened.
    pattern: new RegExp(`(?<n>${COUNT})-(?<u>${UNIT_SINGULAR})(?:-long)?(?![\\w-])`),
    resolve: (m) => {
      const n = parseCount(m.groups.n!);
      const unit = parseUnit(m.groups.u!);
      if (n === undefined || n === 'X' || !unit) return undefined;
      return { type: 'DURATION', value: formatDuration(n, unit), reference: 'none' };
    },
  },
  {
    name: 'the-unit-duration',
    pattern: /\b(?:the\s+(?:whole|entire|full)\s+)(?<u>day|week|month|year|night)\b/,
    resolve: (m, ctx) => {
      // "the full year" of results is this year's.
      if (/year$/i.test(m.text)) return dctRelative(ctx, 'year', 0);
      const unit = parseUnit(m.groups.u!.replace(/night/i, 'day'));
      return unit ? { type: 'DURATION', value: formatDuration(1, unit), reference: 'none' } : undefined;
    },
  },
];
