import type { TypeFamily } from '../layout/format.js';
import { OPEN_TAIL } from '../layout/layout.js';
import { LABEL_FONT_SIZE, SYMBOL_RADIUS, type ClusterShape, type MarkShape } from '../layout/scene.js';
import { symbolPath } from './symbols.js';

// Draws the marks and clusters of one frame on a canvas, from the same geometry the SVG's buttons are placed
// by (src/layout/scene.ts), in the colours the stylesheet's custom properties give. A canvas because a
// zoom through thousands of events redraws some 250 marks per frame: as SVG, each is half a dozen elements
// whose creation, style and layout took most of a frame (bench:render, 10,000 events).

/** The colours the stylesheet gives marks, resolved from the element's custom properties. */
export interface MarkColours {
  families: Record<TypeFamily, string>;
  /** Text. */
  foreground: string;
  /** The chart's background: the inside of hollow symbols. */
  background: string;
  /** A cluster's fill. */
  surface: string;
  /** A cluster's outline. */
  muted: string;
  /** The ring of the selected and the focused mark. */
  accent: string;
}

export interface PaintOptions {
  colours: MarkColours;
  /** The font family of the labels (the element's). */
  fontFamily: string;
  /** Events drawn with a ring: the selected and the focused one. */
  ringed: ReadonlySet<string>;
  /** The focused cluster (by index), drawn with a ring. */
  ringedCluster?: number;
}

const COUNT_FONT_SIZE = 11;
const LINE = 1.5;

/** The canvas font of the marks' labels. */
export function labelFont(family: string): string {
  return `${LABEL_FONT_SIZE}px ${family}`;
}

/** The canvas font of the clusters' counts. */
export function countFont(family: string): string {
  return `600 ${COUNT_FONT_SIZE}px ${family}`;
}

const symbols = new Map<TypeFamily, Path2D>();

function symbolOf(family: TypeFamily): Path2D {
  let path = symbols.get(family);
  if (!path) {
    path = new Path2D(symbolPath(family, SYMBOL_RADIUS));
    symbols.set(family, path);
  }
  return path;
}

/** A small bitmap drawn once and copied into every frame; `x`, `y`: its anchor, in its own device pixels. */
interface Sprite {
  image: HTMLCanvasElement;
  x: number;
  y: number;
}

// Why bitmaps: the canvas records each frame's paths and rasterises them when the frame ends, in software
// here and on many phones. A zoom through thousands of events draws some 250 symbols a frame, many dashed
// (a dash pattern is rasterised segment by segment); copying a ready bitmap costs a fraction of drawing it
// (bench:render, 10,000 events: the p95 zoom frame). The few distinct symbols (family, colour, style) and
// open-range trails make a small set, keyed by everything that changes their pixels.
const sprites = new Map<string, Sprite>();
/** More keys than any theme needs (six families by six styles by two pixel ratios, and the trails); a page
 * that cycles through colours starts over rather than growing without end. */
const MAX_SPRITES = 512;

/**
 * The sprite for `key` at `ratio`: `box` is what `draw` may paint around the anchor, in chart pixels
 * (left, top, right, bottom, from the anchor).
 */
function spriteOf(
  document: Document,
  key: string,
  ratio: number,
  box: readonly [number, number, number, number],
  draw: (c: CanvasRenderingContext2D) => void,
): Sprite | null {
  const id = `${ratio} ${key}`;
  let sprite = sprites.get(id);
  if (sprite) return sprite;
  const image = document.createElement('canvas');
  const x = Math.ceil(box[0] * ratio);
  const y = Math.ceil(box[1] * ratio);
  image.width = x + Math.ceil(box[2] * ratio);
  image.height = y + Math.ceil(box[3] * ratio);
  const c = image.getContext('2d');
  if (!c) return null;
  c.setTransform(ratio, 0, 0, ratio, x, y);
  draw(c);
  if (sprites.size >= MAX_SPRITES) sprites.clear();
  sprite = { image, x, y };
  sprites.set(id, sprite);
  return sprite;
}

