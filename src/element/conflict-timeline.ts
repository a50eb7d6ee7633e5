import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { formatEventDate, formatIsoDateText, typeWords, type TypeFamily } from '../layout/format.js';
import {
  groupsOf,
  layoutView,
  prepareTimeline,
  type Group,
  type GroupBy,
  type PreparedEvent,
  type PreparedTimeline,
  type ViewLayout,
  type ViewOptions,
} from '../layout/layout.js';
import {
  AXIS,
  chartFrame,
  clip,
  clusterShape,
  LABEL_FONT_SIZE,
  markShape,
  PAD,
  TOP,
  VERTICAL_AXIS,
  VERTICAL_LENGTH,
  type ClusterShape,
  type MarkShape,
} from '../layout/scene.js';
import { prepareTickFormats, timeTicks, type TimeWindow } from '../layout/time-scale.js';
import { daysToWindow, panLimits, panWindow, windowToDays, zoomWindow } from '../layout/window.js';
import { formatTimelineError, partitionTimeline } from '../schema/validate.js';
import type { Timeline, TimelineEvent, TimelineSource } from '../schema/types.js';
import { styles } from './conflict-timeline.styles.js';
import { FAMILIES, symbolPath } from './symbols.js';
import { labelFont, paintMarks, prepareSprites, rehearsePaint, type MarkColours } from './paint-marks.js';
import { httpUrl } from '../fallback/html.js';
import { rehearsalTimeline } from './rehearsal.js';

type Status = 'empty' | 'loading' | 'error' | 'ready';

/** Detail of `conflict-timeline-select`. */
export interface ConflictTimelineSelectDetail {
  id: string;
  event: TimelineEvent;
}

/** Detail of `conflict-timeline-rangechange`: the visible window as days, both inclusive. */
export interface ConflictTimelineRangeDetail {
  start: string;
  end: string;
}

/** Below this width the chart turns vertical: time runs down the page, as a phone reader scrolls. */
const VERTICAL_BELOW = 520;
const ZOOM_STEP = 1.6;
const FAMILY_WORDS = new Map(FAMILIES);
const NO_BUTTONS: { marks: MarkShape[]; clusters: ClusterShape[] } = { marks: [], clusters: [] };

