import { DAY_OF_MONTH, MONTH, MONTH_ANY, WEEKDAY_ANY, YEAR, monthNumber, weekdayNumber } from '../lexicon.js';
import { daysInMonth } from '../../../schema/dates.js';
import { date, yearFor, type ResolveContext, type TimexRule } from '../rule.js';

// Dates the text writes out, in the orders news uses: "May 31, 2017", "31 May 2017", "Wed 05 Apr 2017",
// "March 2016", "2015", "2017-05-31", "5/31/2017". A missing year comes from the DCT by tense.

function dayDate(ctx: ResolveContext, g: Record<string, string | undefined>) {
  const month = monthNumber(g.mo!);
  if (!month) return undefined;
  const day = parseInt(g.d!, 10);
  const year = g.y ? Number(g.y) : yearFor(ctx, month, day);
  if (day > daysInMonth(year, month)) return undefined;
  const point = { granularity: 'day' as const, year, month, day };
  // A lower-case "sat" or "wed" before a date is a verb, not a weekday.
  if (g.wd && weekdayNumber(g.wd) === undefined) return undefined;
  return date(point, g.y ? 'none' : 'dct');
}

export const explicitDateRules: TimexRule[] = [
  {
    name: 'iso-date',
    pattern: /(?<![\d-])(?<y>\d{4})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\d-])/,
    resolve: (m) => {
      const year = Number(m.groups.y);
      const month = Number(m.groups.m);
      const day = Number(m.groups.d);
      if (day > daysInMonth(year, month)) return undefined;
      return date({ granularity: 'day', year, month, day }, 'none');
    },
  },
  {
    name: 'numeric-date',
    // Month first, as in US news; a first number over 12 can only be a day.
    pattern: /(?<![\d/.])(?<a>0?[1-9]|[12]\d|3[01])\/(?<b>0?[1-9]|[12]\d|3[01])\/(?<y>\d{4}|\d{2})(?![\d/])/,
    resolve: (m, ctx) => {
      let month = Number(m.groups.a);
      let day = Number(m.groups.b);
      if (month > 12) [month, day] = [day, month];
      if (month > 12) return undefined;
      let year = Number(m.groups.y);
      if (m.groups.y!.length === 2) {
        // Two-digit years: the century that puts the date nearest the DCT.
        const century = Math.floor(ctx.dct.year / 100) * 100;
        year = [century - 100, century, century + 100]
          .map((c) => c + year)
          .reduce((a, b) => (Math.abs(b - ctx.dct.year) < Math.abs(a - ctx.dct.year) ? b : a));
      }
      if (day > daysInMonth(year, month)) return undefined;
      return date({ granularity: 'day', year, month, day }, 'none');
    },
  },
  {
    name: 'month-day-year',
    pattern: new RegExp(
      `(?:(?<wd>${WEEKDAY_ANY}),?\\s+)?(?<mo>${MONTH_ANY})\\s+(?<d>${DAY_OF_MONTH})(?:,?\\s+(?<y>${YEAR}))?(?!\\w|:\\d|\\.\\d)`,
    ),
    resolve: (m, ctx) => dayDate(ctx, m.groups),
  },
  {
    name: 'day-month-year',
    pattern: new RegExp(
      `(?:(?<wd>${WEEKDAY_ANY}),?\\s+)?(?:the\\s+)?(?<![\\d.,])(?<d>${DAY_OF_MONTH})\\s+(?:of\\s+)?(?<mo>${MONTH_ANY})(?:,?\\s+(?<y>${YEAR}))?(?![\\w])`,
    ),
    resolve: (m, ctx) => dayDate(ctx, m.groups),
  },
  {
    name: 'month-year',
    pattern: new RegExp(`(?<mo>${MONTH_ANY})(?:,?\\s+of|,)?\\s+(?<y>${YEAR})(?![\\w])`),
    resolve: (m) => {
      const month = monthNumber(m.groups.mo!);
      if (!month) return undefined;
      return date({ granularity: 'month', year: Number(m.groups.y), month }, 'none');
    },
  },
  {
    name: 'month',
    // "May" and "March" are also words: alone, a month must follow a word that introduces a time.
    pattern: new RegExp(`(?<mo>${MONTH})(?!\\s*\\d)(?![\\w-])`),
    accept: (m, text) => {
      const word = m.groups.mo!;
      if (!/^(?:May|March)$/.test(word)) return true;
      const before = text.slice(Math.max(0, m.start - 12), m.start);
      return /\b(?:in|since|until|till|by|from|through|of|early|late|mid|last|this|next|during|before|after|between|and|to|or|the end of)[\s-]+$/i.test(
        before,
      );
    },
    resolve: (m, ctx) => {
      const month = monthNumber(m.groups.mo!);
      if (!month) return undefined;
      return date({ granularity: 'month', year: yearFor(ctx, month), month }, 'dct');
    },
  },
  {
    name: 'year',
    pattern: new RegExp(
      `(?<![\\d$£€¥#.,:/])(?<!\\d-)(?<y>${YEAR})(?![\\d%:/]|[.,]\\d|\\s*(?:per ?cent|percent)|-\\d)`,
    ),
    accept: (m, text) => {
      const before = text.slice(Math.max(0, m.start - 24), m.start);
      const after = text.slice(m.end, m.end + 24);
      // A count, not a year: "some 2000 troops", "at least 1500 people".
      if (
        /\b(?:about|some|nearly|almost|over|under|more than|less than|fewer than|at least|up to|around|roughly|total of|estimated)\s+$/i.test(
          before,
        ) &&
        /^\s+[a-z]+s\b/.test(after)
      )
        return false;
      // A toll or a count before what it counts: "1300 killed", "1500 people", "2000 troops were sent".
      if (
        /^\s+(?:killed|dead|died|wounded|injured|people|civilians|persons|fighters|troops|soldiers|militants|rebels|refugees|families|children|men|women|deaths|casualties|victims|others)\b/i.test(
          after,
        )
      )
        return false;
      // Page furniture counts, not years: "Views 1430", "Shares 2015", "Comments 1999".
      if (/\b(?:views|shares|comments|likes|reads|tweets)\s+$/i.test(before)) return false;
      // Product and unit numbers: "No. 1998", "Flight 2015", "Resolution 2254", "Route 1999".
      if (
        /\b(?:No\.?|number|flight|resolution|route|room|code|model|version|article|page|pages|chapter|section|item|bill)\s+$/i.test(
          before,
        )
      )
        return false;
      return true;
    },
    resolve: (m) => date({ granularity: 'year', year: Number(m.groups.y) }, 'none'),
  },
];
