import type { TypeFamily } from '../layout/format.js';
import { LABEL_FONT_SIZE, SYMBOL_RADIUS, type ClusterShape, type MarkShape } from '../layout/scene.js';
import { symbolPath } from './symbols.js';

// Draws the marks and clusters of one frame on a canvas, from the same geometry the SVG draws
// (src/layout/scene.ts), with the same look as the stylesheet's `.mark` and `.cluster` rules. A canvas because a
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

const symbols = new Map<TypeFamily, Path2D>();

function symbolOf(family: TypeFamily): Path2D {
  let path = symbols.get(family);
  if (!path) {
    path = new Path2D(symbolPath(family, SYMBOL_RADIUS));
    symbols.set(family, path);
  }
  return path;
}

/** Paints `marks` and `clusters` onto `ctx`, whose transform maps chart pixels to the canvas. */
export function paintMarks(
  ctx: CanvasRenderingContext2D,
  marks: readonly MarkShape[],
  clusters: readonly ClusterShape[],
  options: PaintOptions,
): void {
  const { colours, fontFamily, ringed } = options;
  clusters.forEach((shape, i) => {
    const { box, count } = shape;
    ctx.save();
    ctx.translate(shape.x, shape.y);
    ctx.beginPath();
    ctx.roundRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1, shape.radius);
    ctx.fillStyle = colours.surface;
    ctx.fill();
    ctx.lineWidth = options.ringedCluster === i ? 2.5 : 1;
    ctx.strokeStyle = options.ringedCluster === i ? colours.accent : colours.muted;
    ctx.stroke();
    ctx.fillStyle = colours.foreground;
    ctx.font = `600 ${COUNT_FONT_SIZE}px ${fontFamily}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(count.text, count.x, count.y);
    ctx.restore();
  });
  ctx.font = `${LABEL_FONT_SIZE}px ${fontFamily}`;
  ctx.textBaseline = 'middle';
  for (const shape of marks) {
    const { family, kind } = shape.mark.item;
    const colour = colours.families[family];
    const open = kind === 'open-start' || kind === 'open-end';
    ctx.save();
    ctx.translate(shape.x, shape.y);
    ctx.strokeStyle = colour;
    ctx.lineWidth = LINE;
    if (shape.tail) {
      const { x, y, dx, dy } = shape.tail;
      ctx.setLineDash([2, 3]);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + dx, y + dy);
      ctx.stroke();
    }
    // Dashes and faint fills say what the date does not: an approximate date, an open side.
    const dash = open ? [2, 3] : shape.approximate ? [3, 2] : [];
    if (shape.span) {
      ctx.setLineDash(dash);
      if (shape.span.shape === 'bar') {
        const { x, y, width, height } = shape.span.box;
        ctx.globalAlpha = open ? 0.12 : shape.approximate ? 0.3 : 0.35;
        ctx.fillStyle = colour;
        ctx.fillRect(x, y, width, height);
        ctx.globalAlpha = 1;
        ctx.strokeRect(x, y, width, height);
      } else ctx.stroke(new Path2D(shape.span.path));
    }
    const symbol = symbolOf(family);
    const hollow = shape.expected || shape.placed;
    ctx.fillStyle = hollow ? colours.background : colour;
    ctx.globalAlpha = shape.approximate && !hollow ? 0.3 : 1;
    ctx.fill(symbol);
    ctx.globalAlpha = 1;
    ctx.setLineDash(shape.placed ? [1.5, 1.5] : shape.approximate ? [3, 2] : []);
    ctx.stroke(symbol);
    ctx.setLineDash([]);
    if (ringed.has(shape.mark.item.event.id)) {
      const { x, y, width, height } = shape.hit;
      ctx.strokeStyle = colours.accent;
      ctx.lineWidth = 2.5;
      ctx.strokeRect(x, y, width, height);
    }
    if (shape.label) {
      ctx.fillStyle = colours.foreground;
      ctx.textAlign = shape.label.anchor === 'end' ? 'right' : 'left';
      ctx.fillText(shape.label.text, shape.label.x, 0);
    }
    ctx.restore();
  }
}
