import { daysFromCivil, daysInMonth } from '../../schema/dates.js';

/** How finely a time point is known. */
export type PointGranularity =
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'partOfDay'
  | 'minute';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

/**
 * A calendar point known to some granularity: the value side of a DATE or TIME timex. Components finer than
 * `granularity` are absent; for `week`, `year` is the ISO week-year.
 */
export interface TimePoint {
  granularity: PointGranularity;
  year: number;
  /** For `century`/`decade`: the first year of the span (1900, 1990). */
  month?: number;
  day?: number;
  week?: number;
  /** True on a week point meaning its weekend. */
  weekend?: boolean;
  quarter?: number;
  half?: number;
  season?: Season;
  partOfDay?: PartOfDay;
  hour?: number;
  minute?: number;
}

/** A calendar day, the finest unit we do arithmetic in. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function civilFromDays(n: number): Day {
  // Inverse of daysFromCivil (Howard Hinnant's civil_from_days).
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

export const dayNumberOf = (d: Day): number => daysFromCivil(d.year, d.month, d.day);

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function isoWeekday(d: Day): number {
  const n = dayNumberOf(d);
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week and week-year of a day. */
export function isoWeek(d: Day): { year: number; week: number } {
  const n = dayNumberOf(d);
  const thursday = civilFromDays(n - isoWeekday(d) + 4);
  const jan1 = daysFromCivil(thursday.year, 1, 1);
  return { year: thursday.year, week: Math.floor((dayNumberOf(thursday) - jan1) / 7) + 1 };
}

/** The Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): Day {
  const jan4 = { year, month: 1, day: 4 };
  const n = dayNumberOf(jan4) - (isoWeekday(jan4) - 1) + (week - 1) * 7;
  return civilFromDays(n);
}

export function dayPoint(d: Day): TimePoint {
  return { granularity: 'day', year: d.year, month: d.month, day: d.day };
}

export function addDays(d: Day, n: number): Day {
  return civilFromDays(dayNumberOf(d) + n);
}

/** Adds months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: Day, n: number): Day {
  const total = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function yearText(y: number): string {
  return y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
}

/** The TIMEX3 value of a point: `2015-11-02`, `2016-03`, `2015-W44`, `2016-SU`, `2015-Q3`, `199`, `19`... */
export function formatPoint(p: TimePoint): string {
  const y = yearText(p.year);
  switch (p.granularity) {
    case 'century':
      return yearText(p.year).slice(0, -2);
    case 'decade':
      return yearText(p.year).slice(0, -1);
    case 'year':
      return y;
    case 'half':
      return `${y}-H${p.half}`;
    case 'quarter':
      return `${y}-Q${p.quarter}`;
    case 'season':
      return `${y}-${p.season}`;
    case 'month':
      return `${y}-${pad(p.month!)}`;
    case 'week':
      return `${y}-W${pad(p.week!)}${p.weekend ? '-WE' : ''}`;
    case 'day':
      return `${y}-${pad(p.month!)}-${pad(p.day!)}`;
    case 'partOfDay':
      return `${y}-${pad(p.month!)}-${pad(p.day!)}T${p.partOfDay}`;
    case 'minute':
      return `${y}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute ?? 0)}`;
  }
}

/** A representative day inside the point, for arithmetic across granularities. */
export function representativeDay(p: TimePoint): Day {
  switch (p.granularity) {
    case 'day':
    case 'partOfDay':
    case 'minute':
      return { year: p.year, month: p.month!, day: p.day! };
    case 'week':
      return mondayOfIsoWeek(p.year, p.week!);
    case 'month':
      return { year: p.year, month: p.month!, day: 1 };
    case 'quarter':
      return { year: p.year, month: (p.quarter! - 1) * 3 + 1, day: 1 };
    case 'half':
      return { year: p.year, month: (p.half! - 1) * 6 + 1, day: 1 };
    case 'season':
      return { year: p.year, month: { SP: 3, SU: 6, FA: 9, WI: 12 }[p.season!], day: 1 };
    default:
      return { year: p.year, month: 1, day: 1 };
  }
}

