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
  /** Position in drawing priority (see `prepareTimeline`): 0 is placed first when the rows are full. */
  rank: number;
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
  /** Date-order indices of the events by rank: `events[byRank[r]].rank === r`. */
  byRank: Int32Array;
  /**
   * `events[i].interval.start` and `.end`, side by side: a zoomed-out frame reads them for thousands of
   * events taken in rank order, and reading them from the objects scattered over the heap cost more than the
   * arithmetic done with them.
   */
  starts: Float64Array;
  ends: Float64Array;
  /** `events[i].kind` and `.rank`, for the same reason. */
  kinds: readonly MarkKind[];
  ranks: Int32Array;
}

export function prepareTimeline(timeline: Pick<Timeline, 'events'>): PreparedTimeline {
  const dated: PreparedEvent[] = [];
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
    dated.push({ event, index: 0, rank: 0, interval, kind, family: typeFamily(event.type) });
  }
  const events = dateOrder(dated);
  const latestEnd = new Float64Array(events.length);
  let latest = -Infinity;
  const hashes = new Uint32Array(events.length);
  const sources = new Uint32Array(events.length);
  const dead = new Float64Array(events.length);
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const kinds: MarkKind[] = [];
  events.forEach((e, i) => {
    e.index = i;
    kinds.push(e.kind);
    starts[i] = e.interval.start;
    ends[i] = e.interval.end;
    latest = Math.max(latest, e.interval.end);
    latestEnd[i] = latest;
    hashes[i] = idHash(e.event.id);
    sources[i] = e.event.mentions.length;
    dead[i] = e.event.fatalities ?? 0;
  });
  // Which events keep a mark of their own when the rows cannot hold all: those more sources told first (the
  // best corroborated), then those with more dead, then an even spread over time (a hash of the id, not date
  // order, which would fill the rows from the left and fold everything later). A fixed order is also what
  // keeps a zoom steady: zooming in only moves marks apart, so nearly every mark placed before finds its room
  // again (a newly freed event of higher rank can take it) and the frame adds marks instead of drawing a
  // different sample of the events, which is also far less for the browser to redraw.
  const byRank = rankOrder(sources, dead, hashes);
  const ranks = new Int32Array(events.length);
  byRank.forEach((index, rank) => {
    events[index]!.rank = rank;
    ranks[index] = rank;
  });
  // Built when first asked for (a selection, a link to an event, a key), not on the way to the first frame.
  let byId: Map<string, PreparedEvent> | undefined;
  return {
    events,
    undated,
    extent: paddedExtent(events),
    get byId() {
      if (!byId) {
        // Set one by one: a Map built from entries makes an array per event first.
        byId = new Map();
        for (const e of events) byId.set(e.event.id, e);
      }
      return byId;
    },
    latestEnd,
    byRank,
    starts,
    ends,
    kinds,
    ranks,
  };
}

/**
 * `dated` in date order: by start, then end, then id. As with `rankOrder`, the order is built from a sort of
 * numbers where they can hold it (whole days from the earliest start, the length in days, the index), and only
 * the events that share a start and an end are then ordered by id with a comparator: a comparator over all of
 * them runs some 130,000 times for 10,000 events, unoptimised in a page's first frame.
 */
