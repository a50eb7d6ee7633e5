import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { paintedShapes } from './chart-pixels.js';
import { settle } from './settle.js';
import type { DatePrecision, EventDate, EventType, Timeline, TimelineEvent } from '../../src/schema/types.js';

// What a reader gets in a phone column, a tablet and a desktop page: the page and the element's container
// both at 320, 768 and 1280 px wide.

const WIDTHS = [320, 768, 1280] as const;
/** Where the element turns vertical; the README and the element say 520 px. */
const VERTICAL_BELOW = 520;
/** WCAG 2.2, 2.5.8 Target Size (Minimum). */
const MIN_TARGET = 24;

const sampleUrl = new URL('../fixtures/sample.timeline.json', import.meta.url).href;

const TYPES: EventType[] = [
  'air-strike',
  'shelling-artillery-missile-attack',
  'government-regains-territory',
  'attack',
  'diplomatic-talks',
  'cultural-event',
  'drone-strike',
  'armed-clash',
  'deployment',
  'execution',
  'statement',
  'arrests',
];
const PLACES = ['Palmyra', 'Aleppo', 'Raqqa', 'Deir ez-Zor', 'Homs', 'Idlib'];
const TITLES = [
  'Air strikes hit the old city',
  'Shelling on the eastern districts',
  'Army retakes the airbase',
  'Gunmen attack a checkpoint',
  'Talks resume in Geneva',
  'Concert in the ancient theatre',
  'Drone strike on a convoy',
  'Clashes on the main road',
  'Troops deployed to the north',
  'Prisoners executed',
  'Ministry denies the report',
  'Dozens arrested in raids',
];

// Titles the labels' widths are summed for from characters outside ASCII: letters of other scripts, wide
// letters, and characters written as two UTF-16 code units (emoji, a CJK ideograph of a supplementary plane).
const OTHER_TITLES = [
  'غارات جوية على المدينة القديمة',
  '🚀🚀 Rockets hit the 🏥 hospital',
  '巴尔米拉古城遭空袭',
  'ЖШЩ Ж Wide letters WMW',
  'Überfall auf die Straße nach Homs',
  '𠀋𠀋𠀋 talks in Genève',
];

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The i-th generated event's date, on the UTC day of `at`, in turn each way a date is drawn. */
function generatedDate(i: number, at: number): EventDate {
  const day = iso(at);
  const derivation = { method: 'explicit' as const };
  const approximate = i % 4 === 3;
  // A point, a week and a month bracket, a range bar, a year bracket, ranges open at the end and at the
  // start, and a range of months.
  const precisions: Array<[DatePrecision, string | null, (string | null)?]> = [
    ['day', day],
    ['week', day],
    ['month', day.slice(0, 7)],
    ['day', day, iso(at + 20 * 86_400_000)],
    ['year', day.slice(0, 4)],
    ['day', day, null],
    ['day', null, day],
    ['month', day.slice(0, 7), iso(at + 75 * 86_400_000).slice(0, 7)],
  ];
  const [precision, start, end] = precisions[i % precisions.length]!;
  return end === undefined
    ? { start, precision, approximate, derivation }
    : { start, end, precision, approximate, derivation };
}

/** 60 events over two years, every kind and precision, some on the same days, titles of all lengths. */
function denseTimeline(titles = TITLES): Timeline {
  const base = Date.UTC(2016, 0, 1);
  const events: TimelineEvent[] = Array.from({ length: 60 }, (_, i) => {
    // Every 5th event shares the day of the one before, so that marks compete for the same spot.
    const at = base + (i % 5 === 4 ? i - 1 : i) * 12 * 86_400_000;
    const title = `${titles[i % titles.length]!}${i % 3 === 0 ? ' after a week of fighting around the city' : ''}`;
    return {
      id: `gen-${i}`,
      title,
      date: generatedDate(i, at),
      type: TYPES[i % TYPES.length]!,
      actors: i % 2 ? ['Syrian government'] : ['Islamic State'],
      location: { name: PLACES[i % PLACES.length]!, admin1: null, country: 'Syria', lat: null, lon: null },
      fatalities: i % 6 === 0 ? i : null,
      status: i % 7 === 6 ? 'expected' : 'occurred',
      mentions: [{ source: 'generated', quote: title, start: 0, end: title.length, lead: i === 0 }],
    };
  });
  return {
    version: 1,
    title: 'Generated: two years, 60 events',
    sources: [
      {
        id: 'generated',
        title: 'Generated for the width tests',
        published: '2018-01-01',
        publishedFrom: 'metadata',
        publisher: 'Test desk',
        url: 'https://example.org/generated',
      },
    ],
    events,
  };
}

const DATASETS: Array<[string, () => Promise<Timeline>]> = [
  ['the sample fixture', async () => (await fetch(sampleUrl)).json() as Promise<Timeline>],
  ['60 generated events', async () => denseTimeline()],
  ['60 generated events with titles in other scripts', async () => denseTimeline(OTHER_TITLES)],
];

const root = (el: ConflictTimeline) => el.shadowRoot!;

/** The element alone in a container `width` px wide, in a page as wide. */
async function mount(data: Timeline, width: number): Promise<ConflictTimeline> {
  await setViewport({ width, height: 900 });
  const container = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px"><conflict-timeline .data=${data}></conflict-timeline></div>`,
  );
  const el = container.querySelector('conflict-timeline')!;
  const base = () => root(el).querySelector('[part~="base"]');
  const orientation = width < VERTICAL_BELOW ? 'vertical' : 'horizontal';
  await waitUntil(
    () => base()?.classList.contains(orientation) && root(el).querySelector('svg[part~="chart"]'),
    `${width}px: no ${orientation} chart`,
  );
  await settle(el);
  return el;
}

