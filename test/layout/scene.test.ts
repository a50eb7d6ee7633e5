import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutView, prepareTimeline, type ViewLayout } from '../../src/layout/layout.js';
import {
  chartFrame,
  clip,
  clusterShape,
  markShape,
  OVERHANG,
  PAD,
  ROW,
  TOP,
  type ChartFrame,
  type MarkShape,
} from '../../src/layout/scene.js';
import { event } from '../fixtures/event.js';

const EVENTS = [
  event('day', { start: '2016-06-01' }),
  event('month', { start: '2016-03', precision: 'month' }),
  event('range', { start: '2016-08-01', end: '2016-09-15' }),
  event('since', { start: '2016-10-01', end: null }),
  event('by', { start: null, end: '2016-02-01' }),
];
const Y2016: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)];

function scene(options: { rtl?: boolean; vertical?: boolean; window?: [number, number] } = {}) {
  const vertical = options.vertical ?? false;
  const length = vertical ? 560 : 976;
  const layout: ViewLayout = layoutView(prepareTimeline({ events: EVENTS }), {
    length,
    window: options.window ?? Y2016,
    rows: vertical ? 1 : 6,
    labels: vertical ? 'across' : 'along',
    spans: vertical ? 'gutter' : 'inline',
    pointSize: vertical ? 20 : 14,
  });
  const frame = chartFrame({
    width: vertical ? 360 : 1000,
    length,
    vertical,
    rtl: options.rtl ?? false,
    lanes: layout.groups.length,
    rows: layout.rows,
  });
  const shapes = new Map(layout.marks.map((m) => [m.item.event.id, markShape(m, frame)]));
  return { layout, frame, shapes };
}

/** Where a shape's span reaches along the axis, in chart pixels. */
function spanEnds(s: MarkShape, frame: ChartFrame): [number, number] {
  assert.ok(s.span, `${s.mark.item.event.id} has a span`);
  if (s.span.shape === 'bar') {
    const { x, y, width, height } = s.span.box;
    return frame.vertical ? [s.y + y, s.y + y + height] : [s.x + x, s.x + x + width];
  }
  const numbers = s.span.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const along = frame.vertical ? numbers.filter((_, i) => i % 2 === 1) : [numbers[0]!, numbers[3]!];
  const origin = frame.vertical ? s.y : s.x;
  return [origin + Math.min(...along), origin + Math.max(...along)];
}

test('a point sits at its day in its row, its label after it; a span runs from its start to its end', () => {
  const { frame, shapes, layout } = scene();
  const day = shapes.get('day')!;
  const at = layout.scale(Date.UTC(2016, 5, 1, 12));
  assert.ok(Math.abs(day.x - (PAD + at)) < 1, `the point at its day's middle: ${day.x} vs ${PAD + at}`);
  assert.equal(day.y, TOP + day.mark.row * ROW + ROW / 2);
  assert.equal(day.span, null);
  assert.ok(day.label && day.label.x > 0 && day.label.anchor === 'start');
  const range = shapes.get('range')!;
  const [from, to] = spanEnds(range, frame);
  assert.ok(Math.abs(from - (PAD + layout.scale(Date.UTC(2016, 7, 1)))) < 1);
  assert.ok(Math.abs(to - (PAD + layout.scale(Date.UTC(2016, 8, 16)))) < 1);
  assert.equal(range.span?.shape, 'bar');
  assert.equal(shapes.get('month')!.span?.shape, 'bracket');
  // The hit area covers the symbol and the whole span.
  assert.ok(range.x + range.hit.x <= from - 5 && range.x + range.hit.x + range.hit.width >= to + 5);
});

test('right to left, spans, trails, labels and hit areas all run the other way', () => {
  const ltr = scene();
  const rtl = scene({ rtl: true });
  for (const id of ['range', 'month']) {
    const [a0, a1] = spanEnds(ltr.shapes.get(id)!, ltr.frame);
    const [b0, b1] = spanEnds(rtl.shapes.get(id)!, rtl.frame);
    // Mirrored about the middle of the axis.
    assert.ok(Math.abs(a0 - PAD - (ltr.frame.length - (b1 - PAD))) < 1e-6, `${id} mirrored`);
    assert.ok(Math.abs(a1 - PAD - (ltr.frame.length - (b0 - PAD))) < 1e-6, `${id} mirrored`);
    const s = rtl.shapes.get(id)!;
    assert.ok(
      s.hit.x < 0 && s.hit.x + s.hit.width <= 8 + 1e-9,
      `${id}: the hit area runs left, with its span`,
    );
  }
  const since = rtl.shapes.get('since')!;
  assert.ok(since.tail && since.tail.dx < 0, 'an open end trails off to the left');
  assert.ok(ltr.shapes.get('since')!.tail!.dx > 0);
  const day = rtl.shapes.get('day')!;
  assert.ok(day.label && day.label.x < 0 && day.label.anchor === 'end');
});

test('a span is cut a few pixels past the ends of the chart, however far it reaches', () => {
  // Zoomed to June: the year-long and half-year spans reach far beyond both ends.
  const { frame, shapes } = scene({ window: [Date.UTC(2016, 7, 10), Date.UTC(2016, 7, 20)] });
  const range = shapes.get('range')!;
  const [from, to] = spanEnds(range, frame);
  assert.ok(from >= PAD - OVERHANG - 1e-9 && to <= PAD + frame.length + OVERHANG + 1e-9, `${from}..${to}`);
});

test('a vertical chart puts spans in a gutter left of the marks and labels across', () => {
  const { frame, shapes } = scene({ vertical: true });
  const range = shapes.get('range')!;
  assert.equal(range.span?.shape, 'bar');
  if (range.span?.shape === 'bar') assert.ok(range.span.box.x + range.span.box.width < 0);
  const [from, to] = spanEnds(range, frame);
  assert.ok(to - from > 50, 'six weeks of a year over 560 px');
  assert.ok(shapes.get('day')!.label!.x > 0);
  assert.ok(frame.height > frame.length);
});

test('a cluster pill is as long as its events spread, and carries their count', () => {
  const events = Array.from({ length: 40 }, (_, i) =>
    event(`e${i}`, { start: `2016-05-${String(1 + (i % 28)).padStart(2, '0')}` }),
  );
  const layout = layoutView(prepareTimeline({ events }), { length: 600, window: Y2016, rows: 2 });
  const frame = chartFrame({ width: 624, length: 600, vertical: false, rtl: false, lanes: 1, rows: 2 });
  assert.ok(layout.clusters.length > 0);
  let counted = layout.marks.length;
  for (const c of layout.clusters) {
    const shape = clusterShape(c, frame, layout.rows);
    counted += Number(shape.count.text);
    assert.ok(shape.box.width >= 18 && shape.radius === 9);
    assert.equal(shape.y, TOP + 2 * ROW + ROW / 2, 'in the row under the marks');
    assert.ok(Math.abs(shape.count.x - shape.box.width / 2) < 1e-9, 'the count in the middle');
  }
  assert.equal(counted, 40, 'every event is a mark or counted in a cluster');
});

test('clip shortens with an ellipsis, and gives nothing when under four letters would show', () => {
  assert.equal(clip('Air strikes hit the old city', 12), 'Air strikes…');
  assert.equal(clip('Short', 10), 'Short');
  assert.equal(clip('Air strikes', 3), '');
});