function dateOrder(dated: PreparedEvent[]): PreparedEvent[] {
  const n = dated.length;
  const idOrder = (a: PreparedEvent, b: PreparedEvent) =>
    a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
  if (n < 2) return dated.slice();
  let first = Infinity;
  let last = -Infinity;
  let longest = 0;
  for (let i = 0; i < n; i++) {
    const { start, end } = dated[i]!.interval;
    first = Math.min(first, start);
    last = Math.max(last, start);
    longest = Math.max(longest, end - start);
  }
  const days = (last - first) / DAY_MS + 1;
  const lengths = longest / DAY_MS + 1;
  if (n > INDEX_SPACE || days * lengths > 2 ** 53 / INDEX_SPACE)
    return dated
      .slice()
      .sort(
        (a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end || idOrder(a, b),
      );
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const { start, end } = dated[i]!.interval;
    keys[i] = (((start - first) / DAY_MS) * lengths + (end - start) / DAY_MS) * INDEX_SPACE + i;
  }
  keys.sort();
  const events: PreparedEvent[] = [];
  for (let k = 0; k < n; k++) events.push(dated[keys[k]! % INDEX_SPACE]!);
  // Runs that share a start and an end, by id.
  for (let k = 0; k < n;) {
    let end = k + 1;
    const key = Math.floor(keys[k]! / INDEX_SPACE);
    while (end < n && Math.floor(keys[end]! / INDEX_SPACE) === key) end++;
    if (end - k > SHORT_RUN) {
      const run = events.slice(k, end).sort(idOrder);
      for (let j = 0; j < run.length; j++) events[k + j] = run[j]!;
    } else {
      // In place: a news timeline has thousands of such runs (events told to the same day), and a slice and a
      // sort for each were a third of what preparing 10,000 events allocated (2.0 of 5.7 MB, sampled in Node).
      for (let j = k + 1; j < end; j++) {
        const e = events[j]!;
        let at = j;
        for (; at > k && idOrder(events[at - 1]!, e) > 0; at--) events[at] = events[at - 1]!;
        events[at] = e;
      }
    }
    k = end;
  }
  return events;
}

/**
 * Indices by more `sources` first, then more `dead`, then lower `hash`, then lower index. A sort with a
 * comparator calls it some 130,000 times for 10,000 events, and in a page's first frame that code runs
 * unoptimised; so the order is built from two sorts of numbers, which the engine does natively: by hash and
 * index, then (stably, by position in that order) by sources and dead. The keys are exact integers below 2^53;
 * counts beyond what they can hold fall back to the comparator.
 */
function rankOrder(sources: Uint32Array, dead: Float64Array, hashes: Uint32Array): Int32Array {
  const n = sources.length;
  let most = 0;
  let worst = 0;
  let whole = true;
  for (let i = 0; i < n; i++) {
    most = Math.max(most, sources[i]!);
    worst = Math.max(worst, dead[i]!);
    whole &&= Number.isInteger(dead[i]) && dead[i]! >= 0;
  }
  if (n > INDEX_SPACE || !whole || (most + 1) * (worst + 1) > 2 ** 53 / INDEX_SPACE) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort(
      (a, b) => sources[b]! - sources[a]! || dead[b]! - dead[a]! || hashes[a]! - hashes[b]! || a - b,
    );
    return Int32Array.from(order);
  }
  const byHash = new Float64Array(n);
  for (let i = 0; i < n; i++) byHash[i] = hashes[i]! * INDEX_SPACE + i;
  byHash.sort();
  const byWeight = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = byHash[k]! % INDEX_SPACE;
    byWeight[k] = ((most - sources[i]!) * (worst + 1) + (worst - dead[i]!)) * INDEX_SPACE + k;
  }
  byWeight.sort();
  const order = new Int32Array(n);
  for (let r = 0; r < n; r++) order[r] = byHash[byWeight[r]! % INDEX_SPACE]! % INDEX_SPACE;
  return order;
}

/** Longest run of events sharing a start and an end that `dateOrder` orders by insertion. */
const SHORT_RUN = 24;

/** Room for an index in the low bits of a sort key (2^20: a million events). */
const INDEX_SPACE = 2 ** 20;

