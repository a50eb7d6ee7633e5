import type { PartOfDay, Season, Unit } from './point.js';

// Regular-expression pieces shared by the rule families. Every rule is compiled case-insensitive; names
// whose lower-case form is an ordinary word ("may", "march", "sun") are checked for a capital when resolved.

const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A month name, or an abbreviation with its full stop ("Sept."). */
export const MONTH = `(?:${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)`;
/** Also bare abbreviations, for patterns where a day or year follows and disambiguates ("05 Apr 2017"). */
export const MONTH_ANY = `(?:${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Abbreviated weekdays only ever appear before a date ("Wed 05 Apr 2017"). */
export const WEEKDAY_ANY = `(?:${WEEKDAY}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?)`;
export const DAY_OF_MONTH = '(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?';
/** A four-digit year from 1000 to 2199: what news text means by a bare four-digit number, when anything. */
export const YEAR = '(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})';
export const SEASON = '(?:spring|summer|fall|autumn|winter)';
export const PART_OF_DAY = '(?:morning|afternoon|evening|night|overnight)';

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const VAGUE = [
  'a few',
  'few',
  'several',
  'some',
  'many',
  'a couple of',
  'a couple',
  'couple of',
  'a number of',
];

export const NUMBER_WORD = `(?:(?:${TENS.join('|')})(?:[- ](?:${SMALL.slice(1, 10).join('|')}))?|${SMALL.slice().reverse().join('|')}|a dozen|dozens of|a hundred|one hundred|hundreds of)`;
/** A count: digits, number words, "a"/"an", or a vague quantity ("several"). */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+|${NUMBER_WORD}|${VAGUE.join('|')}|an?)`;

export const UNIT =
  '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))';
/** Units as adjectives: "a two-year deal", "a 16-hour day". */
export const UNIT_SINGULAR = '(?:second|minute|hour|day|week|month|quarter|year|decade|century)';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const isCapitalized = (s: string) => /^[A-Z]/.test(s);

/** 1-12, or undefined when the word is not a month or is a lower-case "may"/"march". */
export function monthNumber(word: string): number | undefined {
  if (!isCapitalized(word)) return undefined;
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** ISO weekday 1-7, or undefined; a weekday needs its capital ("sat", "wed" are verbs). */
export function weekdayNumber(word: string): number | undefined {
  if (!isCapitalized(word)) return undefined;
  const i = WEEKDAYS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

/** A count as a number, 'X' for a vague one ("several"), undefined when not a count. */
export function parseCount(text: string): number | 'X' | undefined {
  const s = text.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d[\d,]*(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (s === 'a' || s === 'an') return 1;
  if (s === 'a dozen') return 12;
  if (s === 'a hundred' || s === 'one hundred') return 100;
  if (/^(?:a )?couple(?: of)?$/.test(s)) return 2;
  if (VAGUE.includes(s) || s === 'dozens of' || s === 'hundreds of') return 'X';
  const small = SMALL.indexOf(s);
  if (small >= 0) return small;
  const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(s);
  if (m) {
    const tens = TENS.indexOf(m[1]!);
    if (tens >= 0) {
      const ones = m[2] ? SMALL.indexOf(m[2]) : 0;
      if (ones >= 0 && ones < 10) return (tens + 2) * 10 + ones;
    }
  }
  return undefined;
}

export function parseUnit(text: string): Unit | undefined {
  const s = text.toLowerCase();
  if (s.startsWith('second')) return undefined;
  if (s.startsWith('minute')) return 'minute';
  if (s.startsWith('hour')) return 'hour';
  if (s.startsWith('day')) return 'day';
  if (s.startsWith('fortnight')) return undefined;
  if (s.startsWith('week')) return 'week';
  if (s.startsWith('month')) return 'month';
  if (s.startsWith('quarter')) return 'quarter';
  if (s.startsWith('year')) return 'year';
  if (s.startsWith('decade')) return 'decade';
  if (s.startsWith('centur')) return 'century';
  return undefined;
}

export function parseSeason(text: string): Season | undefined {
  const s = text.toLowerCase();
  if (s === 'spring') return 'SP';
  if (s === 'summer') return 'SU';
  if (s === 'fall' || s === 'autumn') return 'FA';
  if (s === 'winter') return 'WI';
  return undefined;
}

export function parsePartOfDay(text: string): PartOfDay | undefined {
  const s = text.toLowerCase();
  if (s === 'morning') return 'MO';
  if (s === 'afternoon') return 'AF';
  if (s === 'evening') return 'EV';
  if (s === 'night' || s === 'overnight' || s === 'tonight') return 'NI';
  return undefined;
}

const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** "third" or "3rd" to 3 (1-4), for quarters and halves. */
export function parseOrdinal(text: string): number | undefined {
  const s = text.toLowerCase();
  const i = ORDINALS.indexOf(s);
  if (i >= 0) return i + 1;
  const m = /^([1-4])(?:st|nd|rd|th)$/.exec(s);
  return m ? Number(m[1]) : undefined;
}
export const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';

/** The direction a relative word points: "last"/"past"/"previous" back, "next"/"coming" on, "this" here. */
export function relationOf(word: string | undefined): 'last' | 'next' | 'this' | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  return /last|past|previous/.test(w) ? 'last' : /next|coming/.test(w) ? 'next' : 'this';
}
