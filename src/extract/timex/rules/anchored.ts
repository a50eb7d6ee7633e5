import { COUNT, UNIT, WEEKDAY, parseCount, parseUnit, weekdayNumber } from '../lexicon.js';
import {
  addDays,
  dayPoint,
  isoWeekday,
  pointAt,
  representativeDay,
  shiftPoint,
  type PointGranularity,
} from '../point.js';
import { date, storyDay, type TimexRule } from '../rule.js';

// Expressions counted from the time the discourse is at, not from the publication date: "eight months
// later", "a year earlier", "the following day", "that week". The anchor is the last date told before.

export const anchoredRules: TimexRule[] = [
  {
    name: 'offset-from-anchor',
    pattern: new RegExp(
      `(?:(?<mod>about|almost|nearly|some|roughly|just|only)\\s+)?(?<n>${COUNT})\\s+(?<u>${UNIT})\\s+(?<dir>later|earlier|afterwards?|after that|before that|previously)\\b`,
    ),
    resolve: (m, ctx) => {
      const n = parseCount(m.groups.n!);
      const unit = parseUnit(m.groups.u!);
      if (n === undefined || n === 'X' || !unit || !Number.isInteger(n)) return undefined;
      const dir = m.groups.dir!.toLowerCase();
      const sign = /earlier|before|previously/.test(dir) ? -1 : 1;
      const mod = m.groups.mod && !/just|only/i.test(m.groups.mod) ? 'APPROX' : undefined;
      const r = date(shiftPoint(ctx.anchor, sign * n, unit), 'anchor', mod);
      // Looking back from the discourse time ("a year earlier") compares; it does not move the story on.
      return sign < 0 ? { ...r, movesAnchor: false } : r;
    },
  },
  {
    name: 'year-earlier-adjective',
    pattern: /\b(?:the\s+)?year-(?:earlier|ago)\b(?!\s+(?:period|quarter|months|nine months|six months))/,
    resolve: (_m, ctx) => ({ ...date(shiftPoint(ctx.anchor, -1, 'year'), 'anchor'), movesAnchor: false }),
  },
  {
    name: 'following-unit',
    pattern:
      /\b(?:the\s+)(?<rel>following|next|previous|preceding|prior|same)\s+(?<u>day|week|month|year|morning|afternoon|evening|night)\b/,
    resolve: (m, ctx) => {
      const rel = m.groups.rel!.toLowerCase();
      const u = m.groups.u!.toLowerCase();
      const n = rel === 'same' ? 0 : /previous|preceding|prior/.test(rel) ? -1 : 1;
      // "the next morning" is dated by its day, as "Friday night" is.
      if (/^(?:morning|afternoon|evening|night)$/.test(u)) {
        return date(shiftPoint(pointAt(representativeDay(ctx.anchor), 'day'), n, 'day'), 'anchor');
      }
      const g = u as PointGranularity;
      const base =
        ctx.anchor.granularity === g || finer(ctx.anchor.granularity, g)
          ? pointAt(representativeDay(ctx.anchor), g)
          : ctx.anchor;
      return date(n === 0 ? base : shiftPoint(base, n, u as 'day' | 'week' | 'month' | 'year'), 'anchor');
    },
  },
  {
    name: 'anchored-weekday',
    // "the previous Friday", "the following Monday": the weekday nearest the story's day in that direction.
    pattern: new RegExp(`\\bthe\\s+(?<rel>previous|preceding|following|next)\\s+(?<wd>${WEEKDAY})\\b`),
    resolve: (m, ctx) => {
      const weekday = weekdayNumber(m.groups.wd!);
      if (!weekday) return undefined;
      const from = storyDay(ctx);
      const back = /previous|preceding/i.test(m.groups.rel!);
      const delta = back
        ? -((isoWeekday(from) - weekday + 7) % 7 || 7)
        : (weekday - isoWeekday(from) + 7) % 7 || 7;
      return date(dayPoint(addDays(from, delta)), 'anchor');
    },
  },
  {
    name: 'that-unit',
    pattern: /\b(?:(?<el>later|earlier)\s+)?that\s+(?<u>day|week|month|year)\b/,
    resolve: (m, ctx) => {
      const g = m.groups.u!.toLowerCase() as PointGranularity;
      const base =
        finer(ctx.anchor.granularity, g) || ctx.anchor.granularity === g
          ? pointAt(representativeDay(ctx.anchor), g)
          : ctx.anchor;
      return date(
        base,
        'anchor',
        m.groups.el ? (m.groups.el.toLowerCase() === 'later' ? 'END' : 'START') : undefined,
      );
    },
  },
];

const ORDER: PointGranularity[] = [
  'century',
  'decade',
  'year',
  'half',
  'quarter',
  'season',
  'month',
  'week',
  'day',
  'partOfDay',
  'minute',
];

function finer(a: PointGranularity, b: PointGranularity): boolean {
  return ORDER.indexOf(a) > ORDER.indexOf(b);
}
