// The browser half of `npm run bench:render` (bench/render.ts drives it through `window.renderBench`): loads
// one library and one data file, then renders, zooms and pans while timing each painted frame. Plain
// JavaScript served as is: no build step, and no function has to survive puppeteer's serialisation (tsx's
// transforms add helpers that break functions handed to page.evaluate).
/* global performance, requestAnimationFrame, setTimeout, MessageChannel, WheelEvent, vis */

const OURS_BUNDLE = '/dist/conflict-timeline.bundle.js';
const VIS_SCRIPT = '/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
const VIS_STYLES = '/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';
const DAY_MS = 86_400_000;
const WIDTH = 1200;

/**
 * The element's zoom per 100 px of ctrl+wheel (2^(1/3)) when this was written. vis-timeline is given the same
 * step through `zoomFriction`, so both zoom through the same windows and each frame draws a like amount of
 * data; its default step is another. The run reports how far each really zoomed, so a change shows.
 */
const ZOOM_STEP = 2 ** (1 / 3);

/**
 * Chrome gives a real wheel event a legacy `wheelDelta` of 120 a notch, opposite in sign to `deltaY` (100 px a
 * notch). A synthetic event gets `wheelDelta` equal to `deltaY` instead, which vis-timeline, reading
 * `wheelDelta` first, would take for the other direction; so the events carry the real relation.
 */
const WHEEL_DELTA_PER_PIXEL = -1.2;

const stage = document.getElementById('stage');
const state = {
  /** 'ours' or 'vis' */
  library: null,
  /** The parsed timeline JSON. */
  timeline: null,
  /** vis-timeline's items for the same events. */
  items: null,
  /** The `<conflict-timeline>`. */
  element: null,
  /** The `vis.Timeline`. */
  visTimeline: null,
};

/**
 * Resolves once the next frame has been produced: a message posted from inside a requestAnimationFrame
 * callback is delivered only after that frame's style, layout and paint. Gives the frame's start (the rAF
 * timestamp) and the moment after its paint.
 */
function nextPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame((frameStart) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ frameStart, painted: performance.now() });
      channel.port2.postMessage(null);
    });
  });
}

function addScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

function addStyles(href) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(link);
  });
}

/** First instant of a partial ISO date (`2016`, `2016-03`, `2016-03-27`), UTC, and the instant after its end. */
function period(iso) {
  const m = /^([+-]?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) : 1;
  const at = (y, mo, d) => {
    const date = new Date(Date.UTC(2000, mo, d));
    date.setUTCFullYear(y);
    return date.getTime();
  };
  const from = at(year, month, day);
  const to = m[3] ? from + DAY_MS : m[2] ? at(year, month + 1, 1) : at(year + 1, 0, 1);
  return [from, to];
}

/**
 * The timeline's dated events as vis-timeline items: a single day is a point, anything longer a range over
 * the whole period(s) it names. Open ranges run to the edge of the data, which is how far a reader can tell.
 * Undated events are left out, as the element leaves them off the chart.
 */
function toVisItems(timeline) {
  const dated = timeline.events.filter((e) => e.date);
  let first = Infinity;
  let last = -Infinity;
  for (const { date } of dated) {
    for (const iso of [date.start, date.end]) {
      if (!iso) continue;
      const [from, to] = period(iso);
      first = Math.min(first, from);
      last = Math.max(last, to);
    }
  }
  return dated.map((event) => {
    const { start, end, precision } = event.date;
    if (precision === 'day' && start && end === undefined) {
      return { id: event.id, content: event.title, start: period(start)[0], type: 'point' };
    }
    const from = start ? period(start)[0] : first;
    const to = end === null ? last : period(end ?? start)[1];
    return { id: event.id, content: event.title, start: from, end: to, type: 'range' };
  });
}

/**
 * Loads the library and the data, and (unless `atOnce`) sets up an empty chart, then waits `delayMs`: the
 * data reaches the chart that long after the chart is on the page, as when it is fetched. Nothing here is
 * timed. With `atOnce`, no element is made: `render` makes it and hands it the data in the same task.
 */
