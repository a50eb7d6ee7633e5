import {
  COUNT,
  MONTH,
  PART_OF_DAY,
  SEASON,
  UNIT,
  WEEKDAY,
  monthNumber,
  parseCount,
  parseSeason,
  parseUnit,
  relationOf,
  weekdayNumber,
} from '../lexicon.js';
import {
  addDays,
  dayPoint,
  isoWeekday,
  pointAt,
  shiftPoint,
  type Season,
  type TimePoint,
  type Unit,
} from '../point.js';
import {
  comparedPeriod,
  date,
  dctRelative,
  weekdayDate,
  type ResolveContext,
  type Resolution,
  type TimexRule,
} from '../rule.js';
import type { TimexMod } from '../types.js';

// Expressions resolved against the publication date: "yesterday", "last year", "next week", "on Friday",
// "in March last year", "two years ago", "this summer".

/** The granularity a date counted in a unit is known to: "two years ago" is a year, "six weeks ago" a week. */
const UNIT_GRANULARITY = {
  minute: 'day',
  hour: 'day',
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  season: 'season',
  year: 'year',
  decade: 'decade',
  century: 'century',
} as const satisfies Record<Unit, string>;

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** "last fall" is the latest fall that has begun before the DCT's season; "next" the first after. */
function seasonPoint(
  ctx: ResolveContext,
  season: Season,
  which: 'last' | 'this' | 'next' | undefined,
): TimePoint {
  const dctMonthIndex = ctx.dct.year * 12 + ctx.dct.month;
  const start = (year: number) => year * 12 + SEASON_START[season];
  let year = ctx.dct.year;
  if (which === 'last') {
    while (start(year) + 2 >= dctMonthIndex) year--;
  } else if (which === 'next') {
    while (start(year) <= dctMonthIndex) year++;
  } else if (which === undefined) {
    const tense = ctx.tense();
    if (tense === 'past' && start(year) > dctMonthIndex) year--;
    if (tense === 'future' && start(year) + 2 < dctMonthIndex) year++;
  }
  return { granularity: 'season', year, season };
}

const MODIFIER =
  '(?:(?<mod>about|almost|nearly|roughly|some|more than|less than|just|only|over|around|barely|at least)\\s+)?';

function modOf(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w === 'more than' || w === 'over') return 'MORE_THAN';
  if (w === 'less than' || w === 'barely') return 'LESS_THAN';
  if (w === 'at least') return 'EQUAL_OR_MORE';
  if (w === 'just' || w === 'only') return undefined;
  return 'APPROX';
}

function withMod(r: Resolution | undefined, mod: TimexMod | undefined): Resolution | undefined {
  return r && mod ? { ...r, mod } : r;
}

