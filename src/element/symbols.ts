import type { TypeFamily } from '../layout/format.js';

/** The families in legend order, with the words the legend and screen readers use. */
export const FAMILIES: ReadonlyArray<readonly [TypeFamily, string]> = [
  ['air', 'Air and drone strikes'],
  ['ground', 'Shelling, clashes, bombs'],
  ['territory', 'Territory and deployments'],
  ['violence', 'Violence against people'],
  ['political', 'Talks, deals, statements'],
  ['other', 'Other'],
];

/**
 * One shape per family as an SVG path centred on 0,0, so that colour is never the only difference between
 * kinds of event (WCAG 1.4.1): a triangle pointing down for what falls from the air, a square for ground
 * fire, a diamond for territory, a circle for violence against people, a triangle up for politics, a cross
 * for the rest. `r` is the half-size in pixels.
 */
export function symbolPath(family: TypeFamily, r: number): string {
  switch (family) {
    case 'air':
      return `M${-r},${-r * 0.8}H${r}L0,${r}Z`;
    case 'ground':
      return `M${-r * 0.85},${-r * 0.85}h${r * 1.7}v${r * 1.7}h${-r * 1.7}Z`;
    case 'territory':
      return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
    case 'violence':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'political':
      return `M${-r},${r * 0.8}H${r}L0,${-r}Z`;
    case 'other':
      return `M${-r * 0.35},${-r}h${r * 0.7}v${r * 0.65}h${r * 0.65}v${r * 0.7}h${-r * 0.65}v${r * 0.65}h${-r * 0.7}v${-r * 0.65}h${-r * 0.65}v${-r * 0.7}h${r * 0.65}Z`;
  }
}