async function load({ library, dataUrl, delayMs = 0, atOnce = false }) {
  state.library = library;
  if (library === 'ours') {
    await import(OURS_BUNDLE);
    await customElements.whenDefined('conflict-timeline');
  } else {
    await Promise.all([addStyles(VIS_STYLES), addScript(VIS_SCRIPT)]);
  }
  const response = await fetch(dataUrl);
  if (!response.ok) throw new Error(`${dataUrl}: HTTP ${response.status}`);
  state.timeline = JSON.parse(await response.text());
  if (library === 'ours' && !atOnce) {
    // In the page before the clock starts, so the first render times drawing the data, not upgrading the tag.
    const element = newElement();
    stage.append(element);
    await element.updateComplete;
    state.element = element;
  } else if (library === 'vis') {
    state.items = toVisItems(state.timeline);
  }
  await nextPaint();
  await nextPaint();
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  return { events: state.timeline.events.length, items: state.items ? state.items.length : null };
}

/**
 * Time from handing the library the data to the next painted frame.
 * @param {{ height: number }} options vis-timeline's height: the element's, so both lay out as much.
 */
async function render({ height }) {
  if (state.library === 'ours') {
    const t0 = performance.now();
    // Loaded `atOnce`: the element is made, given the data and added in the timed task.
    const element = state.element ?? newElement();
    element.data = state.timeline;
    if (!state.element) {
      stage.append(element);
      state.element = element;
    }
    // The element renders in a microtask, so this frame is the first with the data.
    const { painted } = await nextPaint();
    const ink = inkedPixels(element.shadowRoot.querySelector('canvas[part~="marks"]'));
    if (!ink)
      throw new Error('<conflict-timeline> painted no marks (canvas[part~="marks"]) in the first frame');
    // Its marks' buttons (what a screen reader lists, Tab and a pointer reach) may come a frame later.
    await element.updateComplete;
    const { painted: ready } = await nextPaint();
    const marks = element.shadowRoot.querySelectorAll('svg [data-event-id]').length;
    if (!marks) throw new Error('<conflict-timeline> has no mark buttons (svg [data-event-id]) once updated');
    const clusters = element.shadowRoot.querySelectorAll('svg [part~="cluster"]').length;
    return {
      ms: painted - t0,
      readyMs: ready - t0,
      marks,
      clusters,
      height: element.getBoundingClientRect().height,
    };
  }
  const container = document.createElement('div');
  container.style.width = `${WIDTH}px`;
  stage.append(container);
  // What vis-timeline makes of a zoom-in wheel (deltaY -100): `wheelDelta / 120` (Range#_onMouseWheel), 1.
  const visDelta = (-100 * WHEEL_DELTA_PER_PIXEL) / 120;
  const options = {
    width: `${WIDTH}px`,
    height: `${Math.round(height)}px`,
    zoomKey: 'ctrlKey',
    horizontalScroll: true,
    zoomFriction: visDelta / (ZOOM_STEP - 1),
  };
  const t0 = performance.now();
  state.visTimeline = new vis.Timeline(container, state.items, options);
  const { painted } = await nextPaint();
  const marks = container.querySelectorAll('.vis-item').length;
  if (!marks) throw new Error('vis-timeline drew no .vis-item by the first frame');
  // Its items are the DOM: what is drawn is what a pointer or a screen reader reaches.
  return {
    ms: painted - t0,
    readyMs: painted - t0,
    marks,
    clusters: 0,
    height: container.getBoundingClientRect().height,
  };
}

function newElement() {
  const element = document.createElement('conflict-timeline');
  element.style.display = 'block';
  element.style.width = `${WIDTH}px`;
  return element;
}

/** Pixels of a canvas with any ink: read after the timed frame, to show it painted something. */
function inkedPixels(canvas) {
  if (!canvas || !canvas.width || !canvas.height) return 0;
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  let inked = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]) inked += 1;
  return inked;
}

function chart() {
  const target =
    state.library === 'ours'
      ? state.element.shadowRoot.querySelector('svg[part~="chart"]')
      : stage.querySelector('.vis-center');
  if (!target) throw new Error(`no chart to send wheel events to (${state.library})`);
  return target;
}

