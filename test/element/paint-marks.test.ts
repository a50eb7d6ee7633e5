import { expect } from '@open-wc/testing';
import { layoutView, prepareTimeline } from '../../src/layout/layout.js';
import { chartFrame, clusterShape, markShape } from '../../src/layout/scene.js';
import {
  countFont,
  labelFont,
  paintMarks,
  prepareSprites,
  rehearsePaint,
  type MarkColours,
} from '../../src/element/paint-marks.js';
import { event } from '../fixtures/event.js';

const COLOURS: MarkColours = {
  families: {
    air: 'rgb(200, 0, 0)',
    ground: 'rgb(0, 150, 0)',
    territory: 'rgb(0, 0, 200)',
    violence: 'rgb(150, 0, 150)',
    political: 'rgb(0, 150, 150)',
    other: 'rgb(100, 100, 0)',
  },
  foreground: 'rgb(0, 0, 0)',
  background: 'rgb(255, 255, 255)',
  surface: 'rgb(240, 240, 240)',
  muted: 'rgb(120, 120, 120)',
  accent: 'rgb(255, 128, 0)',
};
const Y2016: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)];

/**
 * Paints the events' layout on a white canvas; `ringFirst` rings the first mark, as if selected. `ratio`
 * is the device pixel ratio (the canvas is that many times larger, its transform scaled); `pixel` and
 * `inked` take chart pixels.
 */
function paint(
  events: ReturnType<typeof event>[],
  rows = 6,
  ringFirst = false,
  { ratio = 1, colours = COLOURS }: { ratio?: number; colours?: MarkColours } = {},
) {
  const layout = layoutView(prepareTimeline({ events }), { length: 576, window: Y2016, rows });
  const frame = chartFrame({ width: 600, length: 576, vertical: false, rtl: false, lanes: 1, rows });
  const canvas = document.createElement('canvas');
  canvas.width = frame.width * ratio;
  canvas.height = frame.height * ratio;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const marks = layout.marks.map((m) => markShape(m, frame));
  const clusters = layout.clusters.map((c) => clusterShape(c, frame, layout.rows));
  paintMarks(ctx, marks, clusters, {
    colours,
    fontFamily: 'sans-serif',
    ringed: new Set(ringFirst ? [marks[0]!.mark.item.event.id] : []),
  });
  const pixel = (x: number, y: number) => {
    const [r, g, b] = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  };
  /** Pixels in a box that are not the background. */
  const inked = (x: number, y: number, w: number, h: number) => {
    const data = ctx.getImageData(
      Math.round(x * ratio),
      Math.round(y * ratio),
      Math.round(w * ratio),
      Math.round(h * ratio),
    ).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) n++;
    return n / ratio / ratio;
  };
  return { marks, clusters, pixel, inked };
}

