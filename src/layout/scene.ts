import { CHAR_WIDTH, OPEN_TAIL, SPAN_TRACKS, shortenTo, type Cluster, type Mark } from './layout.js';

// Where every part of the chart goes, in the chart's pixels: the geometry the element paints on its canvas
// and gives its SVG buttons, kept apart from the DOM so that it is tested in Node and the two renderers do not
// drift apart.

/** Height of a row of marks. */
export const ROW = 22;
/** Room under a horizontal chart for the axis labels. */
export const AXIS = 26;
/** Room above the first row (the top of a vertical chart's time axis). */
export const TOP = 6;
/** Margin either side of a horizontal chart's time axis. */
export const PAD = 12;
/** Length of a vertical chart's time axis: it runs down the page, as a phone reader scrolls. */
export const VERTICAL_LENGTH = 560;
/** Pixels left of a vertical chart's marks where their spans are drawn (layoutView's `spans: 'gutter'`). */
export const GUTTER = 8 + SPAN_TRACKS * 7;
/** Pixels a span may reach beyond the chart's ends before it is cut (no more than the chart's margins, as
 * the chart does not clip, for its focus rings): a year-long bar zoomed to a week would otherwise be drawn
 * thousands of pixels long, over the toolbar in a vertical chart. */
export const OVERHANG = 6;
/** Room for a vertical chart's axis labels, left of its lanes. */
export const VERTICAL_AXIS = 70;
/** The labels' font size: labels are measured and painted in it. */
export const LABEL_FONT_SIZE = 12;
/** Half the size of a mark's symbol. */
export const SYMBOL_RADIUS = 5.5;

export interface ChartFrameOptions {
  /** The element's width in pixels. */
  width: number;
  /** Pixels along the time axis. */
  length: number;
  vertical: boolean;
  /** Right to left (only a horizontal chart flips). */
  rtl: boolean;
  /** Lanes in the layout. */
  lanes: number;
  /** Rows of single marks per lane (the layout's `rows`; each lane has one more, for clusters). */
  rows: number;
  /** A label's width in pixels, in the labels' font; default CHAR_WIDTH a character. */
  textWidth?: (text: string) => number;
}

/** The chart's size and where a moment, lane and row land in it. */
export interface ChartFrame {
  width: number;
  height: number;
  length: number;
  vertical: boolean;
  rtl: boolean;
  /** Pixels a horizontal lane takes across the axis. */
  laneSize: number;
  /** Pixels a lane takes across the time axis (a vertical chart's lanes share its width). */
  crossSize: number;
  /** Characters a label may take across a vertical chart's lane. */
  charsAcross: number;
  /** Pixels a mark's label may take across a vertical chart's lane. */
  labelRoom: number;
  /** A label's width in pixels. */
  textWidth: (text: string) => number;
  /** A position along the axis, flipped when right to left. */
  pos(along: number): number;
  /** Time along x (y when vertical), lanes and rows across. */
  at(along: number, lane: number, row: number): [x: number, y: number];
}

export function chartFrame(options: ChartFrameOptions): ChartFrame {
  const { width, length, vertical, lanes, rows } = options;
  const rtl = options.rtl && !vertical;
  const laneSize = (rows + 1) * ROW;
  // Vertical lanes share the width, however narrow: wider lanes would run off the element.
  const crossSize = vertical ? (width - 2 * PAD - VERTICAL_AXIS) / lanes : laneSize;
  const height = vertical ? TOP + length + PAD : TOP + lanes * laneSize + AXIS;
  const pos = (t: number) => (rtl ? length - t : t);
  return {
    width,
    height,
    length,
    vertical,
    rtl,
    laneSize,
    crossSize,
    charsAcross: Math.floor((crossSize - GUTTER - 46) / CHAR_WIDTH),
    labelRoom: crossSize - GUTTER - 46,
    textWidth: options.textWidth ?? ((text) => text.length * CHAR_WIDTH),
    pos,
    at: vertical
      ? (along, lane, row) => [PAD + VERTICAL_AXIS + lane * crossSize + GUTTER + 8 + row * 18, TOP + along]
      : (along, lane, row) => [PAD + pos(along), TOP + lane * laneSize + row * ROW + ROW / 2],
  };
}

/** A rectangle, relative to its mark's or cluster's origin. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One event's mark, its parts relative to `x`, `y` (the centre of its symbol). A span is the stretch of time
 * the date covers: a filled `bar` for a range, an open-sided `bracket` for a period the event lies somewhere
 * in; `tail` is the dotted trail of a range open on one side.
 */
