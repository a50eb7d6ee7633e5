import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { EventType, Timeline, TimelineEvent } from '../schema/types.js';
import { dateInterval, type TimeInterval } from './interval.js';

/** How a mark is drawn, following what the date really says. */
export type MarkKind = 'point' | 'span';

export interface EventMark {
  event: TimelineEvent;
  interval: TimeInterval;
  kind: MarkKind;
  /** Left edge (or centre of a point), in pixels from the plot's left. */
  x: number;
  /** Right edge; equals `x` for a point. */
  x2: number;
  /** 0-based row; marks in the same row never overlap. */
  lane: number;
  type: EventType;
}

export interface TimelineLayout {
  scale: ScaleTime<number, number>;
  marks: EventMark[];
  /** Events with no date: listed, not placed. */
  undated: TimelineEvent[];
  lanes: number;
}

export interface LayoutOptions {
  /** Plot width in pixels. */
  width: number;
  /** The visible window, UTC ms; defaults to all dated events with a little room either side. */
  domain?: [number, number];
  /** Narrower than this, a span is drawn as a point (pixels). Default 6. */
  minSpanWidth?: number;
  /** Horizontal room a point needs so that its neighbour in the lane stays legible (pixels). Default 14. */
  pointWidth?: number;
}

/**
 * Places every dated event on a UTC time scale and packs them into lanes so that no two marks in a lane
 * overlap. Pure: the element calls it with its measured width.
 */
export function layoutTimeline(timeline: Pick<Timeline, 'events'>, options: LayoutOptions): TimelineLayout {
  const { width, minSpanWidth = 6, pointWidth = 14 } = options;
  const dated: { event: TimelineEvent; interval: TimeInterval }[] = [];
  const undated: TimelineEvent[] = [];
  for (const event of timeline.events) {
    const interval = dateInterval(event.date);
    if (interval) dated.push({ event, interval });
    else undated.push(event);
  }
  const domain = options.domain ?? paddedExtent(dated.map((d) => d.interval));
  const scale = scaleUtc()
    .domain(domain)
    .range([0, Math.max(1, width)]);

  dated.sort((a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end);
  const laneEnds: number[] = [];
  const marks = dated.map(({ event, interval }): EventMark => {
    const x0 = scale(interval.start);
    const x1 = scale(interval.end);
    const isPoint =
      event.date?.precision === 'day' &&
      !interval.openStart &&
      !interval.openEnd &&
      event.date.end === undefined;
    const kind: MarkKind = isPoint || x1 - x0 < minSpanWidth ? 'point' : 'span';
    const x = kind === 'point' ? (x0 + x1) / 2 : x0;
    const x2 = kind === 'point' ? x : x1;
    const left = kind === 'point' ? x - pointWidth / 2 : x;
    const right = kind === 'point' ? x + pointWidth / 2 : x2;
    // First fit: linear in events times lanes, and lanes stay few because each holds a run of time.
    let lane = laneEnds.findIndex((end) => end <= left);
    if (lane < 0) lane = laneEnds.push(right) - 1;
    else laneEnds[lane] = right;
    return { event, interval, kind, x, x2, lane, type: event.type };
  });
  return { scale, marks, undated, lanes: laneEnds.length };
}

const YEAR_MS = 365.2425 * 86_400_000;

function paddedExtent(intervals: TimeInterval[]): [number, number] {
  if (intervals.length === 0) {
    // Nothing dated: an arbitrary, fixed year rather than the clock, so empty renders are reproducible.
    return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of intervals) {
    lo = Math.min(lo, i.start);
    hi = Math.max(hi, i.end);
  }
  const pad = Math.max((hi - lo) * 0.04, YEAR_MS / 365);
  return [lo - pad, hi + pad];
}