/** An open range's dotted trail from its anchor along `dx`, `dy`. */
function trailSprite(
  document: Document,
  ratio: number,
  { dx, dy }: Pick<NonNullable<MarkShape['tail']>, 'dx' | 'dy'>,
  colour: string,
): Sprite | null {
  const box = [
    LINE - Math.min(0, dx),
    LINE - Math.min(0, dy),
    LINE + Math.max(0, dx),
    LINE + Math.max(0, dy),
  ] as const;
  return spriteOf(document, `tail ${dx} ${dy} ${colour}`, ratio, box, (c) => {
    c.strokeStyle = colour;
    c.lineWidth = LINE;
    c.setLineDash([2, 3]);
    c.beginPath();
    c.moveTo(0, 0);
    c.lineTo(dx, dy);
    c.stroke();
  });
}

/** A mark's symbol centred on its anchor: hollow when expected or placed, faint and dashed when approximate. */
function symbolSprite(
  document: Document,
  ratio: number,
  family: TypeFamily,
  { approximate, expected, placed }: Pick<MarkShape, 'approximate' | 'expected' | 'placed'>,
  colours: MarkColours,
): Sprite | null {
  const colour = colours.families[family];
  const hollow = expected || placed;
  const fill = hollow ? colours.background : colour;
  const reach = SYMBOL_RADIUS + LINE;
  const key = `symbol ${family} ${placed ? 'placed' : hollow ? 'hollow' : 'filled'} ${approximate} ${colour} ${fill}`;
  return spriteOf(document, key, ratio, [reach, reach, reach, reach], (c) => {
    const path = symbolOf(family);
    c.fillStyle = fill;
    c.globalAlpha = approximate && !hollow ? 0.3 : 1;
    c.fill(path);
    c.globalAlpha = 1;
    c.strokeStyle = colour;
    c.lineWidth = LINE;
    c.setLineDash(placed ? [1.5, 1.5] : approximate ? [3, 2] : []);
    c.stroke(path);
  });
}

/**
 * Draws the sprites a chart in these colours is made of (each family's symbol in each look, and the trails
 * of a horizontal chart's open ranges) ahead of its first frame, while the page waits for the data. Made in
 * that frame instead, a canvas and context for each cost it 4 to 7 ms (30 of them; medians of 16 and of 24
 * fresh pages).
 */
export function prepareSprites(document: Document, ratio: number, colours: MarkColours): void {
  for (const family of Object.keys(colours.families) as TypeFamily[]) {
    for (const approximate of [false, true])
      for (const [expected, placed] of [
        [false, false],
        [true, false],
        [false, true],
      ] as const)
        symbolSprite(document, ratio, family, { approximate, expected, placed }, colours);
    for (const dx of [-OPEN_TAIL, OPEN_TAIL])
      trailSprite(document, ratio, { dx, dy: 0 }, colours.families[family]);
  }
}

/**
 * Draws, once, on a small canvas of its own, what a chart's first frame would otherwise draw for the first
 * time in the page: each sprite copied, the characters of `text` in the labels' and the counts' fonts (the
 * glyphs are rasterised once per font, whatever the canvas), a cluster's pill. Called while the element waits
 * for its data: the first frame's labels took 0.9 to 1.8 ms to draw without it and 0.1 to 0.4 with it, the
 * whole paint of 1,000 events 5.2 to 8.3 ms against 4.1 to 6.6 (8 fresh pages each).
 */
export function rehearsePaint(
  document: Document,
  ratio: number,
  colours: MarkColours,
  fontFamily: string,
  text: string,
): void {
  const c = document.createElement('canvas');
  c.width = 64;
  c.height = 32;
  const ctx = c.getContext('2d');
  if (!ctx) return;
  for (const sprite of sprites.values()) ctx.drawImage(sprite.image, 0, 0);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.beginPath();
  ctx.roundRect(1.5, 1.5, 40, 18, 9);
  ctx.fillStyle = colours.surface;
  ctx.fill();
  ctx.strokeStyle = colours.muted;
  ctx.stroke();
  ctx.fillStyle = colours.foreground;
  ctx.textBaseline = 'middle';
  for (const font of [countFont(fontFamily), labelFont(fontFamily)]) {
    ctx.font = font;
    ctx.fillText(text, 0, 10);
  }
}

