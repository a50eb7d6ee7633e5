import { dayNumber, parseIsoDate } from '../schema/dates.js';
import type { TimeWindow } from './time-scale.js';

const DAY_MS = 86_400_000;

/** The narrowest window a reader can zoom to: closer than two days no date in the data says more. */
export const MIN_WINDOW_MS = 2 * DAY_MS;

/**
 * The window zoomed by `factor` (> 1 zooms in) about the moment `at`, which stays where it is on screen,
 * then kept within `limits` (the data's extent, with as much again either side to pan into) and never
 * narrower than `MIN_WINDOW_MS` or wider than the limits.
 */
export function zoomWindow(window: TimeWindow, factor: number, at: number, limits: TimeWindow): TimeWindow {
  const [t0, t1] = window;
  const span = clampSpan((t1 - t0) / factor, limits);
  const ratio = (at - t0) / Math.max(1, t1 - t0);
  const start = at - ratio * span;
  return keepInside([start, start + span], limits);
}

/** The window moved by `delta` milliseconds (positive: later), kept within `limits`. */
export function panWindow(window: TimeWindow, delta: number, limits: TimeWindow): TimeWindow {
  return keepInside([window[0] + delta, window[1] + delta], limits);
}

/** The room a reader may pan into around the data: the extent and as much again on each side. */
export function panLimits(extent: TimeWindow): TimeWindow {
  const span = extent[1] - extent[0];
  return [extent[0] - span, extent[1] + span];
}

function clampSpan(span: number, limits: TimeWindow): number {
  return Math.min(Math.max(span, MIN_WINDOW_MS), limits[1] - limits[0]);
}

function keepInside([start, end]: TimeWindow, limits: TimeWindow): TimeWindow {
  const span = clampSpan(end - start, limits);
  const from = Math.min(Math.max(start, limits[0]), limits[1] - span);
  return [from, from + span];
}

/** The window as the days it shows, `YYYY-MM-DD`, both inclusive: what `start` and `end` read as. */
export function windowToDays([start, end]: TimeWindow): [string, string] {
  const day = (ms: number) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  return [day(start), day(Math.max(start, end - 1))];
}

/**
 * The window for `start` and `end` as a page sets them (any ISO date: "2016", "2016-03", "2016-03-27"), from
 * the first day of `start` to the end of the last day of `end`; `undefined` when either is not a date.
 */
export function daysToWindow(start: string, end: string): TimeWindow | undefined {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (!a || !b) return undefined;
  const from = dayNumber(a, 'first') * DAY_MS;
  const to = (dayNumber(b, 'last') + 1) * DAY_MS;
  return to > from ? [from, to] : undefined;
}
