import { ORDINAL, YEAR, parseOrdinal } from '../lexicon.js';
import { pointAt, shiftPoint, type TimePoint } from '../point.js';
import { date, dctRelative, type ResolveContext, type TimexRule } from '../rule.js';

// Business and budget periods: "the third quarter", "third-quarter", "the fiscal first quarter",
// "the quarter", "the year-earlier quarter", "the first half of 1998", "fiscal 1989".

/** A quarter named without a year: this year's, or last year's if it has not begun and the clause is past. */
function quarterYear(ctx: ResolveContext, quarter: number): number {
  const dctQuarter = Math.floor((ctx.dct.month - 1) / 3) + 1;
  return quarter > dctQuarter && ctx.tense() === 'past' ? ctx.dct.year - 1 : ctx.dct.year;
}

/** The quarter the discourse is about: the anchor's, or else the last one completed before the DCT. */
function currentReportingQuarter(ctx: ResolveContext): TimePoint {
  // Results are reported for a quarter that has begun: an outlook for a later quarter is not the one meant.
  const dctQuarter = pointAt(ctx.dct, 'quarter');
  const a = ctx.anchor.granularity === 'quarter' ? ctx.anchor : ctx.period;
  if (a?.granularity === 'quarter' && a.year * 4 + a.quarter! <= dctQuarter.year * 4 + dctQuarter.quarter!)
    return a;
  return shiftPoint(pointAt(ctx.dct, 'quarter'), -1, 'quarter');
}

export const quarterRules: TimexRule[] = [
  {
    name: 'ordinal-quarter',
    pattern: new RegExp(
      `(?:the\\s+)?(?:(?:fiscal|financial)[\\s-]+)?(?<ord>${ORDINAL})[\\s-]+(?:(?:fiscal|financial|calendar)[\\s-]+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?<y>${YEAR})|\\s+(?<y2>${YEAR}))?(?![\\w-])(?!s)`,
    ),
    resolve: (m, ctx) => {
      const quarter = parseOrdinal(m.groups.ord!);
      if (!quarter) return undefined;
      const stated = m.groups.y ?? m.groups.y2;
      const year = stated ? Number(stated) : quarterYear(ctx, quarter);
      return date({ granularity: 'quarter', year, quarter }, stated ? 'none' : 'dct');
    },
  },
  {
    name: 'the-quarter',
    pattern:
      /\b(?:the|this|last|that)\s+(?:comparable\s+(?=year-))?(?:(?<rel>latest|last|current|previous|prior|recent|past|same|year-earlier|year-ago|comparable|just-ended|most recent)[\s-]+)?(?:quarter\b(?!s)(?!\s+of\s+(?:a|an|the|all|its|their)\b)(?!\s+(?:century|mile|point)s?\b)|(?<=(?:latest|year-earlier|year-ago|comparable|same)\s+)period\b)/,
    resolve: (m, ctx) => {
      const rel = m.groups.rel?.toLowerCase();
      const first = m.text.toLowerCase().split(/\s+/)[0];
      if (rel === 'current' || first === 'this') return dctRelative(ctx, 'quarter', 0);
      if (rel === 'year-earlier' || rel === 'year-ago' || rel === 'comparable') {
        return {
          ...date(shiftPoint(currentReportingQuarter(ctx), -1, 'year'), 'anchor'),
          movesAnchor: false,
        };
      }
      // The latest quarter is the last one completed before the report, whatever the text compared it with.
      if (rel === 'latest' || rel === 'most recent' || rel === 'just-ended') {
        return dctRelative(ctx, 'quarter', -1);
      }
      if (rel === 'previous' || rel === 'prior' || (first === 'last' && !rel)) {
        const ref = currentReportingQuarter(ctx);
        return date(first === 'last' ? ref : shiftPoint(ref, -1, 'quarter'), 'anchor');
      }
      return date(currentReportingQuarter(ctx), ctx.anchor.granularity === 'quarter' ? 'anchor' : 'dct');
    },
  },
  {
    name: 'year-quarter',
    // "the 1988 second quarter", "this year's third quarter", "last year's quarter", "the 1988 period".
    pattern: new RegExp(
      `(?:\\bthe\\s+(?<y>${YEAR})|\\b(?<rel>this|last|next)\\s+year['’]s)\\s+(?:(?<ord>${ORDINAL})[\\s-]+)?(?:(?:fiscal|calendar)[\\s-]+)?(?:quarter|period)\\b`,
    ),
    resolve: (m, ctx) => {
      const rel = m.groups.rel?.toLowerCase();
      const year = m.groups.y
        ? Number(m.groups.y)
        : ctx.dct.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      const quarter = m.groups.ord ? parseOrdinal(m.groups.ord) : currentReportingQuarter(ctx).quarter;
      if (!quarter) return undefined;
      return {
        ...date({ granularity: 'quarter', year, quarter }, m.groups.y && m.groups.ord ? 'none' : 'dct'),
        movesAnchor: year === ctx.dct.year,
      };
    },
  },
  {
    name: 'half',
    pattern: new RegExp(
      `(?:the\\s+)?(?<ord>first|second)[\\s-]+half(?:\\s+of\\s+(?:(?<y>${YEAR})|(?<rel>this|last|next|the)\\s+year))?(?![\\w-])`,
    ),
    resolve: (m, ctx) => {
      const half = m.groups.ord!.toLowerCase() === 'first' ? 1 : 2;
      if (!m.groups.y && !m.groups.rel) return undefined;
      const rel = m.groups.rel?.toLowerCase();
      const year = m.groups.y
        ? Number(m.groups.y)
        : ctx.dct.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      return date({ granularity: 'half', year, half }, m.groups.y ? 'none' : 'dct');
    },
  },
  {
    name: 'fiscal-year',
    pattern: new RegExp(`\\b(?:fiscal(?:\\s+year)?|FY)\\s*'?(?<y>${YEAR}|\\d{2})\\b`),
    resolve: (m, ctx) => {
      const y = m.groups.y!;
      const year = y.length === 2 ? Math.floor(ctx.dct.year / 100) * 100 + Number(y) : Number(y);
      return date({ granularity: 'year', year }, 'none');
    },
  },
  {
    name: 'relative-fiscal-year',
    pattern: /\bthe\s+(?:(?<rel>current|latest|last|previous|next|coming|new)\s+)?fiscal\s+year\b/,
    resolve: (m, ctx) => {
      const rel = m.groups.rel?.toLowerCase();
      if (!rel) return { type: 'DURATION', value: 'P1Y', reference: 'none' };
      const n = /latest|last|previous/.test(rel) ? -1 : /next|coming|new/.test(rel) ? 1 : 0;
      return dctRelative(ctx, 'year', n);
    },
  },
];
