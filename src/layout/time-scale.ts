import { utcMonth, utcTicks, utcYear } from 'd3-time';

/** A window of time in UTC milliseconds, `[start, end)`. */
export type TimeWindow = readonly [start: number, end: number];

/**
 * A linear map from time to pixels. Written here rather than taken from d3-scale: `scaleUtc` brings
 * d3-interpolate, d3-format and d3-time-format (13 KB gzip, a third of the bundle budget) for what is one
 * multiplication, and its English tick labels would ignore the element's `locale`. The tick positions come
 * from d3-time, which is where d3-scale gets them too.
 */
export interface TimeScale {
  readonly window: TimeWindow;
  /** Pixels at `window[0]` and `window[1]`. */
  readonly range: readonly [number, number];
  (time: number): number;
  invert(pixel: number): number;
}

export function timeScale(window: TimeWindow, range: readonly [number, number]): TimeScale {
  const [t0, t1] = window;
  const [r0, r1] = range;
  const span = Math.max(1, t1 - t0);
  // Multiply before dividing, so that the window's ends land exactly on the range's.
  const scale = ((time: number) => r0 + ((time - t0) * (r1 - r0)) / span) as TimeScale;
  scale.invert = (pixel: number) => t0 + ((pixel - r0) * span) / (r1 - r0 || 1);
  Object.assign(scale, { window, range });
  return scale;
}

export interface Tick {
  time: number;
  /** Position along the time axis, in pixels. */
  at: number;
  label: string;
  /** A tick that starts a larger unit (a year among months): drawn stronger, labelled in full. */
  major: boolean;
}

/**
 * About `count` ticks at round dates inside the window (d3-time picks the step: days, weeks, months,
 * quarters, years, decades), labelled with Intl in the reader's `locale`, saying no more than the step
 * needs: "2016" for years, "Mar" for months (with the year on January, or on the first tick), "5 Mar" for days.
 */
export function timeTicks(scale: TimeScale, count: number, locale = 'en'): Tick[] {
  const [t0, t1] = scale.window;
  const start = new Date(t0);
  const times = utcTicks(start, new Date(t1), Math.max(1, count));
  const unit = unitOf(times, scale.window);
  return times.map((date, i) => {
    const time = date.getTime();
    const major =
      unit === 'year' || (unit === 'month' ? +utcYear.floor(date) === time : +utcMonth.floor(date) === time);
    const first = i === 0;
    return { time, at: scale(time), label: tickLabel(date, unit, major || first, locale), major };
  });
}

type TickUnit = 'year' | 'month' | 'day';

/** The unit the ticks step by: two consecutive ticks say it; a lone tick goes by the window's length. */
function unitOf(times: readonly Date[], window: TimeWindow): TickUnit {
  const gap = times.length >= 2 ? +times[1]! - +times[0]! : (window[1] - window[0]) / 2;
  return gap >= 360 * DAY ? 'year' : gap >= 28 * DAY ? 'month' : 'day';
}

const DAY = 86_400_000;

const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and shape: constructing Intl formatters is the slow part of formatting. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = FORMATS.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    } catch {
      // An invalid locale tag from an attribute falls back to the default rather than breaking the chart.
      f = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', ...options });
    }
    FORMATS.set(key, f);
  }
  return f;
}

/**
 * Builds every formatter the ticks use in `locale`, for a page to do ahead of its first axis (a page's
 * first Intl.DateTimeFormat loads the locale's data: 24 ms here).
 */
export function prepareTickFormats(locale: string): void {
  const date = new Date(0);
  for (const unit of ['year', 'month', 'day'] as const)
    for (const full of [false, true]) tickLabel(date, unit, full, locale);
}

function tickLabel(date: Date, unit: TickUnit, full: boolean, locale: string): string {
  if (unit === 'year') return formatter(locale, { year: 'numeric' }).format(date);
  if (unit === 'month')
    return formatter(locale, full ? { month: 'short', year: 'numeric' } : { month: 'short' }).format(date);
  return formatter(
    locale,
    full ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' },
  ).format(date);
}