describe('paintMarks', () => {
  it('fills each symbol in its family colour, hollow when expected, faint when approximate, and writes the label after it', () => {
    const { marks, pixel, inked } = paint([
      event('air', { start: '2016-03-01' }),
      event('talks', { start: '2016-06-01' }, { type: 'diplomatic-talks' }),
      event('due', { start: '2016-09-01' }, { status: 'expected' }),
      event('about', { start: '2016-12-01', approximate: true }),
    ]);
    const at = (id: string) => marks.find((s) => s.mark.item.event.id === id)!;
    expect(pixel(at('air').x, at('air').y)).to.equal(COLOURS.families.air);
    expect(pixel(at('talks').x, at('talks').y + 2)).to.equal(COLOURS.families.political);
    expect(pixel(at('due').x, at('due').y)).to.equal(COLOURS.background, 'an expected event is hollow');
    expect(inked(at('due').x - 7, at('due').y - 7, 14, 14)).to.be.greaterThan(10, 'its outline is drawn');
    const about = pixel(at('about').x, at('about').y);
    expect(about).to.not.equal(COLOURS.families.air, 'an approximate date is filled faintly');
    expect(about).to.not.equal(COLOURS.background, 'but filled');
    const air = at('air');
    expect(air.label?.text).to.equal('Event air');
    expect(inked(air.x + air.label!.x, air.y - 6, 40, 12)).to.be.greaterThan(20, 'the label is written');
    expect(inked(air.x - 60, air.y - 6, 40, 12)).to.equal(0, 'nothing before the mark');
  });

  it('draws a range as a faint bar from its start to its end', () => {
    const { marks, pixel } = paint([event('range', { start: '2016-04-01', end: '2016-08-31' })]);
    const s = marks[0]!;
    expect(s.span?.shape).to.equal('bar');
    const box = s.span!.shape === 'bar' ? s.span!.box : null;
    const inside = pixel(s.x + box!.x + box!.width / 2, s.y);
    expect(inside).to.not.equal(COLOURS.background);
    expect(inside).to.not.equal(COLOURS.families.air, 'a bar is filled faintly, not solid');
    expect(pixel(s.x + box!.x + box!.width + 4, s.y)).to.equal(COLOURS.background, 'and ends where it ends');
  });

  it('rings the selected mark, and draws clusters with their counts', () => {
    const events = [
      ...Array.from({ length: 30 }, (_, i) =>
        event(`e${i}`, { start: `2016-05-${String(1 + (i % 20)).padStart(2, '0')}` }),
      ),
      event('far', { start: '2016-11-01' }),
    ];
    const { marks, clusters, pixel, inked } = paint(events, 1, true);
    const ringed = marks[0];
    const other = marks.find((m) => m.mark.item.event.id === 'far');
    // The ring's edge is smoothed into the background: close to the accent, not equal.
    const [r, g, b] = pixel(ringed!.x + ringed!.hit.x, ringed!.y)
      .match(/\d+/g)!
      .map(Number);
    expect(r! > 200 && g! > 90 && g! < 190 && b! < 100, `${r},${g},${b} is the accent`).to.equal(true);
    expect(pixel(other!.x + other!.hit.x, other!.y)).to.equal(COLOURS.background, 'only the selected one');
    expect(clusters.length).to.be.greaterThan(0);
    const c = clusters[0]!;
    expect(pixel(c.x + c.box.x + 3, c.y)).to.equal(COLOURS.surface);
    expect(inked(c.x + c.count.x - 8, c.y - 5, 16, 10)).to.be.greaterThan(5, 'the count is written');
  });

  it('draws the same marks at a pixel ratio of 2, in the colours of each paint', () => {
    const events = [
      event('air', { start: '2016-03-01' }),
      event('guess', { start: '2016-06-01', approximate: true }, { type: 'diplomatic-talks' }),
      event('since', { start: '2016-09-01', end: null }),
    ];
    const one = paint(events);
    const two = paint(events, 6, false, { ratio: 2 });
    for (const shape of one.marks) {
      const { x, y } = shape;
      const id = shape.mark.item.event.id;
      expect(two.pixel(x, y), id).to.equal(one.pixel(x, y));
      // Anti-aliased edges differ between the two sizes; the amount of ink does not, much.
      const a = one.inked(x - 8, y - 8, 16, 16);
      const b = two.inked(x - 8, y - 8, 16, 16);
      expect(Math.abs(a - b), `${id}: ${a} against ${b} pixels`).to.be.lessThan(a * 0.25);
    }
    const since = one.marks.find((s) => s.mark.item.event.id === 'since')!;
    expect(since.tail, 'an open range has its trail').to.not.equal(null);
    const { x, dx } = since.tail!;
    const trail = (p: typeof one) => p.inked(since.x + Math.min(x, x + dx), since.y - 2, Math.abs(dx), 4);
    expect(trail(one)).to.be.greaterThan(5, 'the trail is drawn');
    expect(Math.abs(trail(one) - trail(two))).to.be.lessThan(trail(one) * 0.35);
    // A theme changed between two paints: the second uses the new colours, not bitmaps of the old.
    const dark: MarkColours = {
      ...COLOURS,
      families: { ...COLOURS.families, air: 'rgb(250, 200, 0)' },
      background: 'rgb(20, 20, 20)',
    };
    const air = one.marks.find((s) => s.mark.item.event.id === 'air')!;
    expect(paint(events, 6, false, { ratio: 2, colours: dark }).pixel(air.x, air.y)).to.equal(
      'rgb(250, 200, 0)',
    );
  });

  it('makes no bitmap while painting marks whose sprites were prepared ahead', () => {
    // Colours no other test uses, so that nothing is left over from another paint.
    const colours: MarkColours = {
      ...COLOURS,
      families: { ...COLOURS.families, air: 'rgb(201, 1, 1)', political: 'rgb(1, 151, 151)' },
      background: 'rgb(254, 254, 254)',
    };
    const events = [
      event('air', { start: '2016-02-01' }),
      event('guess', { start: '2016-03-01', approximate: true }),
      event('due', { start: '2016-04-01' }, { status: 'expected' }),
      event('placed', { start: '2016-05-01', derivation: { method: 'discourse' } }),
      event('since', { start: '2016-07-01', end: null }, { type: 'diplomatic-talks' }),
      event('by', { start: null, end: '2016-10-01' }, { type: 'diplomatic-talks' }),
    ];
    const canvases = () => {
      const made: string[] = [];
      const create = document.createElement;
      document.createElement = function (this: Document, name: string, options?: ElementCreationOptions) {
        if (name === 'canvas') made.push(name);
        return create.call(this, name, options);
      } as typeof document.createElement;
      try {
        return { made, painted: paint(events, 6, false, { colours }) };
      } finally {
        document.createElement = create;
      }
    };
    prepareSprites(document, 1, colours);
    const { made, painted } = canvases();
    expect(painted.marks.length).to.equal(events.length);
    expect(made.length, 'the test canvas alone').to.equal(1);
    expect(painted.pixel(painted.marks[0]!.x, painted.marks[0]!.y)).to.equal('rgb(201, 1, 1)');
  });

  it('rehearses a first frame on a canvas of its own: every sprite copied, the text in both fonts', () => {
    const colours: MarkColours = { ...COLOURS, families: { ...COLOURS.families, air: 'rgb(202, 2, 2)' } };
    prepareSprites(document, 1, colours);
    const proto = CanvasRenderingContext2D.prototype;
    const { drawImage, fillText } = proto;
    const copied = new Set<CanvasImageSource>();
    const texts: string[] = [];
    let target: HTMLCanvasElement | undefined;
    proto.drawImage = function (this: CanvasRenderingContext2D, image: CanvasImageSource) {
      copied.add(image);
      target = this.canvas;
    } as typeof drawImage;
    proto.fillText = function (this: CanvasRenderingContext2D, text: string) {
      texts.push(`${this.font} ${text}`);
    } as typeof fillText;
    try {
      rehearsePaint(document, 1, colours, 'serif', 'Abc…');
    } finally {
      proto.drawImage = drawImage;
      proto.fillText = fillText;
    }
    // One sprite per family in six looks, and two trails per family, for these colours at least.
    expect(copied.size).to.be.at.least(6 * 8);
    expect(target?.isConnected, 'a canvas of its own, not in the page').to.equal(false);
    expect(texts).to.deep.equal([`${countFont('serif')} Abc…`, `${labelFont('serif')} Abc…`]);
  });
});
