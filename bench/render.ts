import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import type { Browser, BrowserContext, CDPSession, Page } from 'puppeteer-core';
import { syntheticTimeline } from './synthetic-timeline.js';

// `npm run bench:render`: renders generated timelines of several sizes with <conflict-timeline> and with
// vis-timeline in the same headless Chromium run, each in a fresh page, and prints first render, zoom and pan
// frame times, heap and DOM size, the ratios between the two, and the targets of issue 6.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = 'dist/conflict-timeline.bundle.js';
const PAGE = '/bench/render-page.html';

/** Wheel events per zoom and per pan measurement: half one way, half back. */
const FRAMES = 40;
/** Past this, a library gets no more frames in a zoom or pan phase; its numbers cover the frames it got. */
const PHASE_BUDGET_MS = 25_000;
/** A first render slower than this is run once, not `--runs` times: the median would cost minutes. */
const SLOW_RENDER_MS = 5_000;
/**
 * How long after the empty chart is on the page its data comes, in the first-render pages: as when the page
 * fetches it (a 1,000-event timeline is some 80 KB gzipped). The element spends the time warming up.
 */
const DATA_DELAY_MS = 1_000;
/** The guard around everything one library does at one size. */
const GUARD_MS = 120_000;

const LIBRARIES = ['ours', 'vis'] as const;
type Library = (typeof LIBRARIES)[number];
const VIS_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/vis-timeline/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const NAMES: Record<Library, string> = { ours: 'conflict-timeline', vis: `vis-timeline ${VIS_VERSION}` };

interface ChromiumModule {
  findChromium(): string | undefined;
  chromiumArgs(): string[];
}

interface Options {
  sizes: number[];
  /** Fresh pages per first-render measurement; the median is reported. */
  runs: number;
  /** Where to write the numbers as JSON, if anywhere. */
  json: string | undefined;
  /** The largest size vis-timeline is run at. */
  visMax: number;
}

/** A window as the page reports it: the library's own strings, and epoch milliseconds. */
interface VisibleWindow {
  start: string;
  end: string;
  from: number;
  to: number;
}

/** What `renderBench.render` returns. */
interface RenderResult {
  ms: number;
  /** To the frame with every mark's button (ours); the same as `ms` for vis-timeline, whose marks are DOM. */
  readyMs: number;
  marks: number;
  clusters: number;
  height: number;
}

/** What `renderBench.zoom` and `renderBench.pan` return. */
interface WheelRun {
  frames: number[];
  planned: number;
  before: VisibleWindow;
  /** After the first half of the wheel events (zoomed in, panned later). */
  middle: VisibleWindow;
  after: VisibleWindow;
}

interface FrameStats {
  /** Milliseconds. */
  median: number;
  p95: number;
  max: number;
  /** Frames measured, fewer than `planned` when the phase ran out of time. */
  frames: number;
  planned: number;
}

interface Row {
  size: number;
  library: Library;
  status: 'ok' | 'skipped' | 'timed out' | 'failed';
  notes: string[];
  /** Median over the runs, milliseconds from setting the data to the next painted frame. */
  firstRenderMs?: number;
  firstRenderRuns?: number[];
  /**
   * Median over as many other fresh pages, where the element is made, given the data and added in one task
   * (no time before the data to warm up). vis-timeline, which never warms up, has its first render here.
   */
  atOnceMs?: number;
  atOnceRuns?: number[];
  /** Median over the same runs, milliseconds to the painted frame that has every mark's button. */
  buttonsMs?: number;
  buttonsRuns?: number[];
  /** Medians over the runs of each run's frame statistics. */
  zoom?: FrameStats;
  zoomRuns?: FrameStats[];
  /** How many times narrower the window got over the zoom-in half. */
  zoomedBy?: number;
  pan?: FrameStats;
  panRuns?: FrameStats[];
  /** How far the pan-later half moved the window, in days. */
  pannedDays?: number;
  /** Used JS heap after the first render and the zoom, MB (10^6 bytes). */
  heapTotalMb?: number;
  /** That minus the heap with the library loaded and the data parsed, before rendering. */
  heapAddedMb?: number;
  /** Elements in the document after the first render, shadow roots included. */
  domElements?: number;
  /** CDP `Nodes` metric after the first render: every live node of the renderer, text nodes included. */
  cdpNodes?: number;
  /** Marks drawn by the first render (ours: svg [data-event-id]; vis: .vis-item). */
  marks?: number;
  /** Marks that stand for several events (ours: the `cluster` part). */
  clusters?: number;
  /** The same frame measurement with nothing to do: the floor this machine puts under every frame. */
  idle?: FrameStats;
  /** Height of the chart, px; vis-timeline is given the element's. */
  height?: number;
}

