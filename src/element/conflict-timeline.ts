import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import { layoutTimeline, type TimelineLayout } from '../layout/layout.js';
import { formatEventDate, typeFamily } from '../layout/format.js';
import { formatTimelineError, partitionTimeline } from '../schema/validate.js';
import type { Timeline } from '../schema/types.js';
import { styles } from './conflict-timeline.styles.js';

type Status = 'empty' | 'loading' | 'error' | 'ready';

const MARGIN = { top: 12, right: 16, bottom: 28, left: 16 };
const LANE_HEIGHT = 22;

/**
 * An interactive timeline of a conflict, drawn from timeline JSON (see the package's schema).
 *
 * @summary Shows dated, sourced events on a time axis, each drawn as precisely as its source dated it.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart status - The loading message.
 * @csspart error - The error message when the timeline cannot be shown.
 * @csspart notice - The note that some events were left out as invalid.
 * @csspart chart - The SVG drawing.
 * @csspart axis - The time axis group.
 * @csspart marks - The group of event marks.
 * @csspart mark - One event's mark; also `mark-point` or `mark-span`.
 * @csspart event-list - The list of events for screen readers.
 *
 * @cssproperty --conflict-timeline-color - Text and axis colour.
 * @cssproperty --conflict-timeline-background - Background.
 * @cssproperty --conflict-timeline-font - Font shorthand.
 * @cssproperty --conflict-timeline-min-height - Height reserved before the data arrives.
 * @cssproperty --conflict-timeline-error-color - Colour of the error message.
 * @cssproperty --conflict-timeline-air - Colour of air and drone strikes.
 * @cssproperty --conflict-timeline-ground - Colour of shelling, clashes and explosions.
 * @cssproperty --conflict-timeline-territory - Colour of changes of territory and deployments.
 * @cssproperty --conflict-timeline-violence - Colour of violence against people.
 * @cssproperty --conflict-timeline-political - Colour of talks, agreements and statements.
 * @cssproperty --conflict-timeline-other - Colour of everything else.
 */
export class ConflictTimeline extends LitElement {
  static override styles = styles;

  /** The timeline JSON, as an object. Setting it replaces whatever `src` loaded. */
  @property({ attribute: false }) data: Timeline | null = null;

  /** URL of a timeline JSON file to load. */
  @property({ reflect: true }) src: string | null = null;

  @state() private status: Status = 'empty';
  @state() private message = '';
  @state() private timeline: Timeline | null = null;
  @state() private droppedEvents = 0;
  @state() private width = 0;

  private layout: TimelineLayout | null = null;
  private loadController: AbortController | null = null;
  private resizeObserver: ResizeObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w !== this.width) this.width = w;
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.loadController?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') && this.data !== null) {
      this.loadController?.abort();
      this.accept(this.data, 'data');
    } else if (changed.has('src') && this.data === null) {
      void this.load(this.src);
    }
    if (this.timeline && (changed.has('width') || changed.has('timeline'))) {
      this.layout = layoutTimeline(this.timeline, { width: this.plotWidth });
    }
  }

  protected override updated(): void {
    const axis = this.renderRoot.querySelector<SVGGElement>('g[part~="axis"]');
    if (axis && this.layout) {
      select(axis).call(axisBottom(this.layout.scale).ticks(Math.max(2, Math.floor(this.plotWidth / 110))));
    }
  }

  private get plotWidth(): number {
    return Math.max(1, (this.width || 640) - MARGIN.left - MARGIN.right);
  }

  private async load(src: string | null): Promise<void> {
    this.loadController?.abort();
    if (!src) {
      this.status = 'empty';
      this.timeline = null;
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.status = 'loading';
    let text: string;
    try {
      const response = await fetch(src, { signal: controller.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (e) {
      if (controller.signal.aborted) return;
      this.fail(`Could not load the timeline from ${src}: ${(e as Error).message}`);
      return;
    }
    if (controller.signal.aborted) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      this.fail(`The timeline at ${src} is not valid JSON: ${(e as Error).message}`);
      return;
    }
    this.accept(parsed, src);
  }

  private accept(value: unknown, from: string): void {
    const { timeline, errors, dropped } = partitionTimeline(value);
    if (!timeline) {
      this.fail(
        `The timeline from ${from} cannot be shown:\n${errors.slice(0, 5).map(formatTimelineError).join('\n')}`,
      );
      return;
    }
    if (errors.length) console.warn(`<conflict-timeline>: ${errors.length} problem(s) in ${from}`, errors);
    this.timeline = timeline;
    this.droppedEvents = dropped.events;
    this.status = 'ready';
    this.message = '';
  }

  private fail(message: string): void {
    this.status = 'error';
    this.message = message;
    this.timeline = null;
    this.layout = null;
  }

  protected override render() {
    return html`<div part="base">${this.renderBody()}</div>`;
  }

  private renderBody() {
    switch (this.status) {
      case 'empty':
        return nothing;
      case 'loading':
        return html`<p part="status" role="status">Loading timeline…</p>`;
      case 'error':
        return html`<p part="error" role="alert">${this.message}</p>`;
      case 'ready':
        return this.renderChart();
    }
  }

  private renderChart() {
    const layout = this.layout;
    const timeline = this.timeline;
    if (!layout || !timeline) return nothing;
    const height = MARGIN.top + Math.max(1, layout.lanes) * LANE_HEIGHT + MARGIN.bottom;
    const count = layout.marks.length;
    const label = `Timeline of ${count} dated event${count === 1 ? '' : 's'}${timeline.title ? `: ${timeline.title}` : ''}`;
    return html`
      <svg part="chart" width=${this.width || 640} height=${height} role="img" aria-label=${label}>
        <g part="marks" transform="translate(${MARGIN.left},${MARGIN.top})">
          ${layout.marks.map((m) => {
            const y = m.lane * LANE_HEIGHT + LANE_HEIGHT / 2;
            const classes = [
              'mark',
              `family-${typeFamily(m.type)}`,
              m.event.date?.approximate ? 'approximate' : '',
              m.interval.openStart ? 'open-start' : '',
              m.interval.openEnd ? 'open-end' : '',
            ].join(' ');
            return svg`<g part="mark mark-${m.kind}" class=${classes} data-event-id=${m.event.id}
              data-type=${m.type} transform="translate(${m.x},${y})">
              ${
                m.kind === 'point'
                  ? svg`<circle r="5"></circle>`
                  : svg`<rect x="0" y="-5" width=${m.x2 - m.x} height="10" rx="2"></rect>`
              }
              <title>${m.event.title} (${formatEventDate(m.event.date)})</title>
            </g>`;
          })}
        </g>
        <g part="axis" transform="translate(${MARGIN.left},${height - MARGIN.bottom})"></g>
      </svg>
      <ol part="event-list" class="visually-hidden">
        ${layout.marks.map(
          (m) =>
            html`<li data-event-id=${m.event.id}>${formatEventDate(m.event.date)}: ${m.event.title}</li>`,
        )}
        ${layout.undated.map((e) => html`<li data-event-id=${e.id}>Undated: ${e.title}</li>`)}
      </ol>
      ${
        this.droppedEvents
          ? html`<p part="notice">
              ${this.droppedEvents} invalid event${this.droppedEvents === 1 ? ' was' : 's were'} left out.
            </p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
}
