import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    color: var(--conflict-timeline-color, #1f2328);
    background: var(--conflict-timeline-background, transparent);
    font: var(--conflict-timeline-font, 14px/1.4 system-ui, sans-serif);
    --conflict-timeline-air: #c0392b;
    --conflict-timeline-ground: #d35400;
    --conflict-timeline-territory: #6c3483;
    --conflict-timeline-violence: #922b21;
    --conflict-timeline-political: #1f618d;
    --conflict-timeline-other: #566573;
    min-height: var(--conflict-timeline-min-height, 8rem);
  }
  :host([hidden]) {
    display: none;
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
  svg {
    display: block;
    overflow: visible;
  }
  .mark circle,
  .mark rect {
    fill: var(--mark-color);
    stroke: var(--mark-color);
    stroke-width: 1.5;
  }
  .mark.approximate circle,
  .mark.approximate rect {
    fill-opacity: 0.35;
    stroke-dasharray: 3 2;
  }
  .mark.open-start rect,
  .mark.open-end rect {
    fill-opacity: 0.2;
    stroke-dasharray: 2 2;
  }
  .family-air {
    --mark-color: var(--conflict-timeline-air);
  }
  .family-ground {
    --mark-color: var(--conflict-timeline-ground);
  }
  .family-territory {
    --mark-color: var(--conflict-timeline-territory);
  }
  .family-violence {
    --mark-color: var(--conflict-timeline-violence);
  }
  .family-political {
    --mark-color: var(--conflict-timeline-political);
  }
  .family-other {
    --mark-color: var(--conflict-timeline-other);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='notice'] {
    margin: 0.25rem 0 0;
    font-size: 0.85em;
  }
`;