interface Target {
  what: string;
  value: string;
  /** `reported` where the issue sets no number; `not measured` where a needed row is missing. */
  verdict: 'met' | 'NOT met' | 'reported' | 'not measured';
}

const MB = 1e6;

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100,1000,10000,100000' },
      runs: { type: 'string', default: '3' },
      json: { type: 'string' },
      'vis-max': { type: 'string', default: '10000' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'Usage: npm run bench:render -- [--sizes 100,1000,10000,100000] [--runs 3] [--json FILE] [--vis-max 10000]\n' +
        '  --sizes    event counts to render\n' +
        '  --runs     fresh pages per first-render measurement (the median is reported)\n' +
        '  --json     also write the numbers to FILE\n' +
        '  --vis-max  the largest size vis-timeline is run at (it takes minutes at 100,000)',
    );
    process.exit(0);
  }
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  const runs = Number(values.runs);
  const visMax = Number(values['vis-max']);
  if (
    sizes.some((n) => !Number.isInteger(n) || n < 1) ||
    !Number.isInteger(runs) ||
    runs < 1 ||
    !(visMax >= 0)
  ) {
    console.error('--sizes takes whole numbers >= 1 separated by commas, --runs a whole number >= 1');
    process.exit(2);
  }
  return { sizes, runs, json: values.json, visMax };
}

/** Refuses to measure a bundle that is not there, and warns about one older than the source. */
function checkBundle(): void {
  const bundle = join(ROOT, BUNDLE);
  if (!existsSync(bundle)) {
    console.error(`${BUNDLE} is missing: run npm run build first.`);
    process.exit(1);
  }
  const built = statSync(bundle).mtimeMs;
  const newer = sourceFiles(join(ROOT, 'src')).filter((f) => statSync(f).mtimeMs > built);
  if (newer.length)
    console.error(
      `warning: ${BUNDLE} is older than ${newer.length} file(s) in src/ (${newer[0]!.slice(ROOT.length)}...); ` +
        'run npm run build to measure the current source.',
    );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * Serves the repository (the page, the bundle, vis-timeline from node_modules) and the generated timelines
 * from memory at `/bench-data/<size>.json`, on a free port of 127.0.0.1.
 */
async function startServer(data: Map<number, string>): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const generated = /^\/bench-data\/(\d+)\.json$/.exec(url.pathname);
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (generated) {
      const body = data.get(Number(generated[1]));
      if (body === undefined) send(404, 'text/plain', 'no such size');
      else send(200, CONTENT_TYPES['.json']!, body);
      return;
    }
    const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
    if (!path.startsWith(ROOT.endsWith(sep) ? ROOT : ROOT + sep)) {
      send(403, 'text/plain', 'outside the repository');
      return;
    }
    readFile(path).then(
      (body) => send(200, CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain', 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}` };
}

async function launch(): Promise<Browser> {
  const chromium = (await import(new URL('../scripts/chromium.mjs', import.meta.url).href)) as ChromiumModule;
  const executablePath = chromium.findChromium();
  if (!executablePath) {
    console.error('No Chromium found: apt-get install chromium, or set CHROME_PATH.');
    process.exit(1);
  }
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [...chromium.chromiumArgs(), '--window-size=1280,800'],
    defaultViewport: { width: 1280, height: 800 },
    protocolTimeout: GUARD_MS + 60_000,
  });
}

