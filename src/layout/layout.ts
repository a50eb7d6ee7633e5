import type { Timeline, TimelineEvent } from '../schema/types.js';
import { typeFamily, type TypeFamily } from './format.js';
import { dateInterval, type TimeInterval } from './interval.js';
import { timeScale, type TimeScale, type TimeWindow } from './time-scale.js';

/**
 * How a date is drawn, following what the text really said:
 * - `point`: one day.
 * - `bracket`: one week, month, season, year... (the event is somewhere in it, not all over it).
 * - `bar`: a range from a first to a last date ("over the last two days").
 * - `open-start` / `open-end`: a range with only one bound ("by 31 May 2017", "since 2015").
 */
export type MarkKind = 'point' | 'bracket' | 'bar' | 'open-start' | 'open-end';

/** A dated event, measured once per timeline so that every frame of a zoom only filters and packs. */
export interface PreparedEvent {
  event: TimelineEvent;
  /** Position in date order. */
  index: number;
  interval: TimeInterval;
  kind: MarkKind;
  family: TypeFamily;
}

export interface PreparedTimeline {
  /** Dated events in date order (start, then end, then id). */
  events: PreparedEvent[];
  /** Events with no date: listed, never placed. */
  undated: TimelineEvent[];
  /** All dated events with a little room either side. */
  extent: TimeWindow;
  byId: ReadonlyMap<string, PreparedEvent>;
  /**
   * The latest end among `events[0..i]`: it only grows, so a binary search finds the first event that can
   * reach into a window, and a zoomed-in frame skips the events before it without looking at them.
   */
  latestEnd: Float64Array;
}

export function prepareTimeline(timeline: Pick<Timeline, 'events'>): PreparedTimeline {
  const events: PreparedEvent[] = [];
  const undated: TimelineEvent[] = [];
  for (const event of timeline.events) {
    const interval = dateInterval(event.date);
    if (!interval || !event.date) {
      undated.push(event);
      continue;
    }
    const { date } = event;
    const kind: MarkKind = interval.openStart
      ? 'open-start'
      : interval.openEnd
        ? 'open-end'
        : date.end !== undefined && date.end !== date.start
          ? 'bar'
          : date.precision === 'day'
            ? 'point'
            : 'bracket';
    events.push({ event, index: 0, interval, kind, family: typeFamily(event.type) });
  }
  events.sort(
    (a, b) =>
      a.interval.start - b.interval.start ||
      a.interval.end - b.interval.end ||
      (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  );
  const latestEnd = new Float64Array(events.length);
  let latest = -Infinity;
  events.forEach((e, i) => {
    e.index = i;
    latest = Math.max(latest, e.interval.end);
    latestEnd[i] = latest;
  });
  return {
    events,
    undated,
    extent: paddedExtent(events),
    byId: new Map(events.map((e) => [e.event.id, e])),
    latestEnd,
  };
}

/** What the lanes stand for. */
export type GroupBy = 'none' | 'type' | 'actor' | 'place';

export interface Group {
  key: string;
  label: string;
}

/**
 * The lanes for `groupBy`, from all events (not only the visible ones, so lanes do not come and go while
 * the reader zooms), the largest first; events with nothing to group by last.
 */
export function groupsOf(prepared: PreparedTimeline, groupBy: GroupBy): Group[] {
  if (groupBy === 'none') return [{ key: '', label: '' }];
  const counts = new Map<string, number>();
  for (const e of prepared.events) {
    const key = groupKey(e, groupBy);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, n], [b, m]) => (a === '' ? 1 : b === '' ? -1 : m - n || a.localeCompare(b)))
    .map(([key]) => ({ key, label: key || NO_GROUP[groupBy] }));
}

const NO_GROUP: Record<Exclude<GroupBy, 'none'>, string> = {
  type: 'other',
  actor: 'No actor named',
  place: 'No place named',
};

/** The lane an event belongs to: its type's family, its first actor, or its governorate (else place). */
export function groupKey(e: PreparedEvent, groupBy: GroupBy): string {
  if (groupBy === 'type') return e.family;
  if (groupBy === 'actor') return e.event.actors[0] ?? '';
  if (groupBy === 'place') {
    const l = e.event.location;
    return l ? (l.admin1 ?? l.name) : '';
  }
  return '';
}

