// What a reader sees of the marks: they are painted on the element's canvas, so the tests read its pixels, at
// the places the SVG's buttons say each mark is (both layers share the chart's origin).
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import {
  LABEL_FONT_SIZE,
  SYMBOL_RADIUS,
  type Box,
  type ClusterShape,
  type MarkShape,
} from '../../src/layout/scene.js';

/** A mark's origin in chart coordinates (its symbol's centre) and its hit area, relative to that origin. */
export function markPlace(el: ConflictTimeline, id: string): { x: number; y: number; hit: Box } | null {
  const button = el.shadowRoot!.querySelector<SVGGElement>(`svg [data-event-id="${CSS.escape(id)}"]`);
  if (!button) return null;
  const outer = button.closest('[part~="mark"]')!;
  const [, x, y] = /translate\((-?[\d.]+),\s*(-?[\d.]+)\)/.exec(outer.getAttribute('transform')!)!;
  const rect = button.querySelector('rect.hit')!;
  const n = (name: string) => Number(rect.getAttribute(name));
  return {
    x: Number(x),
    y: Number(y),
    hit: { x: n('x'), y: n('y'), width: n('width'), height: n('height') },
  };
}

/** Reads the element's marks canvas in chart coordinates (CSS pixels). */
export function chartPixels(el: ConflictTimeline) {
  const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[part~="marks"]')!;
  const ctx = canvas.getContext('2d')!;
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const data = (x: number, y: number, w = 1, h = 1) =>
    ctx.getImageData(
      Math.round(x * ratio),
      Math.round(y * ratio),
      Math.max(1, Math.round(w * ratio)),
      Math.max(1, Math.round(h * ratio)),
    ).data;
  return {
    /** The colour at a point, as `rgba(r, g, b, a)`: `rgba(0, 0, 0, 0)` where nothing is painted. */
    at(x: number, y: number): string {
      const [r, g, b, a] = data(x, y);
      return `rgba(${r}, ${g}, ${b}, ${a})`;
    },
    /** How many device pixels of a box are painted at all. */
    inked(box: Box): number {
      const d = data(box.x, box.y, box.width, box.height);
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n;
    },
  };
}

/** A box in the page's coordinates, as `getBoundingClientRect` gives. */
export interface PageBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What the element last painted: its private scene, which `paintMarks` draws as it is (paint-marks.test.ts). */
interface PaintedScene {
  marks: MarkShape[];
  clusters: ClusterShape[];
}

let measuring: SVGPathElement | undefined;

/** A path's bounding box, measured by the browser rather than by parsing it here. */
function pathBox(d: string): Box {
  if (!measuring) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('aria-hidden', 'true');
    svg.style.cssText = 'position:absolute;left:-9999px;width:1px;height:1px';
    measuring = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    svg.append(measuring);
    document.body.append(svg);
  }
  measuring.setAttribute('d', d);
  const { x, y, width, height } = measuring.getBBox();
  return { x, y, width, height };
}

/**
 * Every shape the canvas shows, in page coordinates: each mark's symbol, span and trail, its label's ink,
 * each cluster's pill. Read from the scene the element painted, since a canvas keeps no shapes.
 */
export function paintedShapes(el: ConflictTimeline) {
  const scene = (el as unknown as { scene: PaintedScene | null }).scene;
  if (!scene) throw new Error('nothing painted');
  const canvas = el.shadowRoot!.querySelector('canvas[part~="marks"]')!;
  const origin = canvas.getBoundingClientRect();
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${LABEL_FONT_SIZE}px ${getComputedStyle(el).fontFamily}`;
  ctx.textBaseline = 'middle';
  const page = (x: number, y: number, b: Box): PageBox => ({
    left: origin.left + x + b.x,
    right: origin.left + x + b.x + b.width,
    top: origin.top + y + b.y,
    bottom: origin.top + y + b.y + b.height,
  });
  const r = SYMBOL_RADIUS;
  const marks = scene.marks.map((s) => {
    const parts: PageBox[] = [page(s.x, s.y, { x: -r, y: -r, width: 2 * r, height: 2 * r })];
    if (s.span) parts.push(page(s.x, s.y, s.span.shape === 'bar' ? s.span.box : pathBox(s.span.path)));
    if (s.tail) {
      const { x, y, dx, dy } = s.tail;
      parts.push(
        page(s.x, s.y, {
          x: Math.min(x, x + dx),
          y: Math.min(y, y + dy),
          width: Math.abs(dx),
          height: Math.abs(dy),
        }),
      );
    }
    let label: PageBox | null = null;
    if (s.label) {
      ctx.textAlign = s.label.anchor === 'end' ? 'right' : 'left';
      const m = ctx.measureText(s.label.text);
      label = page(s.x, s.y, {
        x: s.label.x - m.actualBoundingBoxLeft,
        y: -m.actualBoundingBoxAscent,
        width: m.actualBoundingBoxLeft + m.actualBoundingBoxRight,
        height: m.actualBoundingBoxAscent + m.actualBoundingBoxDescent,
      });
    }
    return { id: s.mark.item.event.id, parts, label, text: s.label?.text ?? '' };
  });
  const clusters = scene.clusters.map((c) => ({ count: c.cluster.items.length, box: page(c.x, c.y, c.box) }));
  return { marks, clusters };
}
