import { addDays, civilFromDays, dayNumberOf, dayPoint, isoWeekday, type Day } from '../point.js';
import { date, yearFor, type TimexRule } from '../rule.js';

// Holidays news dates events by. Fixed-date ones, the US holidays defined by a weekday of a month, and
// Easter (computus). Holidays of lunar calendars (Ramadan, Eid) move against the Gregorian year and are
// left out rather than guessed.

type HolidayDate = (year: number) => Day;

const fixed =
  (month: number, day: number): HolidayDate =>
  (year) => ({ year, month, day });

/** The n-th (1-based; -1 for the last) given ISO weekday of a month. */
const nthWeekday =
  (month: number, weekday: number, n: number): HolidayDate =>
  (year) => {
    if (n > 0) {
      const first = { year, month, day: 1 };
      return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
    }
    const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
    const last = addDays(next, -1);
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  };

/** Western Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const HOLIDAYS: ReadonlyArray<readonly [RegExp, HolidayDate]> = [
  [/^new year['’]?s eve$/i, fixed(12, 31)],
  [/^new year['’]?s(?: day)?$/i, fixed(1, 1)],
  [/^christmas eve$/i, fixed(12, 24)],
  [/^christmas(?: day)?$/i, fixed(12, 25)],
  [/^boxing day$/i, fixed(12, 26)],
  [/^valentine['’]?s day$/i, fixed(2, 14)],
  [/^independence day$|^the fourth of july$/i, fixed(7, 4)],
  [/^bastille day$/i, fixed(7, 14)],
  [/^halloween$/i, fixed(10, 31)],
  [/^veterans day$|^armistice day$/i, fixed(11, 11)],
  [/^thanksgiving(?: day)?$/i, nthWeekday(11, 4, 4)],
  [/^labor day$/i, nthWeekday(9, 1, 1)],
  [/^memorial day$/i, nthWeekday(5, 1, -1)],
  [/^martin luther king(?: jr\.?)? day$/i, nthWeekday(1, 1, 3)],
  [/^easter(?: sunday)?$/i, easter],
  // US federal elections: the Tuesday after the first Monday of November.
  [/^election day$/i, (y) => addDays(nthWeekday(11, 1, 1)(y), 1)],
  [/^good friday$/i, (y) => civilFromDays(dayNumberOf(easter(y)) - 2)],
];

export const holidayRules: TimexRule[] = [
  {
    name: 'holiday',
    pattern:
      /(?:\b(?<rel>last|this|next)\s+)?(?<h>New Year['’]?s Eve|New Year['’]?s(?: Day)?|Christmas Eve|Christmas(?: Day)?|Boxing Day|Valentine['’]?s Day|Independence Day|the Fourth of July|Bastille Day|Halloween|Veterans Day|Armistice Day|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Martin Luther King(?: Jr\.?)? Day|Easter(?: Sunday)?|Good Friday|Election Day)(?:,?\s+(?<y>\d{4}))?\b/,
    resolve: (m, ctx) => {
      // Holidays are proper names: a capital is required ("christmas" in lower case is rare and unsure).
      if (!/^[A-Zt]/.test(m.groups.h!)) return undefined;
      const holiday = HOLIDAYS.find(([re]) => re.test(m.groups.h!))?.[1];
      if (!holiday) return undefined;
      let year: number;
      if (m.groups.y) year = Number(m.groups.y);
      else {
        const rel = m.groups.rel?.toLowerCase();
        const thisYear = holiday(ctx.dct.year);
        const before = dayNumberOf(thisYear) < dayNumberOf(ctx.dct);
        if (rel === 'last') year = before ? ctx.dct.year : ctx.dct.year - 1;
        else if (rel === 'next') year = before ? ctx.dct.year + 1 : ctx.dct.year;
        else if (rel === 'this') year = ctx.dct.year;
        else {
          const d = holiday(ctx.dct.year);
          year = yearFor(ctx, d.month, d.day);
        }
      }
      return date(dayPoint(holiday(year)), m.groups.y ? 'none' : 'dct');
    },
  },
];