export const relativeRules: TimexRule[] = [
  {
    name: 'deictic-day',
    pattern:
      /\b(?<w>today|yesterday|tomorrow|the day before yesterday|the day after tomorrow)\b(?!'s\s+(?:world|society|youth|generation))/,
    resolve: (m, ctx) => {
      const w = m.groups.w!.toLowerCase();
      const n =
        w === 'today' ? 0 : w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.includes('before') ? -2 : 2;
      return date(dayPoint(addDays(ctx.dct, n)), 'dct');
    },
  },
  {
    name: 'this-last-next-unit',
    pattern:
      /\b(?<rel>this|last|next|this coming|this past|the coming|the current|current|the previous|previous)\s+(?<u>week|weekend|month|year|decade|century)\b(?!-)/,
    resolve: (m, ctx) => {
      const rel = m.groups.rel!.toLowerCase();
      const u = m.groups.u!.toLowerCase();
      const n = /last|previous|past/.test(rel) ? -1 : /next|coming/.test(rel) ? 1 : 0;
      if (u === 'weekend') {
        const week = pointAt(ctx.dct, 'week');
        const p = shiftPoint({ ...week, weekend: true }, n, 'week');
        return date({ ...p, weekend: true }, 'dct');
      }
      if (u === 'year' && n === -1) {
        const compared = comparedPeriod(ctx, 1);
        if (compared) return compared;
      }
      if (u === 'century' || u === 'decade') {
        return dctRelative(ctx, u, n);
      }
      return dctRelative(ctx, u as 'week' | 'month' | 'year', n);
    },
  },
  {
    name: 'the-year',
    // "the year ended March 31" is a fiscal year's length; "for the year", "of the year" is this year;
    // "in the year 2000", "the year two thousand" leave the year to the year rules.
    pattern:
      /\bthe\s+year\b(?=\s+(?:ended|ending|to|through)\b)|(?<=\b(?:for|of|during|throughout|in|earlier in|later in)\s)the\s+year\b(?![\s-]*(?:ago|earlier|before|after|later|['’]s|\d|(?:nineteen|twenty|two thousand)\b))/,
    resolve: (m, ctx) =>
      /^\s+(?:ended|ending|to|through)\b/.test(ctx.text.slice(m.end, m.end + 9))
        ? { type: 'DURATION', value: 'P1Y', reference: 'none' }
        : dctRelative(ctx, 'year', 0),
  },
  {
    name: 'year-end',
    pattern: /\b(?:(?<rel>this|last|next)\s+)?year(?:['’]s)?[\s-]end\b/,
    resolve: (m, ctx) => {
      const rel = m.groups.rel?.toLowerCase();
      return { ...dctRelative(ctx, 'year', rel === 'last' ? -1 : rel === 'next' ? 1 : 0), mod: 'END' };
    },
  },
  {
    name: 'the-weekend',
    pattern: /\b(?:the|this past|over the)\s+weekend\b/,
    resolve: (m, ctx) => {
      // The weekend just gone in a past-tense report (this week's on a Saturday or Sunday), else the next.
      const weekday = isoWeekday(ctx.dct);
      const past = ctx.tense() !== 'future' || /past/i.test(m.text);
      const n = past ? (weekday >= 6 ? 0 : -1) : 0;
      const week = pointAt(ctx.dct, 'week');
      return date({ ...shiftPoint(week, n, 'week'), weekend: true }, 'dct');
    },
  },
  {
    name: 'spelled-year',
    pattern:
      /\b(?<c>nineteen|twenty)[\s-]+(?<y>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))\b|(?<=\bthe year\s)two thousand(?:\s+and\s+(?<z>one|two|three|four|five|six|seven|eight|nine))?\b/,
    resolve: (m) => {
      if (!m.groups.c) {
        const z = m.groups.z ? parseCount(m.groups.z) : 0;
        return typeof z === 'number' ? date({ granularity: 'year', year: 2000 + z }, 'none') : undefined;
      }
      const tail = parseCount(m.groups.y!.replace(/^oh[\s-]/i, ''));
      if (typeof tail !== 'number') return undefined;
      return date(
        { granularity: 'year', year: (m.groups.c.toLowerCase() === 'nineteen' ? 1900 : 2000) + tail },
        'none',
      );
    },
  },
  {
    name: 'earlier-later-this',
    pattern: /\b(?<el>earlier|later)\s+(?<rel>this|last|next)\s+(?<u>week|month|year|decade)\b/,
    resolve: (m, ctx) => {
      const rel = m.groups.rel!.toLowerCase();
      const n = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      const u = m.groups.u!.toLowerCase() as 'week' | 'month' | 'year' | 'decade';
      return withMod(dctRelative(ctx, u, n), m.groups.el!.toLowerCase() === 'earlier' ? 'START' : 'END');
    },
  },
  {
    name: 'month-of-relative-year',
    pattern: new RegExp(`(?<mo>${MONTH})\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year\\b`),
    resolve: (m, ctx) => {
      const month = monthNumber(m.groups.mo!);
      if (!month) return undefined;
      const rel = m.groups.rel!.toLowerCase();
      const year = ctx.dct.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      return date({ granularity: 'month', year, month }, 'dct');
    },
  },
  {
    name: 'relative-month',
    pattern: new RegExp(`\\b(?<rel>last|this|next|this past|this coming)\\s+(?<mo>${MONTH})(?!\\s*\\d)`),
    resolve: (m, ctx) => {
      const month = monthNumber(m.groups.mo!);
      if (!month) return undefined;
      const rel = m.groups.rel!.toLowerCase();
      let year = ctx.dct.year;
      if (/last|past/.test(rel)) {
        if (month >= ctx.dct.month) year--;
      } else if (/next|coming/.test(rel)) {
        if (month <= ctx.dct.month) year++;
      }
      return date({ granularity: 'month', year, month }, 'dct');
    },
  },
  {
    name: 'season',
    pattern: new RegExp(
      `(?:\\b(?<rel>this|last|next|this past|this coming)\\s+|(?<=\\b(?:in|during|the|since|by|until|through|early|late|mid|of)[\\s-]+))(?<s>${SEASON})(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?\\b`,
    ),
    resolve: (m, ctx) => {
      const season = parseSeason(m.groups.s!);
      if (!season) return undefined;
      if (m.groups.y) return date({ granularity: 'season', year: Number(m.groups.y), season }, 'none');
      const which = relationOf(m.groups.rel);
      return date(seasonPoint(ctx, season, which), 'dct');
    },
  },
  {
    name: 'ago',
    pattern: new RegExp(`${MODIFIER}(?<n>${COUNT})\\s+(?<u>${UNIT})(?:\\s+or\\s+so)?\\s+ago\\b`),
    resolve: (m, ctx) => {
      const n = parseCount(m.groups.n!);
      const unit = parseUnit(m.groups.u!);
      if (n === undefined || !unit) return undefined;
      const mod = modOf(m.groups.mod);
      if (n === 'X') return withMod({ type: 'DATE', value: 'PAST_REF', reference: 'dct' }, mod);
      if (!Number.isInteger(n)) return undefined;
      const compared = unit === 'year' ? comparedPeriod(ctx, n) : undefined;
      if (compared) return withMod(compared, mod);
      const g = UNIT_GRANULARITY[unit];
      const base = pointAt(ctx.dct, g);
      const r = date(shiftPoint(base, -n, unit), 'dct');
      return withMod(ctx.comparison() ? { ...r, movesAnchor: false } : r, mod);
    },
  },
  {
    name: 'units-ago',
    pattern: /\b(?<u>years|months|weeks|days|decades)\s+ago\b/,
    resolve: () => ({ type: 'DATE', value: 'PAST_REF', reference: 'dct' }),
  },
  {
    name: 'weekday',
    pattern: new RegExp(
      `(?:\\b(?<rel>last|this|next|this past|this coming|coming)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<pod>${PART_OF_DAY}))?\\b`,
    ),
    resolve: (m, ctx) => {
      const weekday = weekdayNumber(m.groups.wd!);
      if (!weekday) return undefined;
      const which = relationOf(m.groups.rel);
      // "Wednesday's ruling" names a thing already done: a possessive weekday looks back.
      const possessive = /^['’]s\b/.test(ctx.text.slice(m.end, m.end + 3));
      const day = weekdayDate(ctx, weekday, which ?? (possessive ? 'onOrBefore' : undefined));
      // "Friday night" keeps its day as the value: TimeML annotators mostly date the day, not the part of it.
      return date(dayPoint(day), 'dct');
    },
  },
  {
    name: 'from-now',
    pattern: new RegExp(`\\b(?<n>${COUNT})\\s+(?<u>${UNIT})\\s+(?:from now|hence)\\b`),
    resolve: (m, ctx) => {
      const n = parseCount(m.groups.n!);
      const unit = parseUnit(m.groups.u!);
      if (n === undefined || !unit) return undefined;
      if (n === 'X') return { type: 'DATE', value: 'FUTURE_REF', reference: 'dct' };
      const g = UNIT_GRANULARITY[unit];
      return date(shiftPoint(pointAt(ctx.dct, g), n, unit), 'dct');
    },
  },
];
