import type { DatePrecision, IsoDate } from './types.js';

/** How finely an `IsoDate` string is written. */
export type Granularity = 'year' | 'month' | 'day';

/** Shared between callers (see `parseIsoDate`'s memo), hence read-only. */
export interface ParsedIsoDate {
  /** Astronomical year: 0 is 1 BCE, -43 is 44 BCE. */
  readonly year: number;
  /** 1-12, when written. */
  readonly month?: number;
  /** 1-31, when written. */
  readonly day?: number;
  readonly granularity: Granularity;
}

const ISO_DATE = /^([+-]\d{4,}|\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads a partial ISO 8601 date, or returns `undefined` when it is malformed or names a day that does not
 * exist (2015-02-29). Hand-written because neither `Date` (no partial dates, local-time traps, two-digit years
 * mapped to 19xx) nor the date libraries we looked at keep a month-only or BCE date as such.
 */
export function parseIsoDate(value: string): ParsedIsoDate | undefined {
  let parsed = parsedDates.get(value);
  if (parsed === undefined) {
    if (parsedDates.size >= MEMO_SIZE) parsedDates.clear();
    parsed = readIsoDate(value) ?? null;
    parsedDates.set(value, parsed);
  }
  return parsed ?? undefined;
}

// A timeline repeats its dates (a year of a war's thousands of events falls on a few hundred days), and the
// element reads each date twice on the way to its first frame (validation, then layout): with this memo, a
// repeat or a second read is one lookup. Bounded, so a long-lived page reading many timelines stays small.
const parsedDates = new Map<string, ParsedIsoDate | null>();
const MEMO_SIZE = 50_000;

function readIsoDate(value: string): ParsedIsoDate | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const year = Number(y);
  // ISO 8601 has no negative zero, and a five-digit year must be signed to be unambiguous.
  if (y === '-0000' || (/^\d{5,}$/.test(y!) && !y!.startsWith('+'))) return undefined;
  if (mo === undefined) return { year, granularity: 'year' };
  const month = Number(mo);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { year, month, granularity: 'month' };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, granularity: 'day' };
}

const ORDER: Record<Granularity, number> = { year: 0, month: 1, day: 2 };

/** The granularity an `IsoDate` must be written at, at least, for a date of this precision. */
export function granularityOf(precision: DatePrecision): Granularity {
  switch (precision) {
    case 'day':
    case 'week':
      return 'day';
    case 'month':
    case 'season':
    case 'quarter':
      return 'month';
    case 'year':
    case 'decade':
    case 'century':
      return 'year';
  }
}

export function isAtLeastAsFine(a: Granularity, b: Granularity): boolean {
  return ORDER[a] >= ORDER[b];
}

/**
 * Days since 1970-01-01 of the first (or last) day the date covers, proleptic Gregorian, no time zone.
 * Used for ordering and for layout; works for any year.
 */
export function dayNumber(date: ParsedIsoDate, edge: 'first' | 'last' = 'first'): number {
  const month = date.month ?? (edge === 'first' ? 1 : 12);
  const day = date.day ?? (edge === 'first' ? 1 : daysInMonth(date.year, month));
  return daysFromCivil(date.year, month, day);
}

/** Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date, unlike `Date` near year 0. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Formats an astronomical year as ISO 8601 does: four digits, a sign when negative or past 9999. */
export function formatIsoYear(year: number): string {
  if (year < 0) return `-${String(-year).padStart(4, '0')}`;
  if (year > 9999) return `+${year}`;
  return String(year).padStart(4, '0');
}

export function formatIsoDate(date: Omit<ParsedIsoDate, 'granularity'>): IsoDate {
  let s = formatIsoYear(date.year);
  if (date.month !== undefined) s += `-${String(date.month).padStart(2, '0')}`;
  if (date.month !== undefined && date.day !== undefined) s += `-${String(date.day).padStart(2, '0')}`;
  return s;
}
