import { formatIsoDate } from '../schema/dates.js';
import type { DatePrecision, EventDate } from '../schema/types.js';
import { addDays, mondayOfIsoWeek } from './timex/point.js';
import type { Timex } from './timex/types.js';

const SEASON_MONTHS: Record<string, [number, number, number]> = {
  // [first month, last month, year offset of the last month]: winter runs from December into the next year.
  SP: [3, 5, 0],
  SU: [6, 8, 0],
  FA: [9, 11, 0],
  WI: [12, 2, 1],
};

/**
 * The event date a DATE or TIME timex stands for, at the precision the text gave: a week is the run of its
 * seven days, a quarter or a season its months, a decade its years. `undefined` for values with no place on
 * a calendar (PAST_REF, XXXX-...), durations and sets.
 */
export function eventDateOf(timex: Timex, reference: string): EventDate | undefined {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return undefined;
  const v = timex.value;
  const span = (start: string, end: string | undefined, precision: DatePrecision): EventDate => ({
    start,
    ...(end !== undefined && end !== start ? { end } : {}),
    precision,
    approximate: timex.reference === 'anchor' || timex.mod === 'APPROX',
    derivation: {
      method: timex.reference === 'anchor' ? 'anchored' : timex.reference === 'dct' ? 'relative' : 'explicit',
      text: timex.text,
      ...(timex.reference === 'dct' ? { reference } : {}),
    },
  });
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(v))) return span(m[1]!, undefined, 'day');
  if (/^\d{4}-\d{2}$/.test(v) || /^\d{4}$/.test(v))
    return span(v, undefined, v.length === 4 ? 'year' : 'month');
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    const first = m[3] ? addDays(monday, 5) : monday;
    return span(formatIsoDate(first), formatIsoDate(addDays(monday, 6)), 'week');
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const q = Number(m[2]);
    return span(
      formatIsoDate({ year: Number(m[1]), month: q * 3 - 2 }),
      formatIsoDate({ year: Number(m[1]), month: q * 3 }),
      'quarter',
    );
  }
  if ((m = /^(\d{4})-H([12])$/.exec(v))) {
    const h = Number(m[2]);
    return span(
      formatIsoDate({ year: Number(m[1]), month: h * 6 - 5 }),
      formatIsoDate({ year: Number(m[1]), month: h * 6 }),
      'month',
    );
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) {
    const [first, last, offset] = SEASON_MONTHS[m[2]!]!;
    const year = Number(m[1]);
    return span(
      formatIsoDate({ year, month: first }),
      formatIsoDate({ year: year + offset, month: last }),
      'season',
    );
  }
  if ((m = /^(\d{3})$/.exec(v))) return span(`${m[1]}0`, `${m[1]}9`, 'decade');
  if ((m = /^(\d{2})$/.exec(v))) return span(`${m[1]}00`, `${m[1]}99`, 'century');
  return undefined;
}
