import { dctRelative, type TimexRule } from '../rule.js';
import type { TimexMod } from '../types.js';

// Parts of a period named relative to now: "the end of the year", "the beginning of the month". Parts of
// other expressions ("late May", "mid-2016", "early next year", "the end of 1994") are the tagger's prefix
// extension, which keeps the inner value and adds a mod.

export function partMod(word: string): TimexMod {
  const w = word.toLowerCase();
  if (/^(?:early|beginning|start|dawn)$/.test(w)) return 'START';
  if (/^(?:mid|middle)$/.test(w)) return 'MID';
  return 'END';
}

export const PART_PREFIX =
  /(?:\b(?<w1>early|late|mid|middle)(?:-|\s+)|\b(?:the\s+)?(?<w2>end|beginning|start|middle|close|turn|dawn)\s+of\s+(?:the\s+)?)$/i;

export const partRules: TimexRule[] = [
  {
    name: 'part-of-current-period',
    pattern:
      /\b(?:the\s+)?(?<w>end|beginning|start|middle|rest|remainder|close)\s+of\s+the\s+(?<u>year|month|week|quarter|decade|century)\b/,
    resolve: (m, ctx) => {
      const u = m.groups.u!.toLowerCase() as 'year' | 'month' | 'week' | 'quarter' | 'decade' | 'century';
      const w = m.groups.w!.toLowerCase();
      const r = dctRelative(ctx, u, 0);
      return w === 'rest' || w === 'remainder' ? r : { ...r, mod: partMod(w) };
    },
  },
];