/** Paints `marks` and `clusters` onto `ctx`, whose transform maps chart pixels to the canvas. */
export function paintMarks(
  ctx: CanvasRenderingContext2D,
  marks: readonly MarkShape[],
  clusters: readonly ClusterShape[],
  options: PaintOptions,
): void {
  const { colours, fontFamily, ringed } = options;
  ctx.font = countFont(fontFamily);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  clusters.forEach((shape, i) => {
    const { box, count } = shape;
    const ring = options.ringedCluster === i;
    ctx.beginPath();
    ctx.roundRect(shape.x + box.x + 0.5, shape.y + box.y + 0.5, box.width - 1, box.height - 1, shape.radius);
    ctx.fillStyle = colours.surface;
    ctx.fill();
    ctx.lineWidth = ring ? 2.5 : 1;
    ctx.strokeStyle = ring ? colours.accent : colours.muted;
    ctx.stroke();
    ctx.fillStyle = colours.foreground;
    ctx.fillText(count.text, shape.x + count.x, shape.y + count.y);
  });
  // In layers, each over the one before: spans; trails and symbols; rings; labels.
  ctx.lineWidth = LINE;
  for (const shape of marks) {
    if (!shape.span) continue;
    const { kind } = shape.mark.item;
    const colour = colours.families[shape.mark.item.family];
    const open = kind === 'open-start' || kind === 'open-end';
    // Dashes and faint fills say what the date does not: an approximate date, an open side.
    ctx.setLineDash(open ? [2, 3] : shape.approximate ? [3, 2] : []);
    ctx.strokeStyle = colour;
    if (shape.span.shape === 'bar') {
      const { x, y, width, height } = shape.span.box;
      ctx.globalAlpha = open ? 0.12 : shape.approximate ? 0.3 : 0.35;
      ctx.fillStyle = colour;
      ctx.fillRect(shape.x + x, shape.y + y, width, height);
      ctx.globalAlpha = 1;
      ctx.strokeRect(shape.x + x, shape.y + y, width, height);
    } else {
      ctx.save();
      ctx.translate(shape.x, shape.y);
      ctx.stroke(new Path2D(shape.span.path));
      ctx.restore();
    }
  }
  ctx.setLineDash([]);
  // The caller's transform: a scale by the pixel ratio, perhaps moved. Sprites are copied in device pixels,
  // each to a whole pixel so that the copy is exact (half a device pixel off the true place at most).
  const chart = ctx.getTransform();
  const copy = (sprite: Sprite | null, x: number, y: number) => {
    if (!sprite) return;
    const px = Math.round(chart.a * x + chart.e);
    const py = Math.round(chart.d * y + chart.f);
    ctx.drawImage(sprite.image, px - sprite.x, py - sprite.y);
  };
  const document = ctx.canvas.ownerDocument;
  // Each look's sprite found once a paint, not once a mark: its key is a string made of the look, and making
  // it for each of some 250 marks a frame was most of the garbage a zoom frame's paint left (heap sampling).
  const looks = new Map<TypeFamily, (Sprite | null)[]>();
  const symbolFor = (shape: MarkShape): Sprite | null => {
    const { family } = shape.mark.item;
    let sprites = looks.get(family);
    if (!sprites) looks.set(family, (sprites = []));
    // As `symbolSprite` tells them apart: placed, else expected (both hollow), else filled; approximate or not.
    const look = (shape.placed ? 4 : shape.expected ? 2 : 0) + (shape.approximate ? 1 : 0);
    let sprite = sprites[look];
    if (sprite === undefined)
      sprites[look] = sprite = symbolSprite(document, chart.a, family, shape, colours);
    return sprite;
  };
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  for (const shape of marks) {
    const { tail } = shape;
    if (tail)
      copy(
        trailSprite(document, chart.a, tail, colours.families[shape.mark.item.family]),
        shape.x + tail.x,
        shape.y + tail.y,
      );
    copy(symbolFor(shape), shape.x, shape.y);
  }
  ctx.setTransform(chart);
  ctx.strokeStyle = colours.accent;
  ctx.lineWidth = 2.5;
  for (const shape of marks) {
    if (!ringed.has(shape.mark.item.event.id)) continue;
    const { x, y, width, height } = shape.hit;
    ctx.strokeRect(shape.x + x, shape.y + y, width, height);
  }
  ctx.font = labelFont(fontFamily);
  ctx.fillStyle = colours.foreground;
  for (const shape of marks) {
    if (!shape.label) continue;
    ctx.textAlign = shape.label.anchor === 'end' ? 'right' : 'left';
    ctx.fillText(shape.label.text, shape.x + shape.label.x, shape.y);
  }
}