/** Re-expresses a day at a granularity. */
export function pointAt(d: Day, granularity: PointGranularity, like?: TimePoint): TimePoint {
  switch (granularity) {
    case 'century':
      return { granularity, year: Math.floor(d.year / 100) * 100 };
    case 'decade':
      return { granularity, year: Math.floor(d.year / 10) * 10 };
    case 'year':
      return { granularity, year: d.year };
    case 'half':
      return { granularity, year: d.year, half: d.month <= 6 ? 1 : 2 };
    case 'quarter':
      return { granularity, year: d.year, quarter: Math.floor((d.month - 1) / 3) + 1 };
    case 'season':
      return { granularity, year: d.year, season: like?.season ?? seasonOf(d.month) };
    case 'month':
      return { granularity, year: d.year, month: d.month };
    case 'week': {
      const w = isoWeek(d);
      return { granularity, year: w.year, week: w.week, ...(like?.weekend ? { weekend: true } : {}) };
    }
    case 'day':
      return dayPoint(d);
    case 'partOfDay':
      return { ...dayPoint(d), granularity, partOfDay: like?.partOfDay ?? 'DT' };
    case 'minute':
      return { ...dayPoint(d), granularity, hour: like?.hour ?? 0, minute: like?.minute ?? 0 };
  }
}

function seasonOf(month: number): Season {
  return month >= 3 && month <= 5
    ? 'SP'
    : month >= 6 && month <= 8
      ? 'SU'
      : month >= 9 && month <= 11
        ? 'FA'
        : 'WI';
}

export type Unit =
  'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century';

/** TIMEX3 duration letters per unit, with how many of the base unit one unit is. */
export const DURATION_UNIT: Record<Unit, { letter: string; time?: boolean; times: number }> = {
  minute: { letter: 'M', time: true, times: 1 },
  hour: { letter: 'H', time: true, times: 1 },
  day: { letter: 'D', times: 1 },
  week: { letter: 'W', times: 1 },
  month: { letter: 'M', times: 1 },
  quarter: { letter: 'Q', times: 1 },
  season: { letter: 'M', times: 3 },
  year: { letter: 'Y', times: 1 },
  decade: { letter: 'Y', times: 10 },
  century: { letter: 'Y', times: 100 },
};

/** `P2D`, `PT5H`, `P20Y` (two decades), `PXY` (an unknown number of years). */
export function formatDuration(amount: number | 'X', unit: Unit): string {
  const u = DURATION_UNIT[unit];
  const half = HALF_UNIT[unit];
  // "5 1/2 hours" is PT5H30M: a half unit written in the next smaller unit, as TIMEX3 values are.
  if (typeof amount === 'number' && half && amount % 1 === 0.5) {
    const whole = Math.floor(amount) * u.times;
    const time = u.time || half.time;
    const head = whole ? `${whole}${u.letter}` : '';
    return `P${u.time ? 'T' : ''}${head}${time && !u.time ? 'T' : ''}${half.value}`;
  }
  const n = amount === 'X' ? 'X' : String(Number((amount * u.times).toFixed(4)));
  return `P${u.time ? 'T' : ''}${n}${u.letter}`;
}

const HALF_UNIT: Partial<Record<Unit, { value: string; time?: boolean }>> = {
  year: { value: '6M' },
  month: { value: '15D' },
  week: { value: '3DT12H' },
  day: { value: '12H', time: true },
  hour: { value: '30M', time: true },
  minute: { value: '30S', time: true },
};

/**
 * Moves a point by `n` units, keeping its granularity: 2016-03 plus eight months is 2016-11, 1989-Q3 minus
 * a year is 1988-Q3, 2015-11-02 plus two days is 2015-11-04. A shift finer than the point (days from a
 * month) moves a representative day and reads the result back at the point's granularity.
 */
export function shiftPoint(p: TimePoint, n: number, unit: Unit): TimePoint {
  if (p.granularity === 'century' || p.granularity === 'decade') {
    const years = unit === 'century' ? 100 * n : unit === 'decade' ? 10 * n : unit === 'year' ? n : 0;
    return { ...p, year: p.year + years };
  }
  const d = representativeDay(p);
  let moved: Day;
  switch (unit) {
    case 'minute':
    case 'hour':
      moved = d;
      break;
    case 'day':
      moved = addDays(d, n);
      break;
    case 'week':
      moved = addDays(d, 7 * n);
      break;
    case 'month':
      moved = addMonths(d, n);
      break;
    case 'quarter':
    case 'season':
      moved = addMonths(d, 3 * n);
      break;
    case 'year':
      moved = addMonths(d, 12 * n);
      break;
    case 'decade':
      moved = addMonths(d, 120 * n);
      break;
    case 'century':
      moved = addMonths(d, 1200 * n);
      break;
  }
  return pointAt(moved, p.granularity, p);
}
