// Screenshots of the demo's article page for the README: docs/demo-1280.png and docs/demo-375.png.
//
//   npx tsx scripts/screenshots.ts                  runs `node scripts/start.mjs` (build, data, pages, server)
//   npx tsx scripts/screenshots.ts --url http://127.0.0.1:8000/    uses a demo server that is already running
//
// Each picture starts at the top of the page and ends below the timeline, so that it shows the element where
// a reader meets it: in the text column of a news story, under the headline.
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The helpers of scripts/chromium.mjs, which is plain JavaScript without type declarations. */
interface ChromiumHelpers {
  findChromium(): string | undefined;
  chromiumArgs(): string[];
}

interface Shot {
  /** CSS pixels; the device scale factor is 1, so also the PNG's width. */
  width: number;
  /** The viewport: a 1280 px laptop screen, or an iPhone X-sized phone. */
  height: number;
  file: string;
}

const SHOTS: Shot[] = [
  { width: 1280, height: 900, file: 'docs/demo-1280.png' },
  { width: 375, height: 812, file: 'docs/demo-375.png' },
];
const PAGE = 'demo/article.html';
/** Room for a build by start.mjs on a slow machine. */
const SERVER_TIMEOUT_MS = 300_000;
const DRAW_TIMEOUT_MS = 20_000;
/** Space kept below the timeline's caption, so that the picture does not end on its last line. */
const MARGIN_BELOW = 24;

/** Starts `node scripts/start.mjs` and resolves with the server's root URL once it prints it. */
function startDemoServer(): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(process.execPath, ['scripts/start.mjs'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      server.kill();
      reject(new Error(`scripts/start.mjs printed no demo URL within ${SERVER_TIMEOUT_MS / 1000} s`));
    }, SERVER_TIMEOUT_MS);
    let printed = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      printed += chunk.toString('utf8');
      const found = /Demo: (http:\/\/\S+?\/)demo\//.exec(printed);
      if (found) {
        clearTimeout(timer);
        resolve({ url: found[1]!, server });
      }
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`scripts/start.mjs exited (${code}) before serving the demo`));
    });
  });
}

/** Whether the page's timeline has drawn its marks: the data arrived, was valid, and was laid out. */
function timelineDrawn(): boolean {
  const root = document.querySelector('conflict-timeline')?.shadowRoot;
  return Boolean(root?.querySelector('[data-event-id]'));
}

/** The height to capture: at least one screen, and down to just below the timeline's figure. */
function captureHeight(margin: number): number {
  const figure = document.querySelector('.timeline-figure') ?? document.querySelector('conflict-timeline')!;
  const bottom = figure.getBoundingClientRect().bottom + window.scrollY + margin;
  const whole = document.documentElement.scrollHeight;
  return Math.ceil(Math.min(whole, Math.max(window.innerHeight, bottom)));
}

async function capture(browser: Browser, root: string, shot: Shot): Promise<void> {
  const page: Page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1 });
  // The README shows the light theme whatever the machine's setting.
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await page.goto(new URL(PAGE, root).href, { waitUntil: 'networkidle0' });
  await page.waitForFunction(timelineDrawn, { timeout: DRAW_TIMEOUT_MS });
  // The element takes its width from a ResizeObserver in the next frame, and the fonts may still be loading:
  // wait for both, so the picture is of the settled layout.
  // (No named functions inside the callback: tsx would wrap them in a helper the page does not have.)
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    await document.querySelector('conflict-timeline')!.updateComplete;
  });
  if (problems.length) throw new Error(`${PAGE} at ${shot.width} px:\n${problems.join('\n')}`);
  const height = await page.evaluate(captureHeight, MARGIN_BELOW);
  await page.screenshot({
    path: shot.file as `${string}.png`,
    clip: { x: 0, y: 0, width: shot.width, height },
    captureBeyondViewport: true,
  });
  console.log(`wrote ${shot.file} (${shot.width} x ${height})`);
  await page.close();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: 'string' } } });
  // A variable specifier: TypeScript then neither resolves the plain-JavaScript module nor asks for its types.
  const chromiumModule = './chromium.mjs';
  const { findChromium, chromiumArgs } = (await import(chromiumModule)) as ChromiumHelpers;
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: apt-get install chromium, or set CHROME_PATH.');

  const started = values.url ? null : await startDemoServer();
  const root = values.url ?? started!.url;
  const browser = await puppeteer.launch({ executablePath, args: chromiumArgs() });
  try {
    for (const shot of SHOTS) await capture(browser, root, shot);
  } finally {
    await browser.close();
    started?.server.kill();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
