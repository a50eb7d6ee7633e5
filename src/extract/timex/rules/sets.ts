import {
  COUNT,
  MONTH,
  SEASON,
  UNIT,
  WEEKDAY,
  monthNumber,
  parseCount,
  parseSeason,
  parseUnit,
  weekdayNumber,
} from '../lexicon.js';
import { formatDuration } from '../point.js';
import type { TimexRule } from '../rule.js';

// Recurrences: "daily", "every Friday", "each July", "twice a year", "every two years", "on Fridays".

const ADVERB_UNIT: Record<string, string> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  quarterly: 'P1Q',
  annually: 'P1Y',
  yearly: 'P1Y',
};

export const setRules: TimexRule[] = [
  {
    name: 'frequency-adverb',
    // "quarterly" and "annually" mostly qualify reports and rates ("quarterly earnings"), not recurrences.
    pattern: /\b(?<w>hourly|daily|nightly|weekly|monthly|yearly)\b/,
    resolve: (m) => ({ type: 'SET', value: ADVERB_UNIT[m.groups.w!.toLowerCase()]!, reference: 'none' }),
  },
  {
    name: 'every-unit',
    pattern: new RegExp(
      `\\b(?:every|each)\\s+(?:(?<n>${COUNT}|other)\\s+)?(?:(?<u>${UNIT})|(?<wd>${WEEKDAY})|(?<mo>${MONTH})|(?<s>${SEASON}))\\b`,
    ),
    resolve: (m) => {
      if (m.groups.wd) {
        const wd = weekdayNumber(m.groups.wd);
        return wd ? { type: 'SET', value: `XXXX-WXX-${wd}`, reference: 'none' } : undefined;
      }
      if (m.groups.mo) {
        const mo = monthNumber(m.groups.mo);
        return mo
          ? { type: 'SET', value: `XXXX-${String(mo).padStart(2, '0')}`, reference: 'none' }
          : undefined;
      }
      if (m.groups.s) return { type: 'SET', value: `XXXX-${parseSeason(m.groups.s)}`, reference: 'none' };
      const unit = parseUnit(m.groups.u!);
      const n = m.groups.n ? (m.groups.n.toLowerCase() === 'other' ? 2 : parseCount(m.groups.n)) : 1;
      if (!unit || n === undefined) return undefined;
      return { type: 'SET', value: formatDuration(n, unit), reference: 'none' };
    },
  },
  {
    name: 'times-per-unit',
    pattern: new RegExp(
      `\\b(?:once|twice|thrice|(?:${COUNT})\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<u>${UNIT})\\b`,
    ),
    resolve: (m) => {
      const unit = parseUnit(m.groups.u!);
      return unit ? { type: 'SET', value: formatDuration(1, unit), reference: 'none' } : undefined;
    },
  },
  {
    name: 'plural-weekday',
    pattern: new RegExp(`(?<=\\b(?:on|most|some|all)\\s)(?<wd>${WEEKDAY})s\\b`),
    resolve: (m) => {
      const wd = weekdayNumber(m.groups.wd!);
      return wd ? { type: 'SET', value: `XXXX-WXX-${wd}`, reference: 'none' } : undefined;
    },
  },
];