type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>;

/** One thing a reader has to tell apart from the rest, and the event (or cluster) it belongs to. */
interface Drawn {
  name: string;
  owner: string;
  box: Box;
}

/**
 * Each mark's shapes (all that is painted of it but its label), and each cluster. Each shape on its own: a
 * vertical chart draws a span in a gutter beside the symbols, so the box around a span and its symbol together
 * covers other events' symbols that nothing really overlaps.
 */
function shapes(el: ConflictTimeline): Drawn[] {
  const { marks, clusters } = paintedShapes(el);
  return [
    ...marks.flatMap((m) => m.parts.map((box) => ({ name: `mark ${m.id}`, owner: m.id, box }))),
    ...clusters.map((c, i) => ({
      name: `cluster ${i + 1} (${c.count} events)`,
      owner: `cluster ${i + 1}`,
      box: c.box,
    })),
  ];
}

/** Labels a reader sees: the ink of each painted label. */
function labels(el: ConflictTimeline): Drawn[] {
  return paintedShapes(el)
    .marks.filter((m) => m.label && m.text.trim() !== '')
    .map((m) => ({ name: `label "${m.text}"`, owner: m.id, box: m.label! }));
}

/** Overlapping by more than 1 px both ways: sharing an edge, or antialiasing, is not a collision. */
const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/** Every pair, once, of things from `a` and `b` that belong to different events and overlap. */
function collisions(a: Drawn[], b: Drawn[]): string[] {
  const found: string[] = [];
  a.forEach((x, i) => {
    for (const y of a === b ? b.slice(i + 1) : b)
      if (x.owner !== y.owner && overlap(x.box, y.box)) found.push(`${x.name} and ${y.name}`);
  });
  return found;
}

const outside = (box: Box, frame: Box) =>
  box.left < frame.left - 1 ||
  box.right > frame.right + 1 ||
  box.top < frame.top - 1 ||
  box.bottom > frame.bottom + 1;

const describeBox = (b: Box) =>
  `[${b.left.toFixed(1)}, ${b.top.toFixed(1)}] to [${b.right.toFixed(1)}, ${b.bottom.toFixed(1)}]`;

after(() => setViewport({ width: 800, height: 600 }));

for (const [dataset, load] of DATASETS)
  for (const width of WIDTHS)
    describe(`<conflict-timeline> at ${width} px, ${dataset}`, () => {
      let data: Timeline;
      before(async () => {
        data = await load();
        document.body.style.margin = '0';
      });

      it(`is ${width < VERTICAL_BELOW ? 'vertical' : 'horizontal'}`, async () => {
        const el = await mount(data, width);
        const base = root(el).querySelector('[part~="base"]')!;
        expect(base.classList.contains('vertical')).to.equal(width < VERTICAL_BELOW);
        expect(base.classList.contains('horizontal')).to.equal(width >= VERTICAL_BELOW);
        // Every event of the data was accepted: the drawing below is of all of it.
        expect(root(el).querySelector('[part~="notice"], [part~="error"]')).to.equal(null);
      });

      it('does not overflow its container or itself horizontally', async () => {
        const el = await mount(data, width);
        const parent = el.parentElement!;
        expect(parent.scrollWidth, 'the container').to.be.at.most(parent.clientWidth + 1);
        expect(el.scrollWidth, 'the host').to.be.at.most(el.clientWidth + 1);
        const svg = root(el).querySelector('svg[part~="chart"]')!.getBoundingClientRect();
        const host = el.getBoundingClientRect();
        expect(svg.right, 'the chart').to.be.at.most(host.right + 1);
      });

      it("draws every mark, cluster and label inside the chart's box", async () => {
        const el = await mount(data, width);
        const svg = root(el).querySelector('svg[part~="chart"]')!.getBoundingClientRect();
        const drawn = [...shapes(el), ...labels(el)];
        expect(drawn.length).to.be.greaterThan(0);
        const stray = drawn
          .filter((d) => outside(d.box, svg))
          .map((d) => `${d.name} at ${describeBox(d.box)}`);
        expect(stray, `outside the chart, ${describeBox(svg)}`).to.deep.equal([]);
      });

      it('draws no two labels over each other', async () => {
        const el = await mount(data, width);
        const drawn = labels(el);
        expect(drawn.length, 'labels painted').to.be.greaterThan(0);
        expect(collisions(drawn, drawn)).to.deep.equal([]);
      });

      // What the layout promises (no two marks, or a mark and a label, overlap) and issue 5 asks for
      // (labels that do not collide): otherwise two events read as one, or a label as another event's.
      it('draws no two marks over each other or over a cluster', async () => {
        const el = await mount(data, width);
        const drawn = shapes(el);
        expect(collisions(drawn, drawn)).to.deep.equal([]);
      });

      it("draws no label over another event's mark or a cluster", async () => {
        const el = await mount(data, width);
        expect(collisions(labels(el), shapes(el))).to.deep.equal([]);
      });

      it(`has toolbar and legend buttons of at least ${MIN_TARGET} by ${MIN_TARGET} px`, async () => {
        const el = await mount(data, width);
        const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="button"]')];
        expect(buttons.length).to.be.greaterThan(3);
        const small = buttons
          .map(
            (b) =>
              [b.getAttribute('aria-label') ?? b.textContent!.trim(), b.getBoundingClientRect()] as const,
          )
          .filter(([, r]) => r.width < MIN_TARGET || r.height < MIN_TARGET)
          .map(([name, r]) => `${name}: ${r.width.toFixed(1)} x ${r.height.toFixed(1)}`);
        expect(small).to.deep.equal([]);
      });

      it('passes axe', async () => {
        const el = await mount(data, width);
        await expect(el).to.be.accessible();
      });
    });