/** Printable ASCII and the labels' ellipsis: what the warm-up measures before the first titles arrive. */
const COMMON_CHARACTERS = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}…`;

/**
 * The rehearsal (see `warmUpSteps`): the events in each pass of validating, preparing, laying out and
 * painting, and the events the understudy renders. Measured here, 1,000 events set 1.5 s after the element
 * was added, eight fresh pages each, median first frame: 51.9 ms without a rehearsal; 33.0 with the
 * understudy alone (60 events); 26.1 with three passes of 400 before it; 23.5 with six; 28.1 with three and an
 * understudy of 200. At 10,000 events: 129.4, 98.1, 97.4, 94.9, 110.7 ms. The first pass, over code not yet
 * compiled, is the longest: 35 to 54 ms for 400 events in five pages, 22 to 30 for 150, the later passes 14 to
 * 49; starting with 150 made no difference to the first frame (ten pages: 28.7 against 27.7 ms at 1,000
 * events, 90.7 against 97.7 at 10,000) and keeps each step short. Laying out zoomed-in windows as well doubled
 * a pass, for no faster zoom. Then passes of 1,000: the per-event code (the shape check, the date checks, the
 * interval of each date) and the loops over all events then run far more often before the data comes, and
 * the engine's tiering (not ours to tune) spends less of the first frame in its slower tiers; six passes of
 * 400 did not. Ten fresh pages each (the data set 1 s after the element was added): [150, 400, 400] took
 * 33.0 ms at 1,000 events and 99.9 at 10,000; [150, 400, 1000, 1000, 1000, 1000] 24.4 and 74.8. Eight passes
 * of 1,000 did no better (25.2 and 59.3 against 23.8 and 62.5 in another run). A pass of 1,000 took 15 to 36 ms
 * on a quiet machine and up to 78 on a busy one, so each pass is two steps (see `warmUpSteps`); the rehearsal
 * was over some 550 to 700 ms after the element was added.
 */
const REHEARSAL_PASSES = [150, 400, 1000, 1000, 1000, 1000];
const UNDERSTUDY_EVENTS = 60;
/** Idle time an idle period must offer for a rehearsal step: a shorter one is a busy page's. */
const REHEARSAL_IDLE_MS = 40;
/** Idle periods a step waits for one long enough, before the warm-up gives up. */
const IDLE_TRIES = 20;

/** One piece of the warm-up, run in an idle period of its own. */
interface WarmUpStep {
  run: () => void;
  /** A step of the rehearsal: only while no data has come, and only in a long idle period. */
  rehearsal?: boolean;
}

/**
 * Whether an element on this page has started the rehearsal: what it warms (compiled code, Lit's templates,
 * the browser's styles) is the page's, shared by every element on it.
 */
let rehearsed = false;

/**
 * An interactive timeline of a conflict, drawn from timeline JSON (see the package's schema).
 *
 * @tagname conflict-timeline
 * @summary Shows dated, sourced events on a time axis, each drawn as precisely as its source dated it.
 *
 * @fires conflict-timeline-select - An event was selected; `detail: { id, event }`.
 * @fires conflict-timeline-rangechange - The visible window changed; `detail: { start, end }` (ISO days).
 *
 * @slot - Fallback content for readers without JavaScript (an `<ol>` of events), shown until the timeline
 *   renders; an inline `<script type="application/json">` child is read as the data.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart toolbar - The zoom and view buttons.
 * @csspart button - Each toolbar and legend button.
 * @csspart legend - The kinds of event, each a filter button.
 * @csspart status - The loading message.
 * @csspart error - The error message when the timeline cannot be shown.
 * @csspart notice - The note that some events were left out as invalid.
 * @csspart chart - The SVG of the lanes and each mark's button, transparent but for the lanes' labels: the axis
 *   (in an SVG of its own) shows through it, so give the element, not this part, a background.
 * @csspart marks - The canvas the marks, their labels and the clusters are painted on, in the colours below.
 * @csspart axis - The time axis and its grid, in an SVG of their own under the chart's.
 * @csspart lane - One lane's label and rule (with `group-by`).
 * @csspart mark - One event's button and hit area (the mark itself is painted on `marks`).
 * @csspart cluster - Several events folded into one: a button (painted on `marks` with their count).
 * @csspart panel - The detail panel of the selected event.
 * @csspart quote - A quote in the detail panel.
 * @csspart table - The list view.
 *
 * @cssproperty --conflict-timeline-color - Text and axis colour.
 * @cssproperty --conflict-timeline-muted - Secondary text and rules.
 * @cssproperty --conflict-timeline-background - Background.
 * @cssproperty --conflict-timeline-surface - Background of the panel and buttons.
 * @cssproperty --conflict-timeline-accent - Focus ring and selection.
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

  /** The timeline JSON, as an object. Setting it replaces whatever `src` or an inline script gave. */
  @property({ attribute: false }) data: Timeline | null = null;

  /** URL of a timeline JSON file to load. */
  @property({ reflect: true }) src: string | null = null;

  /** First day shown (ISO date); kept current while the reader zooms and pans. */
  @property({ reflect: true }) start: string | null = null;

  /** Last day shown (ISO date, inclusive); kept current while the reader zooms and pans. */
  @property({ reflect: true }) end: string | null = null;

  /** Lanes by `type`, `actor` or `place`; `none` (default) packs all events together. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'none';

  /** `light`, `dark`, or `auto` (default: the reader's `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** BCP 47 tag for dates and axis labels; defaults to the page's `lang`, then the browser's. */
  @property({ reflect: true }) locale: string | null = null;

  /** `chart` (default) or `list`: the same events as a table. */
  @property({ reflect: true }) view: 'chart' | 'list' = 'chart';

  @state() private status: Status = 'empty';
  @state() private message = '';
  @state() private timeline: Timeline | null = null;
  @state() private droppedEvents = 0;
  @state() private width = 0;
  @state() private window: TimeWindow | null = null;
  @state() private selectedId: string | null = null;
  @state() private focusedId: string | null = null;
  @state() private hiddenFamilies = new Set<TypeFamily>();

  private prepared: PreparedTimeline | null = null;
  /** The families present, for the legend: once per timeline. */
  private families = new Set<TypeFamily>();
  /** The lanes of the current timeline and grouping: they change with neither zoom nor pan. */
  private lanes: { groupBy: GroupBy; groups: Group[] } | null = null;
  private layout: ViewLayout | null = null;
  /** What the layout was computed from. */
  private layoutInputs: unknown[] = [];
  private loadController: AbortController | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private pendingWindow: TimeWindow | null = null;
  private frame = 0;
  private pointers = new Map<number, number>();
  private gesture: { last: number; spread: number; moved: boolean } | null = null;
  private announcedRange = '';
  /** Whether focus was on a mark or the chart when this update began. */
  private focusWasInChart = false;
  private names: { language: string; byId: Map<string, string> } = { language: '', byId: new Map() };
  /** Widths in pixels of the characters from 128 up that labels have used, in the labels' font, by code point. */
  private charWidths = new Map<number, number>();
  /** What measures label widths, and the font family it was set up for. */
  private measuring: { ctx: CanvasRenderingContext2D | null; family: string } | null = null;
  /** The same for the characters below 128, by char code; -1 for one not measured yet. */
  private asciiWidths = new Float64Array(128).fill(-1);
  /** What the last render drew, for the canvas. */
  private scene: { marks: MarkShape[]; clusters: ClusterShape[]; width: number; height: number } | null =
    null;
  private colours: MarkColours | null = null;
  private font: string | undefined;
  /** The scene the marks' buttons were last rendered from. */
  private buttons: ConflictTimeline['scene'] = null;
  private settling = false;
  private settleTimer = 0;
  /**
   * Set when a timeline arrives: its first frame paints the canvas alone, and the marks' buttons come in the
   * frame after. Creating, styling and laying out some 250 buttons made half of the first frame, which a
   * reader does not see (they are transparent); a screen reader or a pointer gets them 16 ms later.
   * `updateComplete` waits for them.
   */
  private buttonsPending = false;
  private buttonsRendered: Promise<void> | null = null;

  /**
   * Set on the copy of the element that the rehearsal renders unseen: it dispatches no events, reads no link
   * and warms nothing up itself.
   */
  private understudy = false;
  /** Where the understudy renders, while it does. */
  private stage: HTMLElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.understudy) return;
    // The new width is applied in the next frame: re-rendering inside the observer's callback changes the
    // element's height, which the observer would have to report again in the same frame (a "loop" error).
    this.resizeObserver = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w !== this.width) requestAnimationFrame(() => (this.width = w));
    });
    this.resizeObserver.observe(this);
    this.warmUpWhenIdle(this.warmUpSteps(), IDLE_TRIES);
    window.addEventListener('hashchange', this.onHashChange);
    // The canvas is not restyled by the browser: a switch to dark or forced colours repaints it.
    for (const query of this.colourQueries) query.addEventListener('change', this.onColourChange);
    if (!this.data && !this.src) this.readInlineData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.loadController?.abort();
    window.removeEventListener('hashchange', this.onHashChange);
    for (const query of this.colourQueries) query.removeEventListener('change', this.onColourChange);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pendingWindow = null;
    clearTimeout(this.settleTimer);
    this.settling = false;
    this.endRehearsal();
  }

  /**
   * First uses that would otherwise land in the first frame with data, made while the timeline is still on
   * its way (fetched from `src`, or awaited by the page's own script), one step per idle period so that no
   * step makes a long task of its own. The first Intl.DateTimeFormat a page builds loads the locale's calendar
   * data: 24 ms here; each further shape (the axis's years, months, days) 0.1 to 0.2 ms. The canvas's first
   * text in a font matches the font (2 to 3 ms a font, in a page that only measured text), and then each new
   * character is measured once: the labels' font, with the characters most titles are made of. The symbols'
   * bitmaps, in the current colours, and a rehearsal of the first paint (`rehearsePaint`: the glyphs of the
   * labels' and the counts' fonts drawn once).
   *
   * Then, once per page, a rehearsal: a made-up timeline (`rehearsalTimeline`) validated, prepared, laid out
   * and painted where no reader sees it, a few times over, and rendered once by a copy of this element, the
   * understudy, hidden and inert, then removed. The first render of real data is otherwise mostly code run
   * for the first time: the engine interprets it and learns its objects' shapes, Lit parses its templates,
   * the browser styles elements of each kind for the first time. Each rehearsal step waits for an idle period
   * of REHEARSAL_IDLE_MS or more (a page busy animating gets none), and data arriving ends the rehearsal.
   */
  private warmUpSteps(): WarmUpStep[] {
    const steps: WarmUpStep[] = [
      {
        run: () => {
          const language = this.language;
          // The axis's shapes, and days and months as the chart's name and the panel write them.
          prepareTickFormats(language);
          for (const date of ['2000', '2000-01', '2000-01-01']) formatIsoDateText(date, language);
        },
      },
      {
        run: () => {
          this.textWidth(COMMON_CHARACTERS);
          const ratio = window.devicePixelRatio || 1;
          const colours = this.markColours();
          prepareSprites(document, ratio, colours);
          rehearsePaint(document, ratio, colours, this.fontFamily(), COMMON_CHARACTERS);
        },
      },
    ];
    if (rehearsed || !window.requestIdleCallback) return steps;
    rehearsed = true;
    // One made-up timeline per size, for all its passes: made anew for each pass, the timelines left garbage
    // enough to bring a full collection of the heap into the first interactions with the real data (traces of
    // a zoom and a pan through 10,000 events: a 10 to 18 ms pause in the pan in three pages of three; none in
    // four pages with one timeline per size).
    const timelines = new Map<number, Timeline>();
    const timelineOf = (count: number) => {
      let timeline = timelines.get(count);
      if (!timeline) timelines.set(count, (timeline = rehearsalTimeline(count)));
      return timeline;
    };
    for (const count of REHEARSAL_PASSES) {
      // Two steps a pass, so that no step is a long task on a slow machine (a pass of 1,000 took up to 78 ms
      // in one step): the data validated and prepared, then laid out and painted.
      let prepared: PreparedTimeline | undefined;
      steps.push({ rehearsal: true, run: () => (prepared = this.rehearsePreparing(timelineOf(count))) });
      steps.push({ rehearsal: true, run: () => prepared && this.rehearseDrawing(prepared) });
    }
    steps.push({ rehearsal: true, run: () => this.rehearseWithUnderstudy(UNDERSTUDY_EVENTS) });
    return steps;
  }

  /** Runs the first of `steps` in the next idle period (the next long one, for a rehearsal step), and so on. */
  private warmUpWhenIdle(steps: WarmUpStep[], tries: number): void {
    const step = steps[0];
    if (!step) return;
    // Without idle callbacks (Safari), one timer for the steps, which are then none of the rehearsal's.
    if (!window.requestIdleCallback) {
      setTimeout(() => steps.forEach((s) => this.isConnected && s.run()));
      return;
    }
    requestIdleCallback((deadline) => {
      if (!this.isConnected) return;
      if (step.rehearsal) {
        if (this.status !== 'empty' && this.status !== 'loading') return;
        if (deadline.timeRemaining() < REHEARSAL_IDLE_MS) {
          if (tries > 1) this.warmUpWhenIdle(steps, tries - 1);
          return;
        }
      }
      step.run();
      this.warmUpWhenIdle(steps.slice(1), IDLE_TRIES);
    });
  }

  /** Validates and prepares a made-up timeline. */
  private rehearsePreparing(made: Timeline): PreparedTimeline | undefined {
    const { timeline } = partitionTimeline(made);
    return timeline ? prepareTimeline(timeline) : undefined;
  }

  /** Lays out and paints, on a canvas of its own, a rehearsal's prepared timeline. */
  private rehearseDrawing(prepared: PreparedTimeline): void {
    const groups = groupsOf(prepared, this.groupBy);
    const layout = layoutView(prepared, this.viewOptions(prepared.extent, groups, new Set(), new Set()));
    const { scene } = this.sceneOf(layout);
    timeTicks(layout.scale, 12, this.language);
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(scene.width * ratio);
    canvas.height = Math.ceil(scene.height * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    paintMarks(ctx, scene.marks, scene.clusters, {
      colours: this.markColours(),
      fontFamily: this.fontFamily(),
      ringed: new Set(),
    });
  }

  /**
   * Renders a made-up timeline of `count` events with a hidden, inert copy of this element, and removes it
   * once its marks' buttons are in.
   */
  private rehearseWithUnderstudy(count: number): void {
    const stage = document.createElement('div');
    stage.className = 'stage';
    stage.inert = true;
    const understudy = new (this.constructor as typeof ConflictTimeline)();
    understudy.understudy = true;
    // What decides the drawing's shape: vertical or not, lanes, the axis's language, the colours.
    understudy.width = this.width;
    understudy.groupBy = this.groupBy;
    understudy.locale = this.language;
    understudy.theme = this.theme;
    understudy.data = rehearsalTimeline(count);
    stage.append(understudy);
    // Before Lit's content, not after: Lit's part runs to the end of the root, and clearing it would take the
    // stage too.
    this.renderRoot.insertBefore(stage, this.renderRoot.firstChild);
    this.stage = stage;
    void understudy.updateComplete.then(() => {
      if (this.stage === stage) this.endRehearsal();
    });
  }

  private endRehearsal(): void {
    this.stage?.remove();
    this.stage = null;
  }

  private readonly forcedColours = matchMedia('(forced-colors: active)');
  private readonly colourQueries = [matchMedia('(prefers-color-scheme: dark)'), this.forcedColours];
  private readonly onColourChange = () => {
    this.colours = null;
    this.paint();
  };

  /** Zooms in (factor > 1) or out about the middle of the window. */
  zoom(factor: number): void {
    const w = this.window;
    if (w) this.setWindow(zoomWindow(w, factor, (w[0] + w[1]) / 2, this.limits));
  }

  /** Shows every dated event. */
  resetZoom(): void {
    if (this.prepared) this.setWindow(this.prepared.extent);
  }

  /** Selects an event by id, brings it into view and opens its details; `null` closes them. */
  select(id: string | null): void {
    const found = id === null ? undefined : this.findEvent(id);
    if (id !== null && !found) return;
    this.selectedId = id;
    if (!found) return;
    this.focusedId = id;
    const item = this.prepared?.byId.get(id!);
    if (item) this.reveal(item);
    if (location.hash !== `#event-${id}`) history.replaceState(history.state, '', `#event-${id}`);
    this.dispatchEvent(
      new CustomEvent<ConflictTimelineSelectDetail>('conflict-timeline-select', {
        detail: { id: id!, event: found },
        bubbles: true,
        composed: true,
      }),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.focusWasInChart = this.shadowRoot?.activeElement?.closest('svg[part~="chart"]') != null;
    if (changed.has('data') && this.data !== null) {
      this.loadController?.abort();
      this.accept(this.data, 'data');
    } else if (changed.has('src') && this.data === null && this.src) {
      void this.load(this.src);
    }
    if ((changed.has('start') || changed.has('end')) && this.start && this.end) {
      const wanted = daysToWindow(this.start, this.end);
      const [s, e] = this.window ? windowToDays(this.window) : ['', ''];
      if (wanted && (s !== this.start || e !== this.end)) this.window = wanted;
    }
    const p = this.prepared;
    if (p && this.window && this.status === 'ready') {
      const vertical = this.vertical;
      if (this.lanes?.groupBy !== this.groupBy)
        this.lanes = { groupBy: this.groupBy, groups: groupsOf(p, this.groupBy) };
      const { groups } = this.lanes;
      // An update that changes none of these (the marks' buttons coming, a panel opening, a colour) keeps the
      // layout: placing thousands of events again would cost as much as the first frame.
      const { length, hiddenFamilies, focusedId, selectedId } = this;
      const [from, to] = this.window;
      const inputs: unknown[] = [
        p,
        from,
        to,
        length,
        vertical,
        groups,
        hiddenFamilies,
        focusedId,
        selectedId,
      ];
      if (!this.layout || inputs.some((x, i) => x !== this.layoutInputs[i])) {
        this.layoutInputs = inputs;
        const keep = new Set([this.focusedId, this.selectedId].filter((x): x is string => x !== null));
        this.layout = layoutView(p, this.viewOptions(this.window, groups, this.hiddenFamilies, keep));
      }
    }
    // Kept current here rather than in updated(): set there, they would start a second update (layout and
    // render again) in every frame of a zoom.
    if (this.window) {
      const [start, end] = windowToDays(this.window);
      if (start !== this.start || end !== this.end) {
        this.start = start;
        this.end = end;
      }
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.buttonsRendered) {
      await this.buttonsRendered;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(): void {
    this.paint();
    if (this.buttonsPending && !this.buttonsRendered) {
      // After this frame is painted (a task posted from a frame callback runs after the frame), not in it.
      // A hidden page runs no frame callbacks: the timer makes sure the buttons (and updateComplete) come.
      this.buttonsRendered = new Promise<void>((resolve) => {
        const render = () => {
          if (!this.buttonsRendered) return;
          this.buttonsPending = false;
          this.buttonsRendered = null;
          this.requestUpdate();
          resolve();
        };
        requestAnimationFrame(() => setTimeout(render));
        setTimeout(render, 100);
      });
    }
    // A pan or zoom that takes the focused mark out of the window removes it, and the browser would move focus
    // to the page: the keys and the wheel would stop working mid-gesture. The chart itself takes it instead.
    if (this.focusWasInChart && !this.shadowRoot?.activeElement)
      this.renderRoot.querySelector<SVGElement>('svg[part~="chart"]')?.focus({ preventScroll: true });
    if (!this.window) return;
    const range = `${this.start}/${this.end}`;
    if (range !== this.announcedRange && !this.understudy) {
      this.announcedRange = range;
      this.dispatchEvent(
        new CustomEvent<ConflictTimelineRangeDetail>('conflict-timeline-rangechange', {
          detail: { start: this.start!, end: this.end! },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  private viewOptions(
    window: TimeWindow,
    groups: Group[],
    hidden: ReadonlySet<TypeFamily>,
    keep: ReadonlySet<string>,
  ): ViewOptions {
    const vertical = this.vertical;
    return {
      length: this.length,
      window,
      groupBy: this.groupBy,
      groups,
      hidden,
      keep,
      rows: vertical ? 1 : this.groupBy === 'none' ? 6 : 2,
      pointSize: vertical ? 20 : 14,
      labels: vertical ? 'across' : 'along',
      textWidth: this.textWidth,
      spans: vertical ? 'gutter' : 'inline',
    };
  }

  /** The frame a layout is drawn in, and its marks and clusters as shapes in that frame. */
  private sceneOf(layout: ViewLayout) {
    const frame = chartFrame({
      width: this.width || 640,
      length: this.length,
      vertical: this.vertical,
      rtl: this.rtl,
      lanes: layout.groups.length,
      rows: layout.rows,
      textWidth: this.textWidth,
    });
    const scene = {
      marks: layout.marks.map((m) => markShape(m, frame)),
      clusters: layout.clusters.map((c) => clusterShape(c, frame, layout.rows)),
      width: frame.width,
      height: frame.height,
    };
    return { frame, scene };
  }

  /** Paints the marks of the frame just rendered on the canvas over the chart. */
  private paint(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas[part~="marks"]');
    const scene = this.scene;
    if (!canvas || !scene) return;
    const ratio = window.devicePixelRatio || 1;
    const w = Math.ceil(scene.width * ratio);
    const h = Math.ceil(scene.height * ratio);
    // Resizing clears a canvas even to the same size: only when it changes.
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${scene.width}px`;
      canvas.style.height = `${scene.height}px`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, scene.width, scene.height);
    // The ring the stylesheet would give a focused SVG element, and the selected mark's.
    const ringed = new Set<string>();
    if (this.selectedId) ringed.add(this.selectedId);
    const focused = this.shadowRoot?.activeElement as SVGElement | null | undefined;
    const visible = focused?.matches(':focus-visible') ?? false;
    if (visible && focused?.dataset.eventId) ringed.add(focused.dataset.eventId);
    // While a gesture goes on the buttons are those of an earlier frame: their cluster numbers are not this
    // frame's.
    const cluster =
      visible && focused?.dataset.cluster && this.buttons === scene
        ? Number(focused.dataset.cluster)
        : undefined;
    paintMarks(ctx, scene.marks, scene.clusters, {
      colours: this.markColours(),
      fontFamily: this.fontFamily(),
      ringed,
      ringedCluster: cluster,
    });
  }

  /**
   * The marks' colours, read from the custom properties the stylesheet sets (and a page may override) at each
   * render but those of a gesture: reading computed style in every frame of a zoom would force a style
   * recalculation mid-frame.
   */
  private markColours(): MarkColours {
    if (this.colours && this.settling) return this.colours;
    const style = getComputedStyle(this);
    const read = (name: string) => style.getPropertyValue(name).trim() || 'currentColor';
    const forced = this.forcedColours.matches;
    const families = Object.fromEntries(
      FAMILIES.map(([family]) => [family, forced ? 'CanvasText' : read(`--ct-${family}`)]),
    ) as Record<TypeFamily, string>;
    const value: MarkColours = {
      families,
      foreground: forced ? 'CanvasText' : read('--ct-fg'),
      background: forced ? 'Canvas' : read('--ct-bg'),
      surface: forced ? 'Canvas' : read('--ct-surface'),
      muted: forced ? 'CanvasText' : read('--ct-muted'),
      accent: forced ? 'Highlight' : read('--ct-accent'),
    };
    this.colours = value;
    return value;
  }

  private fontFamily(): string {
    this.font ??= getComputedStyle(this).fontFamily || 'sans-serif';
    return this.font;
  }

  /**
   * A label's width: the sum of its characters' widths, each measured once with a canvas in the labels' font.
   * An estimate per character let a short title of wide letters ("Gunme…" is 9 px a letter in DejaVu Sans)
   * run over the next mark; measuring every text the layout tries (each shortening of each title) took
   * 17 ms (CPU profile, two first renders of 10,000 events). A sum of advances leaves out kerning, which only
   * narrows a text. The font is read from the host when the data arrives (a later stylesheet is not followed);
   * the widths are kept while it stays the same.
   */
  private readonly textWidth = (text: string): number => {
    const family = this.fontFamily();
    if (this.measuring?.family !== family) {
      const ctx = this.measuring ? this.measuring.ctx : document.createElement('canvas').getContext('2d');
      if (ctx) ctx.font = labelFont(family);
      this.measuring = { ctx, family };
      this.charWidths.clear();
      this.asciiWidths.fill(-1);
    }
    const { ctx } = this.measuring;
    // The layout asks some ten widths per label in every frame of a zoom: the common (ASCII) characters are
    // read from an array by char code, the rest (a whole code point each) from the map.
    const ascii = this.asciiWidths;
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const known = code < 128 ? ascii[code]! : -1;
      if (known >= 0) {
        width += known;
        continue;
      }
      // By code point, not by the character as a string: the ellipsis of every shortened label is outside
      // ASCII, and a string made for it at each measure was most of what measuring left to collect.
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      let w = code < 128 ? undefined : this.charWidths.get(point);
      if (w === undefined) {
        w = ctx ? ctx.measureText(String.fromCodePoint(point)).width : LABEL_FONT_SIZE * 0.62;
        if (code < 128) ascii[code] = w;
        else this.charWidths.set(point, w);
      }
      width += w;
    }
    return width;
  };

  private get vertical(): boolean {
    return this.width > 0 && this.width < VERTICAL_BELOW;
  }

  /** Pixels along the time axis. */
  private get length(): number {
    return this.vertical ? VERTICAL_LENGTH : Math.max(1, (this.width || 640) - 2 * PAD);
  }

  private get limits(): TimeWindow {
    return panLimits(this.prepared!.extent);
  }

  private get language(): string {
    return this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
  }

  private readInlineData(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch (e) {
      this.fail(`The inline timeline JSON is not valid JSON: ${(e as Error).message}`);
      return;
    }
    this.accept(parsed, 'the inline JSON');
  }

  private async load(src: string): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.status = 'loading';
    let text: string;
    try {
      const response = await fetch(src, { signal: controller.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (e) {
      if (!controller.signal.aborted)
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
    this.prepared = prepareTimeline(timeline);
    this.names = { language: '', byId: new Map() };
    this.font = undefined;
    this.families = new Set(this.prepared.events.map((e) => e.family));
    this.lanes = null;
    this.droppedEvents = dropped.events;
    this.buttons = null;
    this.buttonsPending = true;
    this.status = 'ready';
    this.message = '';
    const wanted = this.start && this.end ? daysToWindow(this.start, this.end) : undefined;
    this.window = wanted ?? this.prepared.extent;
    this.endRehearsal();
    if (!this.understudy) this.onHashChange();
  }

  private fail(message: string): void {
    this.status = 'error';
    this.message = message;
    this.timeline = null;
    this.prepared = null;
    this.layout = null;
  }

  private findEvent(id: string): TimelineEvent | undefined {
    return this.prepared?.byId.get(id)?.event ?? this.prepared?.undated.find((e) => e.id === id);
  }

  private readonly onHashChange = (): void => {
    const m = /^#event-(.+)$/.exec(location.hash);
    const id = m ? decodeURIComponent(m[1]!) : null;
    if (id && id !== this.selectedId && this.findEvent(id)) this.select(id);
  };

  /** Moves the window, at most once per frame however many wheel or pointer events arrive. */
  private setWindow(next: TimeWindow): void {
    this.pendingWindow = next;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.pendingWindow) this.window = this.pendingWindow;
      this.pendingWindow = null;
    });
  }

  /** Pans (and zooms in, if the window is far wider) so that the event is on screen. */
  private reveal(item: PreparedEvent): void {
    const w = this.pendingWindow ?? this.window;
    if (!w) return;
    const { start, end } = item.interval;
    if (start >= w[0] && end <= w[1]) return;
    const span = w[1] - w[0];
    const middle = (start + end) / 2;
    this.setWindow(panWindow(w, middle - (w[0] + span / 2), this.limits));
  }

  /** Time per pixel along the axis, signed for right-to-left charts. */
  private get msPerPixel(): number {
    const w = this.window!;
    return ((w[1] - w[0]) / this.length) * (this.rtl && !this.vertical ? -1 : 1);
  }

  /** Read from the `dir` attributes, not computed style: asking for style in every frame would force a
   * style recalculation in the middle of a zoom. */
  private get rtl(): boolean {
    const dir = this.closest('[dir]')?.getAttribute('dir') ?? document.documentElement.dir;
    return dir === 'rtl';
  }

  // Gestures. The wheel zooms only with Ctrl/⌘ (the browser's pinch-zoom gesture) or once the reader has
  // put focus in the chart, so scrolling the page past it is never trapped; a drag pans, two fingers pinch.

  private onWheel(e: WheelEvent): void {
    if (!this.window || !this.prepared) return;
    const zoomAnyway = e.ctrlKey || e.metaKey;
    if (!zoomAnyway && !this.matches(':focus-within')) return;
    e.preventDefault();
    this.gestureInput();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const w = this.pendingWindow ?? this.window;
    const across = Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey;
    if (across && !zoomAnyway) {
      this.setWindow(panWindow(w, (e.deltaX || e.deltaY) * unit * this.msPerPixel, this.limits));
      return;
    }
    const factor = Math.pow(2, (-e.deltaY * unit) / 300);
    this.setWindow(zoomWindow(w, factor, this.timeAt(e), this.limits));
  }

  /** Marks a continuous gesture: the buttons wait until it has rested for a moment. */
  private gestureInput(): void {
    this.settling = true;
    clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => {
      this.settling = false;
      this.requestUpdate();
    }, 150);
  }

  /** The moment under a pointer. */
  private timeAt(e: { clientX: number; clientY: number }): number {
    // The chart's SVG by its part: the first SVG in the element is a legend symbol's.
    const svg = this.renderRoot.querySelector('svg[part~="chart"]');
    const w = this.pendingWindow ?? this.window!;
    if (!svg) return (w[0] + w[1]) / 2;
    const box = svg.getBoundingClientRect();
    let at = this.vertical ? e.clientY - box.top - TOP : e.clientX - box.left - PAD;
    if (this.rtl && !this.vertical) at = this.length - at;
    return w[0] + (at / this.length) * (w[1] - w[0]);
  }

  private along(e: PointerEvent): number {
    return this.vertical ? e.clientY : e.clientX;
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0 || !this.window) return;
    this.pointers.set(e.pointerId, this.along(e));
    this.gesture = { last: this.along(e), spread: this.spread(), moved: false };
  }

  private onPointerMove(e: PointerEvent): void {
    const g = this.gesture;
    if (!g || !this.pointers.has(e.pointerId)) return;
    this.pointers.set(e.pointerId, this.along(e));
    const w = this.pendingWindow ?? this.window!;
    if (this.pointers.size >= 2) {
      const spread = this.spread();
      if (g.spread > 0 && spread > 0)
        this.setWindow(zoomWindow(w, spread / g.spread, this.timeAt(e), this.limits));
      g.spread = spread;
      g.moved = true;
      return;
    }
    const delta = this.along(e) - g.last;
    if (!g.moved && Math.abs(delta) < 4) return;
    if (!g.moved) (e.currentTarget as Element).setPointerCapture(e.pointerId);
    g.moved = true;
    this.gestureInput();
    g.last = this.along(e);
    this.setWindow(panWindow(w, -delta * this.msPerPixel, this.limits));
  }

  private onPointerUp(e: PointerEvent): void {
    this.pointers.delete(e.pointerId);
    if (this.pointers.size === 0) this.gesture = null;
    else if (this.gesture) this.gesture.spread = this.spread();
  }

  private spread(): number {
    const at = [...this.pointers.values()];
    return at.length >= 2 ? Math.abs(at[0]! - at[1]!) : 0;
  }

  // Keyboard: one mark in the tab order at a time (a roving tabindex), the arrows walk the events in date
  // order, Home/End jump to the first and last, +/- zoom, Enter or Space opens the details, Escape closes them.

  private onKeyDown(e: KeyboardEvent): void {
    const p = this.prepared;
    if (!p || p.events.length === 0) return;
    // A key moves focus to a button: the buttons must be this frame's, even mid-gesture.
    clearTimeout(this.settleTimer);
    this.settling = false;
    this.buttonsPending = false;
    const current = (this.focusedId === null ? undefined : p.byId.get(this.focusedId)?.index) ?? -1;
    const forward = this.rtl && !this.vertical ? 'ArrowLeft' : 'ArrowRight';
    const back = this.rtl && !this.vertical ? 'ArrowRight' : 'ArrowLeft';
    let next: number | undefined;
    switch (e.key) {
      case forward:
      case 'ArrowDown':
        next = this.step(current, 1);
        break;
      case back:
      case 'ArrowUp':
        next = this.step(current < 0 ? p.events.length : current, -1);
        break;
      case 'Home':
        next = this.step(-1, 1);
        break;
      case 'End':
        next = this.step(p.events.length, -1);
        break;
      case '+':
      case '=':
        this.zoomAround(ZOOM_STEP);
        break;
      case '-':
      case '_':
        this.zoomAround(1 / ZOOM_STEP);
        break;
      case 'Enter':
      case ' ':
        if (this.focusedId) this.select(this.focusedId);
        break;
      case 'Escape':
        if (this.selectedId === null) return;
        this.closePanel();
        break;
      default:
        return;
    }
    e.preventDefault();
    if (next !== undefined) this.focusEvent(p.events[next]!);
  }

  /** The next event from `index` in direction `by` that the legend does not hide. */
  private step(index: number, by: 1 | -1): number | undefined {
    const events = this.prepared!.events;
    for (let i = index + by; i >= 0 && i < events.length; i += by)
      if (!this.hiddenFamilies.has(events[i]!.family)) return i;
    return undefined;
  }

  private zoomAround(factor: number): void {
    const item = this.focusedId ? this.prepared?.byId.get(this.focusedId) : undefined;
    const w = this.pendingWindow ?? this.window;
    if (!w) return;
    const at = item ? (item.interval.start + item.interval.end) / 2 : (w[0] + w[1]) / 2;
    this.setWindow(zoomWindow(w, factor, at, this.limits));
  }

  private async focusEvent(item: PreparedEvent): Promise<void> {
    this.focusedId = item.event.id;
    this.reveal(item);
    await this.updateComplete;
    if (this.frame) await new Promise((r) => requestAnimationFrame(r)).then(() => this.updateComplete);
    this.renderRoot.querySelector<SVGElement>(`[data-event-id="${CSS.escape(item.event.id)}"]`)?.focus();
  }

  private onChartClick(e: MouseEvent): void {
    if (this.gesture?.moved) return;
    const target = (e.target as Element).closest<SVGElement>('[data-event-id],[data-cluster]');
    if (!target) return;
    if (target.dataset.eventId) this.select(target.dataset.eventId);
    else this.openCluster(Number(target.dataset.cluster));
  }

  // One listener for every mark: a listener per mark was one more closure and addEventListener for each mark a
  // zoom brings into view.
  private onChartFocus(e: FocusEvent): void {
    const id = (e.target as Element).closest<SVGElement>('[data-event-id]')?.dataset.eventId;
    if (id) this.focusedId = id;
    this.paint();
  }

  private onChartKey(e: KeyboardEvent): void {
    const target = (e.target as Element).closest<SVGElement>('[data-cluster]');
    if (target && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      e.stopPropagation();
      this.openCluster(Number(target.dataset.cluster));
      return;
    }
    this.onKeyDown(e);
  }

  /** Zooms to a cluster's events, so that they can be told apart. */
  private openCluster(i: number): void {
    // Numbered as the buttons were rendered, which may be a few frames behind the layout.
    const cluster = this.buttons?.clusters[i]?.cluster;
    if (!cluster) return;
    let lo = Infinity;
    let hi = -Infinity;
    for (const { interval } of cluster.items) {
      lo = Math.min(lo, interval.start);
      hi = Math.max(hi, interval.end);
    }
    const pad = (hi - lo) * 0.1 + 86_400_000;
    this.setWindow(zoomWindow([lo - pad, hi + pad], 1, lo, this.limits));
    this.focusedId = cluster.items[0]!.event.id;
  }

  private toggleFamily(family: TypeFamily): void {
    const hidden = new Set(this.hiddenFamilies);
    if (!hidden.delete(family)) hidden.add(family);
    this.hiddenFamilies = hidden;
  }

  protected override render() {
    const ready = this.status === 'ready';
    return html`<div part="base" class=${this.vertical ? 'vertical' : 'horizontal'}>
      ${this.status === 'loading' ? html`<p part="status" role="status">Loading timeline…</p>` : nothing}
      ${this.status === 'error' ? html`<p part="error" role="alert">${this.message}</p>` : nothing}
      ${ready ? this.renderReady() : html`<slot></slot>`}
    </div>`;
  }

  private renderReady() {
    const list = this.view === 'list';
    return html`
      <div part="toolbar" role="toolbar" aria-label="Timeline controls">
        <button
          part="button"
          type="button"
          ?disabled=${list}
          @click=${() => this.zoom(ZOOM_STEP)}
          aria-label="Zoom in"
        >
          +
        </button>
        <button
          part="button"
          type="button"
          ?disabled=${list}
          @click=${() => this.zoom(1 / ZOOM_STEP)}
          aria-label="Zoom out"
        >
          −
        </button>
        <button part="button" type="button" ?disabled=${list} @click=${() => this.resetZoom()}>
          Show all
        </button>
        <button
          part="button"
          type="button"
          aria-pressed=${list ? 'true' : 'false'}
          @click=${() => (this.view = list ? 'chart' : 'list')}
        >
          List view
        </button>
      </div>
      ${this.renderLegend()} ${list ? this.renderTable() : this.renderChart()}
      ${
        this.droppedEvents
          ? html`<p part="notice">
              ${this.droppedEvents} invalid event${this.droppedEvents === 1 ? ' was' : 's were'} left out.
            </p>`
          : nothing
      }
      ${this.renderPanel()}
    `;
  }

  private renderLegend() {
    return html`<div part="legend" role="group" aria-label="Kinds of event: press to show or hide">
      ${FAMILIES.filter(([f]) => this.families.has(f)).map(
        ([family, words]) =>
          html`<button
            part="button"
            type="button"
            class="family-${family}"
            aria-pressed=${this.hiddenFamilies.has(family) ? 'false' : 'true'}
            @click=${() => this.toggleFamily(family)}
          >
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
              <path class="symbol" d=${symbolPath(family, 5.5)}></path></svg
            >${words}
          </button>`,
      )}
    </div>`;
  }

  private renderChart() {
    const layout = this.layout;
    if (!layout) return nothing;
    const vertical = this.vertical;
    const { frame, scene } = this.sceneOf(layout);
    const { width, height, laneSize, crossSize, pos } = frame;
    // Read once per frame: `language` walks up the DOM.
    const language = this.language;
    const ticks = timeTicks(
      layout.scale,
      Math.max(2, Math.floor(this.length / (vertical ? 70 : 100))),
      language,
    );
    const [first, last] = windowToDays(layout.scale.window);
    const label = `Timeline${this.timeline!.title ? ` of ${this.timeline!.title}` : ''}: ${layout.visible} of ${
      this.prepared!.events.length
    } dated events shown, ${formatIsoDateText(first, language)} to ${formatIsoDateText(last, language)}. Arrow keys move between events, plus and minus zoom, Enter opens an event.`;
    this.scene = scene;
    // While a wheel or a drag goes on, only the canvas follows each frame; the marks' buttons (what a screen
    // reader lists and a pointer or Tab reaches) follow once the gesture rests.
    if (!this.buttonsPending && (!this.settling || !this.buttons)) this.buttons = this.scene;
    const buttons = this.buttons ?? NO_BUTTONS;
    // The one mark in the tab order: the focused event when it has a button, else the first (marks come in
    // date order). Taken from the buttons, not from this frame's marks: mid-gesture those differ, and a tab
    // stop taken from the frame would be a mark with no button, and change in nearly every frame of a zoom,
    // rendering every button again (257 of them at 10,000 events).
    const tabStop = buttons.marks.some((m) => m.mark.item.event.id === this.focusedId)
      ? this.focusedId
      : buttons.marks[0]?.mark.item.event.id;
    // The axis in an SVG of its own, under the canvas: its ticks move in every frame of a zoom, and in the
    // chart's SVG they made the browser repaint that SVG, hundreds of buttons and all (trace of a zoom through
    // 10,000 events: Paint 1.20 ms a frame, 0.45 with the axis apart).
    return html`<div class="chart">
      <svg class="axis-layer" width=${width} height=${height} aria-hidden="true">
        <g part="axis">
          ${ticks.map((tick) => {
            const a = pos(tick.at);
            return vertical
              ? svg`<g transform="translate(${PAD + VERTICAL_AXIS - 8},${TOP + a})" class=${tick.major ? 'major' : ''}>
                <line x2="6"></line><text x="-4" dy="0.32em" text-anchor="end">${tick.label}</text></g>`
              : svg`<g transform="translate(${PAD + a},${height - AXIS})" class=${tick.major ? 'major' : ''}>
                <line y1=${-(height - AXIS - TOP)} y2="4" class="grid"></line>
                <text y="16" text-anchor="middle">${tick.label}</text></g>`;
          })}
        </g></svg
      ><canvas part="marks" aria-hidden="true"></canvas
      ><svg
        part="chart"
        tabindex="-1"
        width=${width}
        height=${height}
        role="group"
        aria-label=${label}
        @wheel=${this.onWheel}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @click=${this.onChartClick}
        @focusin=${this.onChartFocus}
        @focusout=${this.paint}
        @keydown=${this.onChartKey}
      >
        ${
          this.groupBy === 'none'
            ? nothing
            : layout.groups.map((g, i) => {
                const [x, y] = vertical
                  ? [PAD + VERTICAL_AXIS + i * crossSize + 8, TOP + 12]
                  : [PAD, TOP + i * laneSize + 12];
                const words = this.groupBy === 'type' ? FAMILY_WORDS.get(g.key as TypeFamily) : undefined;
                const text = vertical ? clip(words ?? g.label, frame.charsAcross + 3) : (words ?? g.label);
                return svg`<g part="lane"><text x=${x} y=${y} class="lane-label">${text}</text></g>`;
              })
        }
        <g role="list" aria-label="Events">
          ${guard([buttons, tabStop, this.selectedId, language], () => [
            buttons.clusters.map((c, i) => this.renderCluster(c, i, language)),
            repeat(
              buttons.marks,
              (m) => m.mark.item.event.id,
              (m) => this.renderMark(m, tabStop, language),
            ),
          ])}
        </g>
      </svg>
    </div>`;
  }

  // The marks are painted on the canvas (paintMarks); the SVG keeps, per mark, what a reader interacts with: a
  // button with the event's name, and its hit area, which also draws the focus and selection ring.
  private renderMark(shape: MarkShape, tabStop: string | null | undefined, language: string) {
    const { item } = shape.mark;
    const { event } = item;
    const classes = `mark family-${item.family} kind-${item.kind}${shape.approximate ? ' approximate' : ''}${
      shape.expected ? ' expected' : ''
    }${shape.placed ? ' placed' : ''}${event.id === this.selectedId ? ' selected' : ''}`;
    const { hit } = shape;
    return svg`<g part="mark" class=${classes} role="listitem" transform="translate(${shape.x},${shape.y})"><g
      role="button"
      tabindex=${event.id === tabStop ? 0 : -1}
      data-event-id=${event.id}
      aria-label=${this.markName(item, language)}
      aria-expanded=${event.id === this.selectedId ? 'true' : 'false'}
    ><rect class="hit" x=${hit.x} y=${hit.y} width=${hit.width} height=${hit.height}></rect></g></g>`;
  }

  /**
   * What a screen reader says of a mark. Kept per event and language: formatting dates through Intl for
   * every mark in every frame of a zoom was the largest cost of a frame after the DOM itself.
   */
  private markName(item: PreparedEvent, language: string): string {
    if (this.names.language !== language) this.names = { language, byId: new Map() };
    let name = this.names.byId.get(item.event.id);
    if (name === undefined) {
      const { event } = item;
      const date = event.date!;
      name = `${event.title}. ${formatEventDate(date, language)}${event.status === 'expected' ? ', expected' : ''}${
        date.derivation.method === 'discourse' ? ', no date given: placed after the event told before it' : ''
      }. ${typeWords(event.type)}${event.location ? `, ${event.location.name}` : ''}.`;
      this.names.byId.set(event.id, name);
    }
    return name;
  }

  private renderCluster(shape: ClusterShape, i: number, language: string) {
    const { cluster: c, box } = shape;
    const first = c.items[0]!.event.date!;
    const last = c.items[c.items.length - 1]!.event.date!;
    const name = `${c.items.length} events, ${formatEventDate(first, language)} to ${formatEventDate(last, language)}. Press to zoom in.`;
    return svg`<g part="cluster" class="cluster" role="listitem" transform="translate(${shape.x},${shape.y})"><g role="button" tabindex="-1" data-cluster=${i} aria-label=${name}><rect x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx=${shape.radius || nothing}></rect></g></g>`;
  }

  private renderTable() {
    const p = this.prepared!;
    const rows = [
      ...p.events.filter((e) => !this.hiddenFamilies.has(e.family)).map((e) => e.event),
      ...p.undated,
    ];
    return html`<table part="table">
      <caption>
        ${this.timeline!.title ?? 'Timeline'}: ${rows.length} events in date order
      </caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Event</th>
          <th scope="col">Kind</th>
          <th scope="col">Place</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (e) =>
            html`<tr class=${e.id === this.selectedId ? 'selected' : ''}>
              <td>
                ${formatEventDate(e.date, this.language)}${e.status === 'expected' ? ' (expected)' : ''}
              </td>
              <td>
                <button type="button" class="link" data-event-id=${e.id} @click=${() => this.select(e.id)}>
                  ${e.title}
                </button>
              </td>
              <td>${typeWords(e.type)}</td>
              <td>${e.location?.name ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderPanel() {
    const event = this.selectedId ? this.findEvent(this.selectedId) : undefined;
    if (!event) return nothing;
    const sources = new Map(this.timeline!.sources.map((s) => [s.id, s]));
    const date = event.date;
    const how = !date
      ? event.undated?.reason
      : date.derivation.method === 'discourse'
        ? 'The text gives no date: placed after the event it tells before it.'
        : date.derivation.method === 'anchored'
          ? `Counted from another date in the article${date.derivation.text ? ` ("${date.derivation.text}")` : ''}.`
          : date.derivation.method === 'publication'
            ? "The text gives no date: the article's publication date stands in."
            : date.derivation.method === 'external'
              ? 'From outside knowledge, not from the text.'
              : date.derivation.text
                ? `From "${date.derivation.text}" in the text.`
                : '';
    return html`<section part="panel" aria-labelledby="panel-title">
      <button
        part="button"
        type="button"
        class="close"
        aria-label="Close details"
        @click=${() => this.closePanel()}
      >
        ×
      </button>
      <h2 id="panel-title">${event.title}</h2>
      <dl>
        <dt>Date</dt>
        <dd>
          ${formatEventDate(date, this.language)}${event.status === 'expected' ? ' (expected)' : ''}${how ? html`<br /><small>${how}</small>` : nothing}
        </dd>
        <dt>Kind</dt>
        <dd>${typeWords(event.type)}</dd>
        ${
          event.actors.length
            ? html`<dt>Actors</dt>
                <dd>${event.actors.join(', ')}</dd>`
            : nothing
        }
        ${
          event.targets?.length
            ? html`<dt>Targets</dt>
                <dd>${event.targets.join(', ')}</dd>`
            : nothing
        }
        ${
          event.location
            ? html`<dt>Place</dt>
                <dd>
                  ${[event.location.name, event.location.admin1, event.location.country].filter((x, i, a) => x && a.indexOf(x) === i).join(', ')}
                </dd>`
            : nothing
        }
        ${
          event.fatalities !== null
            ? html`<dt>Killed</dt>
                <dd>${event.fatalities}</dd>`
            : nothing
        }
        ${
          event.reportedBy?.length
            ? html`<dt>Reported by</dt>
                <dd>${event.reportedBy.join(', ')}</dd>`
            : nothing
        }
      </dl>
      ${event.mentions.map((m) => {
        const source = sources.get(m.source);
        return html`<figure>
          <blockquote part="quote">${m.quote}</blockquote>
          <figcaption>${this.renderSource(source, m.source)}</figcaption>
        </figure>`;
      })}
    </section>`;
  }

  private renderSource(source: TimelineSource | undefined, id: string) {
    const name = source?.publisher ?? source?.title ?? id;
    const when = source?.published ? `, ${formatIsoDateText(source.published, this.language)}` : '';
    const wire = source?.wire ? ` (${source.wire})` : '';
    const url = httpUrl(source?.url);
    return html`—
    ${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${name}</a>` : name}${wire}${when}`;
  }

  private closePanel(): void {
    const id = this.selectedId;
    this.selectedId = null;
    if (id)
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLElement | SVGElement>(`[data-event-id="${CSS.escape(id)}"]`)
          ?.focus(),
      );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
  interface HTMLElementEventMap {
    'conflict-timeline-select': CustomEvent<ConflictTimelineSelectDetail>;
    'conflict-timeline-rangechange': CustomEvent<ConflictTimelineRangeDetail>;
  }
}