/** The visible window as epoch milliseconds, read through each library's public surface. */
function visibleWindow() {
  if (state.library === 'ours') {
    const start = state.element.getAttribute('start');
    const end = state.element.getAttribute('end');
    return { start, end, from: Date.parse(start), to: Date.parse(end) + DAY_MS };
  }
  const w = state.visTimeline.getWindow();
  return {
    start: w.start.toISOString(),
    end: w.end.toISOString(),
    from: w.start.getTime(),
    to: w.end.getTime(),
  };
}

/**
 * Sends one wheel event per frame and times each frame: the handler's synchronous time plus the frame from
 * its start to after its paint. vis-timeline does its work in the handler, the element in the frame; the sum
 * counts both. Stops early once `budgetMs` is spent, so a slow library cannot hold the run for minutes.
 */
async function wheelFrames({ deltas, ctrlKey, budgetMs }) {
  const target = chart();
  const box = target.getBoundingClientRect();
  const clientX = box.left + box.width / 2;
  const clientY = box.top + box.height / 2;
  const half = Math.floor(deltas.length / 2);
  const before = visibleWindow();
  let middle = null;
  const frames = [];
  const started = performance.now();
  for (const [i, delta] of deltas.entries()) {
    if (i > 0 && performance.now() - started > budgetMs) break;
    const event = new WheelEvent('wheel', {
      deltaX: delta.deltaX,
      deltaY: delta.deltaY,
      wheelDeltaX: Math.round(delta.deltaX * WHEEL_DELTA_PER_PIXEL),
      wheelDeltaY: Math.round(delta.deltaY * WHEEL_DELTA_PER_PIXEL),
      ctrlKey,
      clientX,
      clientY,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    const t = performance.now();
    target.dispatchEvent(event);
    const handler = performance.now() - t;
    const { frameStart, painted } = await nextPaint();
    frames.push(handler + (painted - frameStart));
    if (i === half - 1) middle = visibleWindow();
  }
  return {
    frames,
    planned: deltas.length,
    before,
    middle: middle ?? visibleWindow(),
    after: visibleWindow(),
  };
}

/**
 * The same measurement with nothing to do: what an empty frame costs on this machine (its load, the
 * compositor's pacing), the floor under every zoom and pan frame.
 */
async function idle({ frames }) {
  const out = [];
  for (let i = 0; i < frames; i++) {
    const t = performance.now();
    const handler = performance.now() - t;
    const { frameStart, painted } = await nextPaint();
    out.push(handler + (painted - frameStart));
  }
  return out;
}

/** Zooms in, then out, about the middle of the chart, by ctrl+wheel. */
function zoom({ frames, budgetMs }) {
  const deltas = Array.from({ length: frames }, (_, i) => ({
    deltaX: 0,
    deltaY: i < frames / 2 ? -100 : 100,
  }));
  return wheelFrames({ deltas, ctrlKey: true, budgetMs });
}

/**
 * Pans later, then back, by horizontal wheel. The element pans on a plain wheel only when it holds focus, and
 * its focus sits on a mark (a roving tabindex), so the first mark is focused first.
 */
async function pan({ frames, budgetMs }) {
  if (state.library === 'ours') {
    const element = state.element;
    const mark =
      element.shadowRoot.querySelector('svg [data-event-id][tabindex="0"]') ??
      element.shadowRoot.querySelector('svg [data-event-id]');
    if (!mark) throw new Error('<conflict-timeline> has no mark to focus');
    mark.focus({ preventScroll: true });
    await element.updateComplete;
    await nextPaint();
    await nextPaint();
    if (!element.matches(':focus-within')) throw new Error('<conflict-timeline> did not take focus');
  }
  // 50 px a step: twenty of them stay within the room the element leaves for panning past the data.
  const deltas = Array.from({ length: frames }, (_, i) => ({ deltaX: i < frames / 2 ? 50 : -50, deltaY: 0 }));
  return wheelFrames({ deltas, ctrlKey: false, budgetMs });
}

/** Every element in the document, those in shadow roots included. */
function countElements(root = document) {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count += 1;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

window.renderBench = { load, render, idle, zoom, pan, countElements: () => countElements(), ready: true };
