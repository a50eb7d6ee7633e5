import { css } from 'lit';

// Colours: each at least 3:1 against its theme's background (WCAG 1.4.11 for graphics) and text 4.5:1;
// hues from the Okabe-Ito set, darkened for light and lightened for dark, and every family also has its
// own shape, so no reader depends on telling colours apart.

// The dark palette, once: set by theme="dark", or by the reader's preference unless theme="light".
const dark = css`
  --ct-fg: var(--conflict-timeline-color, #e6edf3);
  --ct-muted: var(--conflict-timeline-muted, #9da7b3);
  --ct-bg: var(--conflict-timeline-background, #0d1117);
  --ct-surface: var(--conflict-timeline-surface, #161b22);
  --ct-accent: var(--conflict-timeline-accent, #58a6ff);
  --ct-air: var(--conflict-timeline-air, #ff8a4c);
  --ct-ground: var(--conflict-timeline-ground, #e3b341);
  --ct-territory: var(--conflict-timeline-territory, #3fcf9f);
  --ct-violence: var(--conflict-timeline-violence, #f08cc8);
  --ct-political: var(--conflict-timeline-political, #6cb6ff);
  --ct-other: var(--conflict-timeline-other, #a9b1bb);
`;

export const styles = css`
  :host {
    --ct-fg: var(--conflict-timeline-color, #1f2328);
    --ct-muted: var(--conflict-timeline-muted, #57606a);
    --ct-bg: var(--conflict-timeline-background, #ffffff);
    --ct-surface: var(--conflict-timeline-surface, #f6f8fa);
    --ct-accent: var(--conflict-timeline-accent, #0550ae);
    --ct-air: var(--conflict-timeline-air, #b5400b);
    --ct-ground: var(--conflict-timeline-ground, #7a5500);
    --ct-territory: var(--conflict-timeline-territory, #006b4f);
    --ct-violence: var(--conflict-timeline-violence, #9c3572);
    --ct-political: var(--conflict-timeline-political, #00589b);
    --ct-other: var(--conflict-timeline-other, #5c6370);
    display: block;
    position: relative;
    color: var(--ct-fg);
    background: var(--ct-bg);
    font: var(--conflict-timeline-font, 14px/1.4 system-ui, sans-serif);
    min-height: var(--conflict-timeline-min-height, 8rem);
    contain: layout paint;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  .stage {
    position: absolute;
    top: 0;
    left: 0;
    width: 100%;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    contain: strict;
  }
  [part~='status'],
  [part~='error'] {
    margin: 0;
    padding: 1rem;
  }
  [part~='error'] {
    color: var(--conflict-timeline-error-color, #a4000f);
    white-space: pre-line;
  }
  [part~='toolbar'],
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-bottom: 0.25rem;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--ct-surface);
    border: 1px solid var(--ct-muted);
    border-radius: 4px;
    padding: 0.15rem 0.5rem;
    min-height: 24px;
    min-width: 24px;
    cursor: pointer;
  }
  [part~='legend'] button[aria-pressed='false'] {
    opacity: 0.75;
    text-decoration: line-through;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  button svg {
    vertical-align: -2px;
    margin-inline-end: 0.25rem;
  }
  :focus-visible {
    outline: 3px solid var(--ct-accent);
    outline-offset: 2px;
  }
  .chart {
    position: relative;
  }
  /* The marks are painted here, over the axis and grid (they stay behind the marks, as they were when the SVG
     drew the marks); pointers and focus go through to the marks' buttons in the chart's SVG. */
  canvas[part~='marks'] {
    position: absolute;
    z-index: 1;
    left: 0;
    top: 0;
    pointer-events: none;
  }
  /* The axis and its grid, under the chart's SVG (which takes the pointer) and the canvas over both. */
  .axis-layer {
    position: absolute;
    left: 0;
    top: 0;
    overflow: visible;
    pointer-events: none;
  }
  svg[part='chart'] {
    position: relative;
    display: block;
    overflow: visible;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .vertical svg[part='chart'] {
    touch-action: pan-x;
  }
  [part~='axis'] line {
    stroke: var(--ct-muted);
  }
  [part~='axis'] line.grid {
    stroke-opacity: 0.25;
  }
  [part~='axis'] .major line.grid {
    stroke-opacity: 0.5;
  }
  [part~='axis'] text,
  .lane-label {
    fill: var(--ct-muted);
    font-size: 11px;
  }
  .lane-label {
    font-weight: 600;
  }
  /* The legend's symbols. The marks are painted on the canvas (paint-marks.ts), in the same custom properties. */
  .legend .symbol {
    fill: var(--ct-color);
    stroke: var(--ct-color);
    stroke-width: 1.5;
  }
  /* Hit areas only: the canvas over them draws the marks, the clusters, and the ring of the focused and the
     selected mark. */
  .mark .hit,
  .cluster rect {
    fill: transparent;
    stroke: none;
  }
  .mark [role='button'] {
    cursor: pointer;
    outline: none;
  }
  .cluster [role='button'] {
    cursor: zoom-in;
    outline: none;
  }
  .family-air {
    --ct-color: var(--ct-air);
  }
  .family-ground {
    --ct-color: var(--ct-ground);
  }
  .family-territory {
    --ct-color: var(--ct-territory);
  }
  .family-violence {
    --ct-color: var(--ct-violence);
  }
  .family-political {
    --ct-color: var(--ct-political);
  }
  .family-other {
    --ct-color: var(--ct-other);
  }
  [part~='legend'] .symbol {
    fill: var(--ct-color);
  }
  [part~='notice'] {
    margin: 0.25rem 0 0;
    font-size: 0.85em;
  }
  [part~='panel'] {
    position: relative;
    margin-top: 0.5rem;
    padding: 0.75rem 1rem;
    background: var(--ct-surface);
    border: 1px solid var(--ct-muted);
    border-radius: 6px;
  }
  [part~='panel'] h2 {
    margin: 0 2rem 0.5rem 0;
    font-size: 1.1em;
  }
  [part~='panel'] .close {
    position: absolute;
    inset-inline-end: 0.5rem;
    top: 0.5rem;
  }
  [part~='panel'] dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15rem 0.75rem;
    margin: 0 0 0.5rem;
  }
  [part~='panel'] dt {
    color: var(--ct-muted);
  }
  [part~='panel'] dd {
    margin: 0;
  }
  [part~='panel'] figure {
    margin: 0.5rem 0 0;
  }
  [part~='quote'] {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--ct-muted);
    font-style: italic;
  }
  a {
    color: var(--ct-accent);
  }
  [part~='table'] {
    width: 100%;
    border-collapse: collapse;
  }
  [part~='table'] caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  [part~='table'] th,
  [part~='table'] td {
    text-align: start;
    padding: 0.2rem 0.4rem;
    border-bottom: 1px solid color-mix(in srgb, var(--ct-muted) 40%, transparent);
    vertical-align: top;
  }
  [part~='table'] tr.selected {
    background: var(--ct-surface);
  }
  button.link {
    border: none;
    background: none;
    padding: 0;
    color: var(--ct-accent);
    text-align: start;
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    [part~='legend'] .symbol {
      fill: CanvasText;
      stroke: CanvasText;
    }
    [part~='axis'] line {
      stroke: CanvasText;
    }
    [part~='axis'] text,
    .lane-label {
      fill: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    [part~='toolbar'],
    [part~='legend'] button[aria-pressed='false'],
    [part~='panel'] .close {
      display: none;
    }
    :host {
      contain: none;
    }
  }
`;