export interface ViewOptions {
  /** Pixels along the time axis. */
  length: number;
  window: TimeWindow;
  groupBy?: GroupBy;
  /** The lanes, as `groupsOf` gives them for `groupBy`; computed when left out. */
  groups?: readonly Group[];
  /** Families the reader has filtered out. */
  hidden?: ReadonlySet<TypeFamily>;
  /** Events always drawn on their own, never folded into a cluster (the focused and the selected one). */
  keep?: ReadonlySet<string>;
  /** Rows each lane has for single marks; what does not fit goes to the lane's cluster row. Default 3. */
  rows?: number;
  /** Room a point takes along the time axis, in pixels. Default 14. */
  pointSize?: number;
  /**
   * Where labels go: `along` the time axis after their mark, only where the row is free up to the next
   * mark (a horizontal chart); `across` it, beside every mark (a vertical chart). Default `along`.
   */
  labels?: 'along' | 'across';
  /** Pixels one character of a label takes along the time axis. Default 6.5. */
  charWidth?: number;
  /**
   * Where spans (brackets, bars, open ranges) go: `inline` in their row, which they then take up to their end;
   * or in a `gutter` beside the row, so that a long span does not push every event inside it out of a
   * narrow chart's only row. Default `inline`.
   */
  spans?: 'inline' | 'gutter';
}

export interface Mark {
  item: PreparedEvent;
  /** Pixels along the time axis; equal for a point. */
  from: number;
  to: number;
  group: number;
  row: number;
  /** With spans in a gutter, the gutter track the span is drawn in (0 nearest the marks); else 0. */
  track: number;
  /** The label text shown (the title, shortened to fit), or '' for none. */
  label: string;
}

/** Events that did not fit in their lane's rows, drawn as one mark with their count. */
export interface Cluster {
  items: PreparedEvent[];
  from: number;
  to: number;
  group: number;
}

export interface ViewLayout {
  scale: TimeScale;
  groups: readonly Group[];
  /** Rows of single marks per lane; each lane has one more row for its clusters (and lone events that did
   * not fit, drawn there as marks with `row` equal to `rows`). */
  rows: number;
  marks: Mark[];
  clusters: Cluster[];
  /** Dated events in the window and not filtered out: marks plus clustered ones. */
  visible: number;
}

/**
 * One frame of the chart: the events inside the window, packed into rows per lane so that no two marks (or
 * a mark and a label) overlap, and what does not fit folded into clusters with counts. One pass over the
 * events that can reach into the window (a binary search skips those that end before it), so zooming 10,000
 * events costs a few milliseconds here, and the number of marks drawn is bounded by the chart's size, not by
 * the data.
 */
