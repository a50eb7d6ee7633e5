import type { TimexRule } from '../rule.js';

// Times that are only past, present or future: "now", "currently", "recently", "the future", "soon".

const REF: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  now: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  presently: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  recently: 'PAST_REF',
  recent: 'PAST_REF',
  lately: 'PAST_REF',
  previously: 'PAST_REF',
  formerly: 'PAST_REF',
  'the past': 'PAST_REF',
  'the future': 'FUTURE_REF',
  future: 'FUTURE_REF',
  soon: 'FUTURE_REF',
  'in the near future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  'a later date': 'FUTURE_REF',
};

export const referenceRules: TimexRule[] = [
  {
    name: 'reference',
    // Measured on TimeBank and AQUAINT, "previously", "formerly", "soon" and the adjective "future" are
    // annotated as times in under a third of their uses: tagging them costs more precision than it gains.
    pattern:
      /\b(?<w>right now|now|currently|presently|at present|nowadays|these days|at the moment|recently|lately|the past|the near future|the future|the near term|the short term|a later date|current|recent)\b(?!-)/,
    accept: (m, text) => {
      const w = m.groups.w!.toLowerCase();
      const after = text.slice(m.end, m.end + 20);
      // "now" as a discourse marker or in "now that", and "current" of electricity or water, are no times.
      if (w === 'now' && /^\s+that\b/i.test(after)) return false;
      if (
        w === 'the past' &&
        /^\s*(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d)/i.test(after)
      )
        return false;
      if (w === 'current' && /^\s+(?:account|affairs|events)\b/i.test(after)) return false;
      return true;
    },
    resolve: (m) => ({ type: 'DATE', value: REF[m.groups.w!.toLowerCase()]!, reference: 'dct' }),
  },
];