/** FNV-1a of a string: a cheap, stable scatter of ids (no cryptography needed here). */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
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
  /** Pixels one character of a label takes along the time axis, when `textWidth` is not given. Default CHAR_WIDTH. */
  charWidth?: number;
  /** Pixels a label's text takes, measured in the label's font (a browser's canvas can); without it, labels are
   * sized by `charWidth`, which a wide font or a short title of wide letters outgrows. */
  textWidth?: (text: string) => number;
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
 * a mark and a label) overlap, and what does not fit folded into clusters with counts. Events are placed in
 * rank order (see `prepareTimeline`), so the marks that fit are the best-sourced and deadliest, spread over
 * the window, and the same from one frame of a zoom to the next. The events that can reach into the window
 * are found with a binary search, so zooming 10,000 events costs a few milliseconds here, and the number of
 * marks drawn is bounded by the chart's size, not by the data.
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
    charWidth = CHAR_WIDTH,
    textWidth,
    spans = 'inline',
  } = options;
  const groups = options.groups ?? groupsOf(prepared, groupBy);
  const scale = timeScale(window, [0, length]);
  const laneOf = new Map(groups.map((g, i) => [g.key, i]));
  const laneIndex = (item: PreparedEvent) => laneOf.get(groupKey(item, groupBy)) ?? 0;
  // Per lane and row (and gutter track), the stretches already taken, in order along the axis.
  const taken = groups.map(() => Array.from({ length: rows }, newStretches));
  const trackTaken = groups.map(() => Array.from({ length: SPAN_TRACKS }, newStretches));
  // A shortcut past the search of the rows, for the events that cannot find room: a zoomed-out chart of
  // thousands places a few hundred marks, and every other event is one of those. Every mark takes at least
  // half a point's room either side of where it sits (`from`), so a row whose taken stretch, widened by that
  // half either side, holds `from` has no room for it. Per lane and row, the whole pixels so blocked; per lane,
  // in how many rows each pixel is. When all rows block the pixel of `from`, the event goes to its cluster
  // without a search; otherwise the rows are searched as before.
  const pixels = Math.max(1, Math.ceil(length));
  const blocked = groups.map(() => new Uint16Array(pixels));
  const blockedRows = groups.map(() => Array.from({ length: rows }, () => new Uint8Array(pixels)));
  const marks: Mark[] = [];
  /** Where each mark's room starts along the axis, by mark: a label may run up to the next one's. */
  const lefts = new Map<Mark, number>();
  // Clusters with the ends of their bin, in the order they were opened; per lane, by bin number.
  const binned: BinnedCluster[] = [];
  const openBins = groups.map(() => new Map<number, number>());
  const binMs = clusterBin(window, length);
  // For the time at a pixel, `scale.invert` written out where thousands of events fold into clusters: called
  // there, from a function past the engine's inlining budget, each answer (a number, not a small integer) was
  // boxed on the heap, most of what a zoomed-out layout allocated (heap sampling, 10,000 events).
  const windowMs = Math.max(1, window[1] - window[0]);
  // The bins over the chart and a little past its ends, where all but the spans reaching in from far off
  // gather, are found by index rather than in the Map: a zoomed-out frame looks one up for thousands of events.
  const firstBin = Math.floor(scale.invert(-OPEN_TAIL - pointSize) / binMs);
  const binCount = Math.floor(scale.invert(length + OPEN_TAIL + pointSize) / binMs) - firstBin + 1;
  /** Per lane and bin from `firstBin`, 1 + the index in `binned` of its cluster; 0 for none yet. */
  const binSlots = new Int32Array(binCount * groups.length);
  const half = pointSize / 2;
  // A zoomed-out frame takes thousands of events in rank order, which is no order in memory: it reads these
  // side-by-side arrays rather than the objects (CPU profile, 100,000 events in the window: reading `kind`
  // from the objects was a third of the layout).
  const { events, latestEnd, byRank, starts, ends, kinds, ranks } = prepared;
  /**
   * Where event `i` goes along the axis, a point (a day, or anything narrower than a point) at its centre, a
   * span from its start to its end: `spot` gets its from and to, and the answer is whether it is a point.
   * Written into an array rather than returned as an object: a zoomed-out frame places thousands of events
   * (heap sampling of a zoom by 40 frames through 10,000 events: 1.5 of the 24 MB it allocated, and what a
   * zoom allocates is collected in the middle of it).
   */
  const spot = new Float64Array(2);
  /** The stretch a mark needs, for `freeRow`. */
  const wanted = new Float64Array(2);
  const place = (i: number): boolean => {
    const x0 = scale(starts[i]!);
    const x1 = scale(ends[i]!);
    const point = kinds[i] === 'point' || x1 - x0 < pointSize;
    spot[0] = point ? (x0 + x1) / 2 : x0;
    spot[1] = point ? spot[0] : x1;
    return point;
  };
  // Inline spans keep to the top rows and points to the others while those have room: otherwise a few long
  // periods (a year, a decade, "since 2015"), each taking its row to its end, leave no row for the events
  // inside them, and a zoomed-out chart of thousands shows a handful of marks and one big cluster.
  const spanRows = spans === 'inline' && rows > 1 ? Math.max(1, Math.floor(rows / 3)) : 0;
  const gutter = spans === 'gutter';

  // The events that reach into the window, found in date order (the running latest end only grows, so a
  // binary search skips those that end before it; the first that starts after it ends the loop), then placed
  // in rank order, kept events first.
  const keptAt = new Set<number>();
  for (const id of keep ?? []) {
    const item = prepared.byId.get(id);
    if (item) keptAt.add(item.index);
  }
  const hiding = hidden !== undefined && hidden.size > 0;
  const begin = firstAtLeast(latestEnd, window[0]);
  let end = begin;
  /** Per event from `begin`, 1 for one to place in rank order: in the window, not filtered out, not kept. */
  const ranked = new Uint8Array(events.length - begin);
  /** Per event from `begin` in the window, its lane: found here, in date order, for the same reason. */
  const lanes = groups.length > 1 ? new Int32Array(events.length - begin) : undefined;
  const kept: number[] = [];
  let visible = 0;
  let count = 0;
  for (; end < events.length; end++) {
    if (starts[end]! > window[1]) break;
    if (ends[end]! < window[0]) continue;
    if (hiding && hidden.has(events[end]!.family)) continue;
    if (lanes) lanes[end - begin] = laneIndex(events[end]!);
    visible++;
    if (keptAt.size && keptAt.has(end)) kept.push(end);
    else {
      ranked[end - begin] = 1;
      count++;
    }
  }
  // The events in rank order: with most of them in the window (a zoomed-out frame), a scan of all by rank; with
  // few, a sort of those few by rank (sorting 100,000 numbers took an eighth of the layout).
  const order = new Int32Array(count);
  if (count * 16 > events.length) {
    for (let r = 0, k = 0; k < count; r++) {
      const i = byRank[r]!;
      if (i >= begin && i < end && ranked[i - begin]) order[k++] = i;
    }
  } else {
    for (let i = begin, k = 0; i < end; i++) if (ranked[i - begin]) order[k++] = ranks[i]!;
    order.sort();
    for (let k = 0; k < count; k++) order[k] = byRank[order[k]!]!;
  }
  /** Per event from `begin` to `end`, 1 + the index in `binned` of the cluster it went to; 0 for none. */
  const clusterOf = new Int32Array(end - begin);

  const put = (i: number, forced: boolean) => {
    const kind = kinds[i]!;
    const point = place(i);
    const from = spot[0]!;
    const to = spot[1]!;
    const group = lanes ? lanes[i - begin]! : 0;
    // Every mark's symbol is centred on its start; an open range trails off towards its open side, and that
    // trail takes room in the row too. With spans in a gutter, a mark takes only its symbol's room.
    const left = from - (kind === 'open-start' && !gutter ? Math.max(half, OPEN_TAIL) : half);
    const right = gutter
      ? from + half
      : (point ? from + half : Math.max(to, from + pointSize)) + (kind === 'open-end' ? OPEN_TAIL : 0);
    const lane = taken[group]!;
    const pixel = Math.floor(from);
    const full = !forced && pixel >= 0 && pixel < pixels && blocked[group]![pixel] === rows;
    let row = -1;
    if (!full && spanRows > 0) {
      wanted[0] = left;
      wanted[1] = right;
      row = freeRow(lane, wanted, spanRows, !point || isOpen(kind));
    } else if (!full) row = lane.findIndex((r) => isFree(r, left, right));
    // In a gutter, spans stack side by side in tracks of their own, so that two never draw as one.
    const spanned = gutter && (!point || isOpen(kind));
    const trackFrom = from - (kind === 'open-start' ? OPEN_TAIL : 0);
    const trackTo = to + (kind === 'open-end' ? OPEN_TAIL : 0) + 2;
    const tracks = trackTaken[group]!;
    const track = spanned && !full ? tracks.findIndex((t) => isFree(t, trackFrom, trackTo)) : 0;
    if ((row < 0 || track < 0) && !forced) {
      // Clusters gather by stretches of time (bins), so that their counts say where the events are dense.
      const at = left + half;
      const bin = Math.floor((window[0] + (at * windowMs) / (length || 1)) / binMs);
      // Points sit at their middle, so a later start can still fall in an earlier bin.
      const slot = bin - firstBin >= 0 && bin - firstBin < binCount ? group * binCount + bin - firstBin : -1;
      let open = slot >= 0 ? binSlots[slot]! - 1 : (openBins[group]!.get(bin) ?? -1);
      if (open < 0) {
        open = binned.length;
        const cluster: Cluster = { items: [], from: at, to: right - half, group };
        binned.push({ cluster, lo: scale(bin * binMs), hi: scale((bin + 1) * binMs) });
        if (slot >= 0) binSlots[slot] = open + 1;
        else openBins[group]!.set(bin, open);
      } else {
        const { cluster } = binned[open]!;
        cluster.to = Math.max(cluster.to, right - half);
        cluster.from = Math.min(cluster.from, at);
      }
      clusterOf[i - begin] = open + 1;
      return;
    }
    // A kept event with no room is drawn anyway, over the last row, without taking room from the others.
    const at = row < 0 ? rows - 1 : row;
    if (row >= 0) {
      take(lane[row]!, left, right);
      // Pixels p with left - half < p and p + 1 <= right + half: an event sitting anywhere in such a pixel
      // would overlap this stretch (touching ends would not, hence the strict bound).
      const inRow = blockedRows[group]![row]!;
      const count = blocked[group]!;
      const last = Math.min(pixels - 1, Math.floor(right + half - 1));
      for (let x = Math.max(0, Math.floor(left - half) + 1); x <= last; x++) {
        if (inRow[x]) continue;
        inRow[x] = 1;
        count[x]!++;
      }
    }
    if (spanned && track >= 0) take(tracks[track]!, trackFrom, trackTo);
    const item = events[i]!;
    const mark: Mark = { item, from, to, group, row: at, track: Math.max(0, track), label: '' };
    if (labels === 'across') mark.label = item.event.title;
    lefts.set(mark, left);
    marks.push(mark);
  };
  for (const i of kept) put(i, true);
  // With rows for spans, spans take them before any point: a point of higher rank that found its own rows
  // full would otherwise take a span row first, and a long period (a whole air campaign) fold into a cluster.
  const points = new Int32Array(count);
  let pointCount = 0;
  for (let k = 0; k < count; k++) {
    const i = order[k]!;
    if (spanRows > 0 && !isOpen(kinds[i]!) && place(i)) points[pointCount++] = i;
    else put(i, false);
  }
  for (let k = 0; k < pointCount; k++) put(points[k]!, false);
  // Members in date order, as the cluster's first and last dates are read from them. Counted first, so that
  // each list is made at its size: thousands pushed into lists that grow by copying were nearly a quarter of
  // what a zoomed-out layout allocated (heap sampling, 10,000 events).
  const members = new Int32Array(binned.length);
  for (let i = begin; i < end; i++) {
    const c = clusterOf[i - begin]!;
    if (c) members[c - 1]!++;
  }
  for (let k = 0; k < binned.length; k++) {
    binned[k]!.cluster.items = new Array<PreparedEvent>(members[k]!);
    members[k] = 0;
  }
  for (let i = begin; i < end; i++) {
    const c = clusterOf[i - begin]!;
    if (c) binned[c - 1]!.cluster.items[members[c - 1]!++] = events[i]!;
  }
  if (labels === 'along') {
    // Each label takes the room up to the next mark in its row (or the chart's end).
    const measure = textWidth ?? ((text: string) => text.length * charWidth);
    marks.sort((a, b) => a.group - b.group || a.row - b.row || lefts.get(a)! - lefts.get(b)!);
    marks.forEach((mark, i) => {
      const next = marks[i + 1];
      const limit = next && next.group === mark.group && next.row === mark.row ? lefts.get(next)! : length;
      mark.label = fit(mark, limit, half, measure);
    });
  }
  // A "cluster" of one event is that event, drawn in the cluster row without a label: a count of 1 says less.
  // Not a span whose room a gutter would have given: in the cluster row it would run over the clusters.
  // Each cluster's pill (reaching CLUSTER_RADIUS past its ends) is kept inside its bin, a pixel from either
  // edge, so that the pills of neighbouring bins never touch.
  const folded: Cluster[] = [];
  for (const { cluster: c, lo, hi } of binned) {
    const item = c.items[0]!;
    const point = place(item.index);
    const from = spot[0]!;
    const to = spot[1]!;
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

/** The first index whose value is `x` or more in ascending `values`; `values.length` when none is. */
function firstAtLeast(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first row free from `wanted[0]` to `wanted[1]`: a span looks only in the first `spanRows` rows; a point
 * first in the others, then in those. -1 when none is free. The stretch comes in an array rather than as two
 * numbers: the caller, run for thousands of events in a zoomed-out frame, is past the engine's inlining budget,
 * and numbers passed to a call that is not inlined are boxed on the heap (heap sampling, 10,000 events: most
 * of what a layout allocated).
 */
function freeRow(lane: readonly Stretches[], wanted: Float64Array, spanRows: number, span: boolean): number {
  const left = wanted[0]!;
  const right = wanted[1]!;
  const first = span ? 0 : spanRows;
  const last = span ? spanRows : lane.length;
  for (let r = first; r < last; r++) if (isFree(lane[r]!, left, right)) return r;
  if (!span) for (let r = 0; r < spanRows; r++) if (isFree(lane[r]!, left, right)) return r;
  return -1;
}

/**
 * The stretches of a row already taken, sorted and never overlapping (as `lefts` and `rights`): marks are
 * placed in rank order, not along the axis, so a new one can land between two others.
 */
interface Stretches {
  lefts: number[];
  rights: number[];
}

function newStretches(): Stretches {
  return { lefts: [], rights: [] };
}

/** Whether nothing taken overlaps `left`..`right` (touching ends do not overlap). */
function isFree(row: Stretches, left: number, right: number): boolean {
  const i = firstAtLeast(row.lefts, left);
  return !(i < row.lefts.length && row.lefts[i]! < right) && !(i > 0 && row.rights[i - 1]! > left);
}

function take(row: Stretches, left: number, right: number): void {
  const i = firstAtLeast(row.lefts, left);
  row.lefts.splice(i, 0, left);
  row.rights.splice(i, 0, right);
}

/** The title shortened to the room between a mark and the next thing in its row; '' when under 3 letters fit. */
function fit(mark: Mark, limit: number, half: number, textWidth: (text: string) => number): string {
  // Where the element draws the label: after a point's symbol, or after a span's end (and its trail).
  const start =
    mark.to + (mark.from === mark.to ? half + 4 : 10) + (mark.item.kind === 'open-end' ? OPEN_TAIL : 0);
  return shortenTo(mark.item.event.title, limit - start - 6, textWidth);
}

/**
 * The text whole when it fits in `room` pixels, else its longest start that fits with an ellipsis; '' when
 * under 3 letters fit. Never cuts between the two halves of a character written as a surrogate pair.
 */
export function shortenTo(text: string, room: number, textWidth: (text: string) => number): string {
  if (text.length < 4) return textWidth(text) <= room ? text : '';
  const cut = (n: number) => {
    const code = text.charCodeAt(n - 1);
    const end = code >= 0xd800 && code <= 0xdbff ? n - 1 : n;
    return `${text.slice(0, end).trimEnd()}…`;
  };
  // Under 3 letters is no label. In a crowded row (most rows of a zoomed-out chart) its first three letters
  // with the ellipsis and its first four settle that, without measuring the whole text.
  const three = textWidth(cut(3)) <= room;
  if (!three && textWidth(text.slice(0, 4)) > room) return '';
  if (textWidth(text) <= room) return text;
  if (!three) return '';
  // The longest start that fits with its ellipsis: a longer start is never narrower.
  let lo = 3;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (textWidth(cut(mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
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

/** Pixels a character of a label is taken to need where nothing measures it. */
export const CHAR_WIDTH = 6.5;

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
