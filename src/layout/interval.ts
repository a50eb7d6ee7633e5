import { dayNumber, parseIsoDate } from '../schema/dates.js';
import type { EventDate } from '../schema/types.js';

const DAY_MS = 86_400_000;

/**
 * The stretch of time a date covers, in UTC milliseconds, end exclusive. A day covers 24 hours, a month its
 * whole month: drawing a month as a point on its first day would claim a precision the text never gave.
 */
export interface TimeInterval {
  start: number;
  end: number;
  /** True when the text gave no lower bound: `start` is then `end` minus one unit of precision. */
  openStart: boolean;
  /** True when the text gave no upper bound: `end` is then `start` plus one unit of precision. */
  openEnd: boolean;
}

/** The interval an event date covers, or `undefined` for an undated event or an unreadable date. */
export function dateInterval(date: EventDate | null): TimeInterval | undefined {
  if (!date) return undefined;
  const first = date.start === null ? undefined : parseIsoDate(date.start);
  const lastRaw = date.end === undefined ? date.start : date.end;
  const last = lastRaw === null ? undefined : parseIsoDate(lastRaw);
  if (!first && !last) return undefined;
  const startDay = first ? dayNumber(first, 'first') : dayNumber(last!, 'first');
  const endDay = last ? dayNumber(last, 'last') + 1 : dayNumber(first!, 'last') + 1;
  return {
    start: startDay * DAY_MS,
    end: Math.max(endDay, startDay + 1) * DAY_MS,
    openStart: date.start === null,
    openEnd: date.end === null,
  };
}