/** One fresh page in its own browser context, with the library and the data loaded, nothing rendered. */
async function openPage(
  browser: Browser,
  base: string,
  library: Library,
  size: number,
  atOnce = false,
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error (${library}, ${size}): ${String(error)}`));
  await page.goto(base + PAGE, { waitUntil: 'load' });
  await page.waitForFunction('window.renderBench?.ready === true');
  await call(page, 'load', {
    library,
    dataUrl: `/bench-data/${size}.json`,
    delayMs: atOnce ? 0 : DATA_DELAY_MS,
    atOnce,
  });
  const cdp = await page.createCDPSession();
  return { context, page, cdp };
}

/**
 * Renders once in a page that is thrown away: Chromium's own start-up work would otherwise land on the first
 * measurement of the run.
 */
async function warmUp(browser: Browser, base: string, size: number): Promise<void> {
  const { context, page } = await openPage(browser, base, 'ours', size);
  try {
    await call(page, 'render', { height: 400 });
  } finally {
    await context.close();
  }
}

/** Calls `renderBench[method](arg)` in the page, as a string so no Node-side function is serialised. */
function call<T>(page: Page, method: string, arg: unknown): Promise<T> {
  return page.evaluate(`window.renderBench.${method}(${JSON.stringify(arg)})`) as Promise<T>;
}

/** Used JS heap after a full garbage collection, bytes. */
async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

function stats(frames: number[], planned: number): FrameStats {
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    median: median(sorted),
    // Nearest rank: the 38th of 40 frames.
    p95: sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    frames: frames.length,
    planned,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  if (!sorted.length) return NaN;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const DAY_MS = 86_400_000;
const span = (w: VisibleWindow) => w.to - w.from;

/**
 * Everything for one library at one size. First a probe page: the idle frame, then the heap before the first
 * render and after it and a zoom, the DOM count. Then `runs` fresh pages, timed: first render, zoom and pan in
 * each (the medians are reported: one page's zoom p95 is the third slowest of 40 frames, and at 10,000 events
 * it ranged from 13 to 23 ms over eight pages of the same build). The heap is read after two forced full
 * collections, which also throw away code the engine compiled and what it learnt about the page's objects:
 * timed in the same page, the first render and zoom after them were slower (ours at 10,000 events, eight
 * pages each: first render 63.2 against 83.5 ms, zoom p95 19.3 against 26.4), so no timed page reads the
 * heap. A library whose first render runs past SLOW_RENDER_MS is timed in the probe page alone (its seconds
 * dwarf that), its pan before the heap is read again; one whose zoom or pan runs out of its budget is run in
 * no further page. Throws on anything that shows the benchmark did not measure what it claims (nothing drawn,
 * a window that did not move).
 */
async function measure(
  browser: Browser,
  base: string,
  library: Library,
  size: number,
  runs: number,
  height: number,
  row: Row,
  onPage: (context: BrowserContext) => void,
): Promise<void> {
  const log = (text: string) =>
    console.error(`  ${NAMES[library]}, ${size.toLocaleString('en')} events: ${text}`);
  const zooms: FrameStats[] = [];
  const pans: FrameStats[] = [];
  let timedRuns = runs;
  row.firstRenderRuns = [];
  row.buttonsRuns = [];
  const timed = (first: RenderResult) => {
    row.firstRenderRuns!.push(first.ms);
    row.buttonsRuns!.push(first.readyMs);
  };
  /** A zoom or a pan by wheel events, logged. */
  const wheel = async (page: Page, phase: 'zoom' | 'pan', where = '') => {
    const run = await call<WheelRun>(page, phase, { frames: FRAMES, budgetMs: PHASE_BUDGET_MS });
    log(
      `${where}${phase} p95 ${stats(run.frames, run.planned).p95.toFixed(1)} ms over ${run.frames.length} frames, ${windowText(run)}`,
    );
    return run;
  };
  const zoomIn = async (page: Page, where = '') => {
    const zoom = await wheel(page, 'zoom', where);
    if (zoom.middle.start === zoom.before.start && zoom.middle.end === zoom.before.end)
      throw new Error(`zooming in did not change the window (${zoom.before.start} to ${zoom.before.end})`);
    if (!(span(zoom.middle) < span(zoom.before)))
      throw new Error(`zooming in did not narrow the window (${windowText(zoom)})`);
    // The second half's frames count only if they did something (a library that drops the wheel once the
    // first half is done would otherwise report idle frames as fast ones).
    if (zoom.frames.length === zoom.planned && !(span(zoom.after) > span(zoom.middle)))
      throw new Error(`zooming out did not widen the window (${windowText(zoom)})`);
    return zoom;
  };
  const panAcross = async (page: Page) => {
    const pan = await wheel(page, 'pan');
    if (!(pan.middle.from > pan.before.from))
      throw new Error(`panning later did not move the window (${windowText(pan)})`);
    if (pan.frames.length === pan.planned && !(pan.after.from < pan.middle.from))
      throw new Error(`panning back did not move the window (${windowText(pan)})`);
    return pan;
  };
  /** Zoom and pan of a timed page; false when either ran out of its budget (no further page is then run). */
  const zoomAndPan = async (page: Page, zoom?: WheelRun) => {
    zoom ??= await zoomIn(page);
    zooms.push(stats(zoom.frames, zoom.planned));
    const pan = await panAcross(page);
    pans.push(stats(pan.frames, pan.planned));
    row.pannedDays ??= (pan.middle.from - pan.before.from) / DAY_MS;
    if (zoom.frames.length < zoom.planned)
      row.notes.push(
        `zoom: ${zoom.frames.length} of ${zoom.planned} frames in the ${PHASE_BUDGET_MS / 1000} s budget`,
      );
    if (pan.frames.length < pan.planned)
      row.notes.push(
        `pan: ${pan.frames.length} of ${pan.planned} frames in the ${PHASE_BUDGET_MS / 1000} s budget`,
      );
    return zoom.frames.length === zoom.planned && pan.frames.length === pan.planned;
  };

  const probe = await openPage(browser, base, library, size);
  onPage(probe.context);
  try {
    const { page, cdp } = probe;
    row.idle = stats(await call<number[]>(page, 'idle', { frames: FRAMES }), FRAMES);
    const heapBefore = await usedHeap(cdp);
    const first = await call<RenderResult>(page, 'render', { height });
    row.marks = first.marks;
    row.clusters = first.clusters;
    row.height = first.height;
    log(
      `probe page: idle frame ${row.idle.median.toFixed(1)}/${row.idle.p95.toFixed(1)} ms; first render ${first.ms.toFixed(1)} ms ` +
        `(buttons ${first.readyMs.toFixed(1)} ms), ${first.marks} marks, ${first.clusters} clusters`,
    );
    row.domElements = await call<number>(page, 'countElements', null);
    row.cdpNodes = (await page.metrics()).Nodes;
    const zoom = await zoomIn(page, 'probe page: ');
    row.zoomedBy = span(zoom.before) / span(zoom.middle);
    // The one run for a library that takes seconds to draw (the median would cost minutes): timed here, its
    // pan before the heap is read again. Its first render follows the first reading's collections, which
    // cost the next render tens of milliseconds, not seconds.
    const slow = first.ms > SLOW_RENDER_MS;
    if (slow) {
      row.notes.push(
        `1 run, in the probe page (first render over ${SLOW_RENDER_MS / 1000} s); heap added after its pan too`,
      );
      timed(first);
      await zoomAndPan(page, zoom);
      timedRuns = 0;
    }
    const heapAfter = await usedHeap(cdp);
    row.heapTotalMb = heapAfter / MB;
    row.heapAddedMb = (heapAfter - heapBefore) / MB;
  } finally {
    await probe.context.close();
  }

  for (let run = 0; run < timedRuns; run++) {
    const { context, page } = await openPage(browser, base, library, size);
    onPage(context);
    try {
      timed(await call<RenderResult>(page, 'render', { height }));
      if (!(await zoomAndPan(page)) && run + 1 < timedRuns) {
        row.notes.push(`${run + 1} of ${timedRuns} runs (a phase ran out of time)`);
        timedRuns = run + 1;
      }
    } finally {
      await context.close();
    }
  }
  if (library === 'ours') {
    row.atOnceRuns = [];
    for (let run = 0; run < Math.max(1, timedRuns); run++) {
      const { context, page } = await openPage(browser, base, library, size, true);
      onPage(context);
      try {
        row.atOnceRuns.push((await call<RenderResult>(page, 'render', { height })).ms);
      } finally {
        await context.close();
      }
    }
  } else {
    row.atOnceRuns = row.firstRenderRuns;
  }
  row.atOnceMs = median(row.atOnceRuns);
  row.firstRenderMs = median(row.firstRenderRuns);
  row.buttonsMs = median(row.buttonsRuns);
  row.zoom = medianStats(zooms);
  row.pan = medianStats(pans);
  row.zoomRuns = zooms;
  row.panRuns = pans;
  const list = (xs: number[]) => xs.map((ms) => ms.toFixed(1)).join(', ');
  log(`over ${row.firstRenderRuns.length} run(s): first render ${list(row.firstRenderRuns)} ms`);
  if (library === 'ours') log(`  with the data at once ${list(row.atOnceRuns)} ms`);
  log(`  zoom p95 ${list(zooms.map((z) => z.p95))} ms; pan p95 ${list(pans.map((p) => p.p95))} ms`);
  row.status = 'ok';
}

/** Each statistic's median over the runs; `frames` and `planned` are summed. */
function medianStats(runs: FrameStats[]): FrameStats {
  return {
    median: median(runs.map((r) => r.median)),
    p95: median(runs.map((r) => r.p95)),
    max: median(runs.map((r) => r.max)),
    frames: runs.reduce((n, r) => n + r.frames, 0),
    planned: runs.reduce((n, r) => n + r.planned, 0),
  };
}

function windowText(run: WheelRun): string {
  const days = (w: VisibleWindow) => `${w.start.slice(0, 10)}..${w.end.slice(0, 10)}`;
  return `window ${days(run.before)} -> ${days(run.middle)} -> ${days(run.after)}`;
}

/** Runs `work` under the guard; on a timeout, closes what it opened (or the whole browser, if that hangs). */
async function guarded(
  work: (onPage: (context: BrowserContext) => void) => Promise<void>,
  browser: Browser,
  onTimeout: () => void,
): Promise<'done' | 'timed out' | 'browser lost'> {
  let current: BrowserContext | null = null;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timed out'>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), GUARD_MS);
  });
  try {
    const outcome = await Promise.race([
      work((context) => (current = context)).then(() => 'done' as const),
      timeout,
    ]);
    if (outcome === 'done') return outcome;
    onTimeout();
    clearTimeout(timer);
    const closing = (current as BrowserContext | null)?.close() ?? Promise.resolve();
    const closed = await Promise.race([
      closing.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), 15_000);
      }),
    ]);
    if (!closed) {
      browser.process()?.kill('SIGKILL');
      return 'browser lost';
    }
    return 'timed out';
  } finally {
    clearTimeout(timer);
  }
}

function fmt(value: number | undefined, digits = 1): string {
  if (value === undefined || Number.isNaN(value)) return '-';
  return value.toFixed(digits);
}

function ratio(vis: number | undefined, ours: number | undefined): number | undefined {
  if (vis === undefined || ours === undefined || !(ours > 0) || !(vis > 0)) return undefined;
  return vis / ours;
}

function table(header: string[], rows: string[][], alignLeft = 2): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < alignLeft ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function resultsTable(rows: Row[]): string {
  const header = [
    'events',
    'library',
    'first render ms',
    'at once ms',
    'buttons ms',
    'zoom med/p95 ms',
    'pan med/p95 ms',
    'heap total MB',
    'heap added MB',
    'DOM elements',
    'CDP nodes',
    'marks (clusters)',
    'idle frame med/p95',
  ];
  return table(
    header,
    rows.map((r) => {
      const head = [r.size.toLocaleString('en'), NAMES[r.library]];
      if (
        r.status === 'skipped' ||
        r.status === 'timed out' ||
        (r.status === 'failed' && r.firstRenderMs === undefined)
      ) {
        const what = r.status === 'timed out' ? `timed out (>${GUARD_MS / 1000} s)` : r.status;
        return [...head, what, ...new Array<string>(header.length - 3).fill('')];
      }
      const frames = (s: FrameStats | undefined) =>
        s
          ? `${fmt(s.median)} / ${fmt(s.p95)}${s.frames < s.planned ? ` (${s.frames}/${s.planned})` : ''}`
          : '-';
      return [
        ...head,
        fmt(r.firstRenderMs) + (r.status === 'failed' ? ' FAILED' : ''),
        fmt(r.atOnceMs),
        fmt(r.buttonsMs),
        frames(r.zoom),
        frames(r.pan),
        fmt(r.heapTotalMb),
        fmt(r.heapAddedMb),
        r.domElements === undefined ? '-' : String(r.domElements),
        r.cdpNodes === undefined ? '-' : String(r.cdpNodes),
        r.marks === undefined ? '-' : `${r.marks}${r.library === 'ours' ? ` (${r.clusters ?? 0})` : ''}`,
        frames(r.idle),
      ];
    }),
  );
}

interface Ratios {
  size: number;
  firstRender?: number;
  atOnce?: number;
  zoomP95?: number;
  panP95?: number;
  heapAdded?: number;
  domElements?: number;
}

function ratiosOf(rows: Row[], sizes: number[]): Ratios[] {
  return sizes.map((size) => {
    const ours = rows.find((r) => r.size === size && r.library === 'ours' && r.status === 'ok');
    const vis = rows.find((r) => r.size === size && r.library === 'vis' && r.status === 'ok');
    return {
      size,
      firstRender: ratio(vis?.firstRenderMs, ours?.firstRenderMs),
      atOnce: ratio(vis?.atOnceMs, ours?.atOnceMs),
      zoomP95: ratio(vis?.zoom?.p95, ours?.zoom?.p95),
      panP95: ratio(vis?.pan?.p95, ours?.pan?.p95),
      heapAdded: ratio(vis?.heapAddedMb, ours?.heapAddedMb),
      domElements: ratio(vis?.domElements, ours?.domElements),
    };
  });
}

function ratiosTable(ratios: Ratios[]): string {
  const x = (v: number | undefined) => (v === undefined ? '-' : `${v >= 100 ? v.toFixed(0) : v.toFixed(1)}x`);
  return table(
    ['events', 'vis / ours', 'first render', 'at once', 'zoom p95', 'pan p95', 'heap added', 'DOM elements'],
    ratios.map((r) => [
      r.size.toLocaleString('en'),
      '',
      x(r.firstRender),
      x(r.atOnce),
      x(r.zoomP95),
      x(r.panP95),
      x(r.heapAdded),
      x(r.domElements),
    ]),
  );
}

function targetsOf(rows: Row[], ratios: Ratios[]): Target[] {
  const ours = (size: number) => rows.find((r) => r.size === size && r.library === 'ours');
  const targets: Target[] = [];
  const limit = (size: number, what: string, value: number | undefined, max: number, unit: string) => {
    const row = ours(size);
    if (!row) return;
    targets.push({
      what: `${size.toLocaleString('en')} events: ${what} <= ${max} ${unit}`,
      value: value === undefined ? row.status : `${fmt(value)} ${unit}`,
      verdict: value === undefined ? 'NOT met' : value <= max ? 'met' : 'NOT met',
    });
  };
  const better = (size: number, what: string, value: number | undefined) => {
    if (!ours(size)) return;
    targets.push({
      what: `${size.toLocaleString('en')} events: ${what} >= 10x better than vis-timeline`,
      value: value === undefined ? 'no ratio (vis-timeline not measured)' : `${value.toFixed(1)}x`,
      verdict: value === undefined ? 'not measured' : value >= 10 ? 'met' : 'NOT met',
    });
  };
  const r = (size: number) => ratios.find((x) => x.size === size);
  limit(10_000, 'first render', ours(10_000)?.firstRenderMs, 100, 'ms');
  limit(10_000, 'zoom frame p95', ours(10_000)?.zoom?.p95, 16.7, 'ms');
  limit(10_000, 'heap added', ours(10_000)?.heapAddedMb, 10, 'MB');
  limit(1_000, 'first render', ours(1_000)?.firstRenderMs, 30, 'ms');
  better(10_000, 'first render', r(10_000)?.firstRender);
  better(10_000, 'zoom p95', r(10_000)?.zoomP95);
  better(10_000, 'heap added', r(10_000)?.heapAdded);
  better(1_000, 'first render', r(1_000)?.firstRender);
  for (const size of [1_000, 10_000]) {
    const row = ours(size);
    if (row?.atOnceMs === undefined) continue;
    const ratio = r(size)?.atOnce;
    targets.push({
      what: `${size.toLocaleString('en')} events: first render with the data at once (no target; the numbers)`,
      value: `${fmt(row.atOnceMs)} ms${ratio === undefined ? '' : `, ${ratio.toFixed(1)}x better than vis-timeline`}`,
      verdict: 'reported',
    });
  }
  const huge = ours(100_000);
  if (huge) {
    const ok = huge.status === 'ok';
    targets.push({
      what: '100,000 events: renders and zooms without freezing the page (no threshold; the numbers)',
      value: ok
        ? `first render ${fmt(huge.firstRenderMs)} ms, zoom p95 ${fmt(huge.zoom?.p95)} ms, longest zoom frame ${fmt(huge.zoom?.max)} ms (median over the pages)`
        : huge.status,
      verdict: ok ? 'reported' : 'NOT met',
    });
  }
  return targets;
}

/** The run's length and the machine's load, which says how far to trust the numbers. */
function wholeRun(seconds: number, loadBefore: number, loadAfter: number): string {
  const cpus = availableParallelism();
  const busy =
    Math.max(loadBefore, loadAfter) > cpus ? '; above the CPU count, so other work competed for the CPU' : '';
  return (
    `Whole run: ${seconds.toFixed(0)} s on ${cpus} CPUs; load average ${loadBefore.toFixed(1)} at the start, ` +
    `${loadAfter.toFixed(1)} at the end${busy}.`
  );
}

function targetsText(targets: Target[]): string {
  if (!targets.length)
    return 'No target of issue 6 applies to these sizes (1,000, 10,000 and 100,000 events).';
  return table(
    ['target of issue 6', 'ours', ''],
    targets.map((t) => [t.what, t.value, t.verdict]),
    3,
  );
}

async function main(): Promise<void> {
  const began = performance.now();
  const options = parseOptions();
  checkBundle();

  const data = new Map<number, string>();
  for (const size of options.sizes) data.set(size, JSON.stringify(syntheticTimeline(size)));
  const { server, base } = await startServer(data);
  let browser = await launch();
  const chromiumVersion = await browser.version();
  console.error(`${chromiumVersion}, serving ${ROOT} at ${base}`);
  const loadBefore = loadavg()[0]!;
  await warmUp(browser, base, Math.min(...options.sizes));

  const rows: Row[] = [];
  let failed = false;
  try {
    for (const size of options.sizes) {
      let oursHeight = 400;
      for (const library of LIBRARIES) {
        const row: Row = { size, library, status: 'failed', notes: [] };
        rows.push(row);
        if (library === 'vis' && size > options.visMax) {
          row.status = 'skipped';
          const tenK = rows.find(
            (r) => r.library === 'vis' && r.size === 10_000 && r.firstRenderMs !== undefined,
          );
          row.notes.push(
            `vis-timeline skipped above ${options.visMax.toLocaleString('en')} events` +
              (tenK
                ? ` (it took ${(tenK.firstRenderMs! / 1000).toFixed(1)} s to first render 10,000 here)`
                : '') +
              `; --vis-max ${size} runs it under the ${GUARD_MS / 1000} s guard`,
          );
          continue;
        }
        // Closing a page that timed out makes its pending calls fail; those failures are not the library's.
        let abandoned = false;
        const outcome = await guarded(
          (onPage) =>
            measure(browser, base, library, size, options.runs, oursHeight, row, onPage).catch(
              (error: Error) => {
                if (abandoned) return;
                row.status = 'failed';
                row.notes.push(`FAILED: ${error.message.split('\n')[0]}`);
                console.error(`  ${NAMES[library]}, ${size}: FAILED: ${error.message}`);
              },
            ),
          browser,
          () => (abandoned = true),
        );
        if (outcome !== 'done') {
          row.status = 'timed out';
          row.notes.push(`timed out (>${GUARD_MS / 1000} s)`);
          console.error(`  ${NAMES[library]}, ${size}: timed out (>${GUARD_MS / 1000} s)`);
        }
        if (outcome === 'browser lost') browser = await launch();
        if (row.status !== 'ok' && library === 'ours') failed = true;
        if (library === 'ours' && row.height) oursHeight = row.height;
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.close();
  }

  const ratios = ratiosOf(rows, options.sizes);
  const targets = targetsOf(rows, ratios);
  const seconds = (performance.now() - began) / 1000;
  const notes = rows.flatMap((r) =>
    r.notes.map((n) => `${r.size.toLocaleString('en')}, ${NAMES[r.library]}: ${n}`),
  );
  console.log(
    [
      `Render benchmark: ${chromiumVersion} headless, page 1280x800, chart 1200 px wide; synthetic timelines (seed 1);`,
      `first render = median of ${options.runs} fresh page(s) (DOM count and heap from a probe page before them), from setting the data to the next painted frame, the data set ${DATA_DELAY_MS / 1000} s after the empty chart was added (as when fetched; the element warms up meanwhile);`,
      `at once = the same in ${options.runs} other fresh page(s), the element made, given the data and added in one task (vis-timeline has no warm-up: its first render);`,
      "buttons = to the painted frame with every mark's button (ours adds them a frame after the marks; vis-timeline's marks are DOM);",
      `zoom and pan = ${FRAMES} ctrl+wheel / horizontal wheel events, one a frame, in each of the same pages: med and p95 are the medians of each page's;`,
      'heap = used JS heap after GC, read in a probe page of its own before the timed ones (forced GCs slow what follows them); added = after first render and zoom minus before rendering (data already parsed);',
      'marks = drawn by the first render (ours: its buttons, svg [data-event-id], with its clusters apart; vis: .vis-item);',
      'idle frame = the frame measurement with no work, in the probe page: the floor this machine puts under every frame.',
      '',
      resultsTable(rows),
      '',
      ratiosTable(ratios),
      '',
      targetsText(targets),
      ...(notes.length ? ['', 'Notes:', ...notes.map((n) => `  ${n}`)] : []),
      '',
      wholeRun(seconds, loadBefore, loadavg()[0]!),
    ].join('\n'),
  );
  if (options.json) {
    writeFileSync(
      options.json,
      JSON.stringify(
        {
          chromium: chromiumVersion,
          node: process.version,
          options: { ...options, frames: FRAMES, phaseBudgetMs: PHASE_BUDGET_MS, guardMs: GUARD_MS },
          rows,
          ratios,
          targets,
          seconds,
          loadAverage: { start: loadBefore, end: loadavg()[0] },
          cpus: availableParallelism(),
        },
        null,
        2,
      ) + '\n',
    );
  }
  if (failed || rows.some((r) => r.status === 'failed')) process.exitCode = 1;
}

await main();
