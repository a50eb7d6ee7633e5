// Snapshots of the chart, one per layout: every kind of mark, with and without lanes, horizontal and
// vertical, and after zooming in. The SVG is reduced to a normalised text (see `serialiseSvg`) so that a
// snapshot changes when the drawing changes, and only then.
//
// Snapshots live in test/element/__snapshots__/snapshot.test.snap.js. A missing snapshot fails the test
// (with CI=true too), rather than being quietly written: they are written only on request. After a
// change to the drawing, look at the diff the failing tests print, and if it is what you meant:
//
//   npx wtr --config web-test-runner.config.mjs --static-logging --files test/element/snapshot.test.ts \
//     --update-snapshots
//
// then review `git diff test/element/__snapshots__` before committing it. The runner never removes a
// snapshot whose test is gone: delete the .snap.js file and update, to start clean.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getSnapshot, getSnapshotConfig, saveSnapshot } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { GroupBy } from '../../src/layout/layout.js';
import type { EventDate, EventType, Timeline, TimelineEvent } from '../../src/schema/types.js';
import { chartPixels, markPlace } from './chart-pixels.js';
import { settle } from './settle.js';

const SOURCE = 'wire-2017-06-01';

/** One event of the kind a test needs, everything else fixed. */
function event(id: string, type: EventType, date: Partial<EventDate>, extra: Partial<TimelineEvent> = {}) {
  return {
    id,
    title: id.replace(/-/g, ' '),
    date: { start: null, precision: 'day', approximate: false, derivation: { method: 'explicit' }, ...date },
    type,
    actors: ['Syrian government'],
    location: null,
    fatalities: null,
    status: 'occurred',
    mentions: [{ source: SOURCE, quote: id, start: 0, end: id.length, lead: false }],
    ...extra,
  } as TimelineEvent;
}

/** One event for each way a date is drawn, spread over three years and six families (for the lanes). */
const timeline: Timeline = {
  version: 1,
  title: 'Snapshot fixture',
  sources: [
    {
      id: SOURCE,
      title: 'Fixture',
      published: '2017-06-01',
      publishedFrom: 'metadata',
      publisher: 'Wire',
      url: null,
    },
  ],
  events: [
    event('year-bracket', 'air-strike', { start: '2015', precision: 'year' }),
    event('day-point', 'shelling-artillery-missile-attack', { start: '2016-02-10' }),
    event('month-bracket', 'government-regains-territory', { start: '2016-03', precision: 'month' }),
    event('placed-by-story', 'cultural-event', {
      start: '2016-03',
      precision: 'month',
      approximate: true,
      derivation: { method: 'discourse', anchor: 'month-bracket' },
    }),
    event('range-bar', 'armed-clash', { start: '2016-04-25', end: '2016-06-05' }),
    event('approximate-month', 'non-state-actor-overtakes-territory', {
      start: '2016-07',
      precision: 'month',
      approximate: true,
    }),
    event('open-end', 'diplomatic-talks', { start: '2016-09', end: null, precision: 'month' }),
    event('open-start', 'attack', { start: null, end: '2016-12', precision: 'month' }),
    event('expected-day', 'agreement', { start: '2017-06-04' }, { status: 'expected' }),
  ],
};

const root = (el: ConflictTimeline) => el.shadowRoot!;
const chart = (el: ConflictTimeline) => root(el).querySelector<SVGSVGElement>('svg[part~="chart"]');

/** Events drawn as marks, plus those folded into clusters (each cluster's button says how many). */
function drawnEvents(el: ConflictTimeline): number {
  const clustered = [...root(el).querySelectorAll('[part~="cluster"] [role="button"]')].map((b) =>
    Number(/^(\d+) events/.exec(b.getAttribute('aria-label')!)![1]),
  );
  return root(el).querySelectorAll('svg [data-event-id]').length + clustered.reduce((a, b) => a + b, 0);
}

/** The element at a fixed size, window and locale, once it has drawn at that size. */
async function mount(width: number, groupBy: GroupBy): Promise<ConflictTimeline> {
  const el = await fixture<ConflictTimeline>(
    html`<conflict-timeline
      style="width:${width}px"
      start="2015-01-01"
      end="2017-12-31"
      locale="en-GB"
      group-by=${groupBy}
      .data=${timeline}
    ></conflict-timeline>`,
  );
  // The width arrives through a ResizeObserver in a later frame; until then the chart is drawn at a default.
  await waitUntil(() => chart(el)?.getAttribute('width') === String(width), `not drawn at ${width} px`);
  await settle(el);
  return el;
}

/** Attributes that carry the drawing or what a reader is told; the rest (styling hooks such as
 * text-anchor, state such as aria-expanded) would make snapshots churn without telling more. */
