import { date, dctRelative, type TimexRule } from '../rule.js';

// Decades and centuries: "the 1990s", "the '90s", "the nineties", "the 20th century", "this century".

const DECADE_WORDS = [
  'twenties',
  'thirties',
  'forties',
  'fifties',
  'sixties',
  'seventies',
  'eighties',
  'nineties',
];

export const decadeRules: TimexRule[] = [
  {
    name: 'decade-digits',
    pattern: /(?:\bthe\s+)?(?:(?:early|mid|late)[\s-]+)?(?<![\d$])(?<d>1[0-9]{2}0|20[0-9]0)['’]?s\b/,
    resolve: (m) => date({ granularity: 'decade', year: Number(m.groups.d) }, 'none'),
  },
  {
    name: 'decade-short',
    pattern: /\bthe\s+['’](?<d>[0-9]0)s\b/,
    resolve: (m, ctx) => {
      const d = Number(m.groups.d);
      const century = Math.floor(ctx.dct.year / 100) * 100;
      const year = century + d > ctx.dct.year ? century - 100 + d : century + d;
      return date({ granularity: 'decade', year }, 'dct');
    },
  },
  {
    name: 'decade-words',
    pattern: new RegExp(`\\bthe\\s+(?:(?:early|mid|late)[\\s-]+)?(?<w>${DECADE_WORDS.join('|')})\\b`),
    resolve: (m, ctx) => {
      const d = (DECADE_WORDS.indexOf(m.groups.w!.toLowerCase()) + 2) * 10;
      const century = Math.floor(ctx.dct.year / 100) * 100;
      const year = century + d > ctx.dct.year ? century - 100 + d : century + d;
      return date({ granularity: 'decade', year }, 'dct');
    },
  },
  {
    name: 'ordinal-century',
    pattern: /\b(?:the\s+)?(?<c>[1-9]|1[0-9]|2[0-2])(?:st|nd|rd|th)[\s-]+century\b/,
    resolve: (m) => date({ granularity: 'century', year: (Number(m.groups.c) - 1) * 100 }, 'none'),
  },
  {
    name: 'this-century',
    pattern: /\b(?:this|the current|the last|last|the next|next|the past|the previous)\s+century\b/,
    resolve: (m, ctx) => {
      const t = m.text.toLowerCase();
      if (/the past|the last/.test(t)) return { type: 'DURATION', value: 'P100Y', reference: 'none' };
      return dctRelative(ctx, 'century', /last|previous/.test(t) ? -1 : /next/.test(t) ? 1 : 0);
    },
  },
];