export function layoutView(prepared: PreparedTimeline, options: ViewOptions): ViewLayout {
  const {
    length,
    window,
    groupBy = 'none',
    hidden,
    keep,
    rows = 3,
    pointSize = 14,
    labels = 'along',
    charWidth = 6.5,
    spans = 'inline',
  } = options;
  const groups = options.groups ?? groupsOf(prepared, groupBy);
  const scale = timeScale(window, [0, length]);
  const laneOf = new Map(groups.map((g, i) => [g.key, i]));
  // Per lane and row, where the row is taken up to, and the last mark in it (whose label may grow).
  const rowEnds = groups.map(() => new Array<number>(rows).fill(-Infinity));
  const rowLast = groups.map(() => new Array<Mark | undefined>(rows));
  const trackEnds = groups.map(() => new Array<number>(SPAN_TRACKS).fill(-Infinity));
  const marks: Mark[] = [];
  // Clusters with the ends of their bin, in the order they were opened; per lane, by bin number.
  const binned: BinnedCluster[] = [];
  const openBins = groups.map(() => new Map<number, BinnedCluster>());
  const binMs = clusterBin(window, length);
  const half = pointSize / 2;
  /** Where a mark goes along the axis: a point (a day, or anything narrower than a point) at its centre, a
   * span from its start to its end. */
  const place = (item: PreparedEvent) => {
    const x0 = scale(item.interval.start);
    const x1 = scale(item.interval.end);
    const point = item.kind === 'point' || x1 - x0 < pointSize;
    const from = point ? (x0 + x1) / 2 : x0;
    return { point, from, to: point ? from : x1 };
  };
  // Inline spans keep to the top rows and points to the others while those have room: otherwise a few long
  // periods (a year, a decade, "since 2015"), each taking its row to its end, leave no row for the events
  // inside them, and a zoomed-out chart of thousands shows a handful of marks and one big cluster.
  const spanRows = spans === 'inline' && rows > 1 ? Math.max(1, Math.floor(rows / 3)) : 0;
  let visible = 0;

  const { events, latestEnd } = prepared;
  for (let i = firstReaching(latestEnd, window[0]); i < events.length; i++) {
    const item = events[i]!;
    const { interval } = item;
    // In start order: once one starts after the window, all the rest do.
    if (interval.start > window[1]) break;
    if (interval.end < window[0]) continue;
    if (hidden?.has(item.family)) continue;
    const group = laneOf.get(groupKey(item, groupBy)) ?? 0;
    visible++;
    const { point, from, to } = place(item);
    // Every mark's symbol is centred on its start; an open range trails off towards its open side, and that
    // trail takes room in the row too. With spans in a gutter, a mark takes only its symbol's room.
    const gutter = spans === 'gutter';
    const left = from - (item.kind === 'open-start' && !gutter ? Math.max(half, OPEN_TAIL) : half);
    const right = gutter
      ? from + half
      : (point ? from + half : Math.max(to, from + pointSize)) + (item.kind === 'open-end' ? OPEN_TAIL : 0);
    const ends = rowEnds[group]!;
    const row =
      spanRows > 0
        ? freeRow(ends, left, spanRows, !point || isOpen(item.kind))
        : ends.findIndex((end) => end <= left);
    // In a gutter, spans stack side by side in tracks of their own, so that two never draw as one.
    const spanned = gutter && (!point || isOpen(item.kind));
    const tracks = trackEnds[group]!;
    const trackFrom = from - (item.kind === 'open-start' ? OPEN_TAIL : 0);
    const track = spanned ? tracks.findIndex((end) => end <= trackFrom) : 0;
    if ((row < 0 || track < 0) && !keep?.has(item.event.id)) {
      // Clusters gather by stretches of time (bins), so that their counts say where the events are dense.
      const at = left + half;
      const bin = Math.floor(scale.invert(at) / binMs);
      // Points sit at their middle, so a later start can still fall in an earlier bin.
      const open = openBins[group]!.get(bin);
      if (open) {
        open.cluster.items.push(item);
        open.cluster.to = Math.max(open.cluster.to, right - half);
        open.cluster.from = Math.min(open.cluster.from, at);
      } else {
        const cluster: Cluster = { items: [item], from: at, to: right - half, group };
        const opened = { cluster, lo: scale(bin * binMs), hi: scale((bin + 1) * binMs) };
        binned.push(opened);
        openBins[group]!.set(bin, opened);
      }
      continue;
    }
    const at = row < 0 ? rows - 1 : row;
    const mark: Mark = { item, from, to, group, row: at, track: Math.max(0, track), label: '' };
    if (spanned) tracks[mark.track] = to + (item.kind === 'open-end' ? OPEN_TAIL : 0) + 2;
    // The previous mark of this row gets a label as long as the room up to this one allows.
    const previous = rowLast[group]![at];
    if (labels === 'along' && previous) previous.label = fit(previous, left, charWidth, half);
    ends[at] = Math.max(ends[at]!, right);
    rowLast[group]![at] = mark;
    if (labels === 'across') mark.label = mark.item.event.title;
    marks.push(mark);
  }
  if (labels === 'along')
    for (const lane of rowLast)
      for (const last of lane) if (last) last.label = fit(last, length, charWidth, half);
  // A "cluster" of one event is that event, drawn in the cluster row without a label: a count of 1 says less.
  // Not a span whose room a gutter would have given: in the cluster row it would run over the clusters.
  // Each cluster's pill (reaching CLUSTER_RADIUS past its ends) is kept inside its bin, a pixel from either
  // edge, so that the pills of neighbouring bins never touch.
  const folded: Cluster[] = [];
  for (const { cluster: c, lo, hi } of binned) {
    const item = c.items[0]!;
    const { point, from, to } = place(item);
    const fits =
      from - (item.kind === 'open-start' ? OPEN_TAIL : half) >= lo + 1 &&
      Math.max(from, to) + (item.kind === 'open-end' ? OPEN_TAIL : half) <= hi - 1;
    if (c.items.length > 1 || !fits || (spans === 'gutter' && (!point || isOpen(item.kind)))) {
      c.from = Math.min(Math.max(c.from, lo + CLUSTER_RADIUS + 1), hi - CLUSTER_RADIUS - 1);
      c.to = Math.min(Math.max(c.to, c.from), hi - CLUSTER_RADIUS - 1);
      folded.push(c);
    } else marks.push({ item, from, to, group: c.group, row: rows, track: 0, label: '' });
  }
  marks.sort((a, b) => a.item.index - b.item.index);
  folded.sort((a, b) => a.group - b.group || a.from - b.from);
  return { scale, groups, rows, marks, clusters: folded, visible };
}