const KEPT = [
  'aria-label',
  'class',
  'd',
  'data-event-id',
  'height',
  'part',
  'role',
  'tabindex',
  'transform',
  'width',
  'x',
  'x1',
  'x2',
  'y',
  'y1',
  'y2',
];
const GEOMETRY = new Set(['d', 'height', 'transform', 'width', 'x', 'x1', 'x2', 'y', 'y1', 'y2']);
const TOKEN_LISTS = new Set(['class', 'part']);
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/** Numbers to one decimal: sub-pixel noise from floating point is no change to the drawing. */
function roundNumbers(value: string): string {
  return value.replace(NUMBER, (n) => {
    const rounded = Math.round(Number(n) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

function attributeValue(name: string, value: string): string {
  const collapsed = value.replace(/\s+/g, ' ').trim();
  if (TOKEN_LISTS.has(name)) return collapsed.split(' ').sort().join(' ');
  return GEOMETRY.has(name) ? roundNumbers(collapsed) : collapsed;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * The SVG as indented pseudo-markup, one element per line: only the attributes in `KEPT`, sorted, empty
 * ones dropped, class and part tokens sorted, numbers rounded; text with its white space collapsed; Lit's
 * comment markers and every other comment dropped. Two renders of the same drawing give the same text,
 * however Lit and the browser wrote it.
 */
function serialiseSvg(node: Element, depth = 0): string[] {
  const indent = '  '.repeat(depth);
  const attributes = KEPT.flatMap((name) => {
    const raw = node.getAttribute(name);
    const value = raw === null ? '' : attributeValue(name, raw);
    return value ? [` ${name}="${escapeAttribute(value)}"`] : [];
  }).join('');
  const children: string[] = [];
  for (const child of node.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE) children.push(...serialiseSvg(child as Element, depth + 1));
    else if (child.nodeType === Node.TEXT_NODE) {
      const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) children.push(`${indent}  ${escapeText(text)}`);
    }
  }
  const name = node.localName;
  if (children.length === 0) return [`${indent}<${name}${attributes}/>`];
  const only = children.length === 1 ? children[0]! : '';
  if (only && !only.trimStart().startsWith('<'))
    return [`${indent}<${name}${attributes}>${only.trim()}</${name}>`];
  return [`${indent}<${name}${attributes}>`, ...children, `${indent}</${name}>`];
}

/**
 * The window the element reports, its axis, its chart's SVG (lanes, the marks' buttons and hit areas), then what
 * the canvas paints at each mark's centre: its symbol's colour, hollow or faint as its date says. The shapes
 * around it (spans, trails, labels) are checked in Node (test/layout/scene.test.ts) and by their pixels
 * (paint-marks.test.ts): a text snapshot of a canvas would only be a hash.
 */
function snapshotOf(el: ConflictTimeline): string {
  const svg = chart(el);
  if (!svg) throw new Error('no chart drawn');
  const pixels = chartPixels(el);
  const painted = [...svg.querySelectorAll<SVGElement>('[data-event-id]')].map((b) => {
    const { x, y } = markPlace(el, b.dataset.eventId!)!;
    return `painted ${b.dataset.eventId} ${pixels.at(x, y)}`;
  });
  // The axis is drawn in an SVG of its own, under the canvas: a zoom frame then repaints it, not the chart's.
  const axis = root(el).querySelector('svg.axis-layer');
  if (!axis) throw new Error('no axis drawn');
  return [`window ${el.start} to ${el.end}`, ...serialiseSvg(axis), ...serialiseSvg(svg), ...painted].join(
    '\n',
  );
}

/**
 * The runner stores a snapshot between backticks in a JavaScript module and reads it back as a template
 * literal: a backslash or `${` must be escaped to survive, and a backtick cannot be stored at all.
 */
function asTemplateLiteral(text: string): string {
  if (text.includes('`')) throw new Error('a snapshot cannot hold a backtick');
  return text.replace(/\\/g, '\\\\').replace(/\$\{/g, '\\${');
}

/**
 * Compares with the stored snapshot. Unlike the runner's `compareSnapshot`, a missing snapshot fails
 * instead of being written: under CI that would pass a test that checked nothing. With
 * `--update-snapshots` every snapshot is (re)written.
 */
async function expectSnapshot(name: string, actual: string): Promise<void> {
  const stored = await getSnapshot({ name });
  if ((await getSnapshotConfig()).updateSnapshots) {
    if (stored !== actual) await saveSnapshot({ name, content: asTemplateLiteral(actual) });
    return;
  }
  if (stored === undefined)
    throw new Error(`No stored snapshot "${name}": run the runner with --update-snapshots to write it.`);
  // The runner prints the line diff of `actual` against `expected`; the message stays short.
  if (actual !== stored)
    expect.fail(
      actual,
      stored,
      `"${name}" differs from its snapshot (if that is meant: see the top of this file)`,
    );
}

describe('<conflict-timeline>: SVG snapshots', () => {
  const layouts: Array<[string, number, GroupBy]> = [
    ['horizontal 900 px', 900, 'none'],
    ['horizontal 900 px, lanes by type', 900, 'type'],
    ['vertical 360 px', 360, 'none'],
    ['vertical 360 px, lanes by type', 360, 'type'],
  ];
  for (const [name, width, groupBy] of layouts)
    it(`draws every kind of date as its snapshot shows: ${name}`, async () => {
      const el = await mount(width, groupBy);
      expect(drawnEvents(el), 'every event is drawn, on its own or in a cluster').to.equal(
        timeline.events.length,
      );
      await expectSnapshot(name, snapshotOf(el));
    });

  it('narrows the window about its middle when + is pressed twice, as its snapshot shows', async () => {
    const el = await mount(900, 'none');
    const zoomIn = root(el).querySelector<HTMLButtonElement>('[part~="toolbar"] [aria-label="Zoom in"]')!;
    for (let i = 0; i < 2; i++) {
      const before = el.start;
      zoomIn.click();
      // The window moves in the next frame, and a second press before then would zoom from the old one.
      await waitUntil(() => el.start !== before, 'the window did not change');
      await settle(el);
    }
    await expectSnapshot('horizontal 900 px, zoomed in twice', snapshotOf(el));
  });
});
