import { aTimeout, expect, nextFrame, waitUntil } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { rehearsalTimeline } from '../../src/element/rehearsal.js';
import { partitionTimeline } from '../../src/schema/validate.js';
import { EVENT_TYPES, type Timeline } from '../../src/schema/types.js';

const sampleUrl = new URL('../fixtures/sample.timeline.json', import.meta.url).href;
const FIRST_EVENTS = ['conflict-timeline-rangechange', 'conflict-timeline-select'];

/**
 * A page of its own in an iframe, with the element loaded from source: the rehearsal runs once per page,
 * in the first element that waits for its data there.
 */
async function freshPage(): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module">import '/src/define.ts';</script></body></html>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & typeof globalThis) | null;
  await waitUntil(() => win()?.customElements.get('conflict-timeline'), 'the element was not defined');
  return win()!;
}

/** Adds an element without data, and records every event of the element's that reaches the page. */
function addEmpty(win: Window & typeof globalThis) {
  const heard: { type: string; detail: unknown }[] = [];
  for (const type of FIRST_EVENTS)
    win.document.addEventListener(type, (e) => heard.push({ type, detail: (e as CustomEvent).detail }));
  const el = win.document.createElement('conflict-timeline') as ConflictTimeline;
  el.style.width = '800px';
  win.document.body.append(el);
  return { el, heard };
}

const stageOf = (el: ConflictTimeline) => el.shadowRoot!.querySelector<HTMLElement>('.stage');

/**
 * Resolves with the rehearsal's stage the moment it is added to the element (it stays a few frames only:
 * polling could miss it).
 */
function stageAdded(el: ConflictTimeline, timeout = 8000): Promise<HTMLElement> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no rehearsal began')), timeout);
    const observer = new MutationObserver(() => {
      const stage = stageOf(el);
      if (!stage) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(stage);
    });
    observer.observe(el.shadowRoot!, { childList: true });
  });
}

/** Counts the stages ever added to the element. */
function countStages(el: ConflictTimeline): { added: number } {
  const count = { added: 0 };
  new MutationObserver((records) => {
    for (const r of records)
      for (const node of r.addedNodes) if ((node as Element).classList?.contains('stage')) count.added++;
  }).observe(el.shadowRoot!, { childList: true });
  return count;
}

async function sample(): Promise<Timeline> {
  return (await (await fetch(sampleUrl)).json()) as Timeline;
}

describe('rehearsalTimeline', () => {
  it('is a valid timeline of the size asked, with every event type and every way of dating', () => {
    const result = partitionTimeline(rehearsalTimeline(400));
    expect(result.errors).to.deep.equal([]);
    const events = result.timeline!.events;
    expect(events).to.have.length(400);
    expect(new Set(events.map((e) => e.type))).to.have.property('size', EVENT_TYPES.length);
    const precisions = new Set(events.map((e) => e.date?.precision));
    for (const p of ['day', 'week', 'month', 'season', 'year', 'decade', undefined])
      expect(precisions.has(p as never), String(p)).to.equal(true);
    expect(events.some((e) => e.date?.start === null)).to.equal(true);
    expect(events.some((e) => e.date?.end === null)).to.equal(true);
    expect(events.some((e) => e.date?.approximate)).to.equal(true);
  });
});

describe('<conflict-timeline>: the rehearsal while the data is on its way', () => {
  it('renders a made-up timeline once per page, hidden and inert, says nothing to the page, and goes', async () => {
    const win = await freshPage();
    const { el, heard } = addEmpty(win);
    const other = addEmpty(win).el;
    const stagesOfOther = countStages(other);
    const height = el.getBoundingClientRect().height;
    const stage = await stageAdded(el);
    expect(stage.inert).to.equal(true);
    expect(win.getComputedStyle(stage).visibility).to.equal('hidden');
    expect(stage.getBoundingClientRect().height).to.equal(0);
    const understudy = stage.querySelector('conflict-timeline') as ConflictTimeline;
    await understudy.updateComplete;
    expect(understudy.shadowRoot!.querySelectorAll('svg [data-event-id]').length).to.be.above(0);
    expect(el.getBoundingClientRect().height).to.equal(height);

    await waitUntil(() => !stageOf(el), 'the rehearsal did not end', { timeout: 8000 });
    expect(heard).to.deep.equal([]);
    // Booleans, not elements: chai would describe an element of another window at great length on failure.
    expect(el.shadowRoot!.querySelector('conflict-timeline') === null, 'understudy gone').to.equal(true);
    // Give the other element the idle time it would need, had it a rehearsal of its own to run.
    await aTimeout(1000);
    expect(stagesOfOther.added).to.equal(0);
    expect(el.children).to.have.length(0);

    // The element itself is as it was: real data draws as ever, and is what the page hears of.
    const data = await sample();
    el.data = data;
    await el.updateComplete;
    const ids = [...el.shadowRoot!.querySelectorAll<SVGElement>('svg [data-event-id]')].map(
      (m) => m.dataset.eventId,
    );
    expect(ids).to.include('evt-capture');
    expect(heard.map((h) => h.type)).to.deep.equal(['conflict-timeline-rangechange']);
  });

  it('ends as soon as the data comes', async () => {
    const win = await freshPage();
    const { el, heard } = addEmpty(win);
    const data = await sample();
    await stageAdded(el);
    el.data = data;
    // The frame after: the element has drawn its data, while the understudy would still be on its buttons.
    await nextFrame();
    expect(stageOf(el) === null, 'stage gone').to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg [data-event-id="evt-capture"]') !== null, 'mark').to.equal(true);
    // Only the element's own window: the sample's, not the made-up timeline's (2010s).
    expect(heard).to.have.length(1);
    expect((heard[0]!.detail as { start: string }).start < '2009').to.equal(true);
  });
});