export interface MarkShape {
  mark: Mark;
  x: number;
  y: number;
  approximate: boolean;
  expected: boolean;
  /** No date in the text: placed after the event told before it. */
  placed: boolean;
  span: { shape: 'bar'; box: Box } | { shape: 'bracket'; path: string } | null;
  /** From `x`, `y` along `dx`, `dy`. */
  tail: { x: number; y: number; dx: number; dy: number } | null;
  label: { x: number; text: string; anchor: 'start' | 'end' } | null;
  /** Where a pointer or a tap reaches the mark, and the focus ring. */
  hit: Box;
}

export function markShape(m: Mark, frame: ChartFrame): MarkShape {
  const { vertical, rtl, length } = frame;
  const { item } = m;
  const date = item.event.date!;
  const [x, y] = frame.at(m.from, m.group, m.row);
  const extent = Math.abs(m.to - m.from);
  // A span is drawn from its start along the axis (a point sits at its centre), cut OVERHANG pixels past
  // the chart's ends. Along a vertical chart, spans go in a gutter left of the marks.
  const dir = rtl ? -1 : 1;
  const gx = -8 - m.track * 7;
  const s0 = Math.max(0, -OVERHANG - m.from);
  const s1 = Math.min(extent, length + OVERHANG - m.from);
  const a = Math.min(dir * s0, dir * s1);
  const b = Math.max(dir * s0, dir * s1);
  const span: MarkShape['span'] =
    item.kind === 'point' || extent === 0 || s1 <= s0
      ? null
      : item.kind === 'bracket'
        ? {
            shape: 'bracket',
            path: vertical ? `M${gx - 4},${s0}h4V${s1}h-4` : `M${dir * s0},-5v5H${dir * s1}v-5`,
          }
        : {
            shape: 'bar',
            box: vertical
              ? { x: gx - 3, y: s0, width: 6, height: s1 - s0 }
              : { x: a, y: -3, width: b - a, height: 6 },
          };
  // The trail of an open range: towards the past for "by ...", the future for "since ...".
  const tail: MarkShape['tail'] =
    item.kind === 'open-start'
      ? vertical
        ? { x: gx, y: 0, dx: 0, dy: -OPEN_TAIL }
        : { x: 0, y: 0, dx: -dir * OPEN_TAIL, dy: 0 }
      : item.kind === 'open-end'
        ? vertical
          ? { x: gx, y: extent, dx: 0, dy: OPEN_TAIL }
          : { x: dir * extent, y: 0, dx: dir * OPEN_TAIL, dy: 0 }
        : null;
  const text = vertical ? shortenTo(m.label, frame.labelRoom, frame.textWidth) : m.label;
  const label: MarkShape['label'] = !text
    ? null
    : vertical
      ? { x: 30, text, anchor: 'start' }
      : {
          x: dir * ((m.from === m.to ? 0 : extent) + (item.kind === 'open-end' ? OPEN_TAIL : 0) + 10),
          text,
          anchor: rtl ? 'end' : 'start',
        };
  // The hit area runs along the span, on whichever side the span is drawn.
  const hitLength = vertical ? 16 : Math.max(16, extent + 16);
  return {
    mark: m,
    x,
    y,
    approximate: date.approximate === true,
    expected: item.event.status === 'expected',
    placed: date.derivation.method === 'discourse',
    span,
    tail,
    label,
    hit: { x: rtl ? 8 - hitLength : -8, y: -9, width: hitLength, height: 18 },
  };
}

/** A cluster's pill (a column in a vertical chart) with its count, relative to `x`, `y`. */
export interface ClusterShape {
  cluster: Cluster;
  x: number;
  y: number;
  box: Box;
  /** Corner radius of the pill. */
  radius: number;
  count: { x: number; y: number; text: string };
}

export function clusterShape(c: Cluster, frame: ChartFrame, rows: number): ClusterShape {
  const { vertical, pos } = frame;
  const [x, y] = frame.at(c.from, c.group, rows);
  const size = Math.max(18, Math.abs(pos(c.to) - pos(c.from)) + 18);
  const text = String(c.items.length);
  return vertical
    ? {
        cluster: c,
        x,
        y,
        box: { x: -9, y: -9, width: 18, height: size },
        radius: 0,
        count: { x: 0, y: size / 2 - 9, text },
      }
    : {
        cluster: c,
        x: Math.min(x, PAD + pos(c.to)) - 9,
        y,
        box: { x: 0, y: -9, width: size, height: 18 },
        radius: 9,
        count: { x: size / 2, y: 0, text },
      };
}

/** The text cut to `n` characters with an ellipsis; '' when fewer than 4 fit. */
export function clip(text: string, n: number): string {
  return text.length <= n ? text : n < 4 ? '' : `${text.slice(0, n - 1).trimEnd()}…`;
}