/** The first index whose running latest end reaches `time`; `latestEnd.length` when none does. */
function firstReaching(latestEnd: Float64Array, time: number): number {
  let lo = 0;
  let hi = latestEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (latestEnd[mid]! < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first row free at `left`: a span looks only in the first `spanRows` rows; a point first in the others,
 * then in those. -1 when none is free.
 */
function freeRow(ends: readonly number[], left: number, spanRows: number, span: boolean): number {
  const first = span ? 0 : spanRows;
  const last = span ? spanRows : ends.length;
  for (let r = first; r < last; r++) if (ends[r]! <= left) return r;
  if (!span) for (let r = 0; r < spanRows; r++) if (ends[r]! <= left) return r;
  return -1;
}

/** The title shortened to the room between a mark and the next thing in its row; '' when under 4 letters fit. */
function fit(mark: Mark, limit: number, charWidth: number, half: number): string {
  // Where the element draws the label: after a point's symbol, or after a span's end (and its trail).
  const start =
    mark.to + (mark.from === mark.to ? half + 4 : 10) + (mark.item.kind === 'open-end' ? OPEN_TAIL : 0);
  const room = Math.floor((limit - start - 6) / charWidth);
  const title = mark.item.event.title;
  if (room >= title.length) return title;
  return room < 4 ? '' : `${title.slice(0, room - 1).trimEnd()}…`;
}

const DAY_MS = 86_400_000;

function isOpen(kind: MarkKind): boolean {
  return kind === 'open-start' || kind === 'open-end';
}

/**
 * Pixels of the faint trail drawn on the open side of an open range ("by 31 May 2017" trails off into the
 * past): a fixed length, because the text gives no length to draw.
 */
export const OPEN_TAIL = 24;

/** Tracks side by side in a gutter of spans; a span that finds none free folds into a cluster. */
export const SPAN_TRACKS = 3;

/** Pixels a cluster's pill reaches past its first and last event. */
export const CLUSTER_RADIUS = 9;

/** Fewest pixels a cluster's stretch of time takes along the axis: room for a pill with a four-digit count. */
export const CLUSTER_BIN = 48;

interface BinnedCluster {
  cluster: Cluster;
  /** The bin's ends along the axis, pixels (the scale runs left to right: lo < hi). */
  lo: number;
  hi: number;
}

/**
 * The stretch of time clusters gather over: a power of two of days, the shortest that is CLUSTER_BIN pixels
 * long or more. Bins counted from 1970 stay where they are while the reader pans, and keep their members
 * while the zoom changes less than twofold, so the counts do not shuffle in every frame.
 */
function clusterBin(window: TimeWindow, length: number): number {
  const msPerPixel = (window[1] - window[0]) / Math.max(1, length);
  let days = 1;
  while (days * DAY_MS < CLUSTER_BIN * msPerPixel) days *= 2;
  return days * DAY_MS;
}

function paddedExtent(events: readonly PreparedEvent[]): TimeWindow {
  if (events.length === 0) {
    // Nothing dated: an arbitrary, fixed year rather than the clock, so empty renders are reproducible.
    return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const { interval } of events) {
    lo = Math.min(lo, interval.start);
    hi = Math.max(hi, interval.end);
  }
  const pad = Math.max((hi - lo) * 0.04, 15 * DAY_MS);
  return [lo - pad, hi + pad];
}
