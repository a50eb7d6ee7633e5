import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { Timeline } from '../../src/schema/types.js';
import { chartPixels, markPlace } from './chart-pixels.js';
import { settle } from './settle.js';

const sampleUrl = new URL('../fixtures/sample.timeline.json', import.meta.url).href;

/** The sample without its Roman date, so that the window is a few years wide. */
async function sample(): Promise<Timeline> {
  const data = (await (await fetch(sampleUrl)).json()) as Timeline;
  data.events = data.events.filter((e) => e.id !== 'evt-caesar');
  return data;
}

const root = (el: ConflictTimeline) => el.shadowRoot!;
const mark = (el: ConflictTimeline, id: string) =>
  root(el).querySelector<SVGGElement>(`svg [data-event-id="${id}"]`);
const markIds = (el: ConflictTimeline) =>
  [...root(el).querySelectorAll<SVGGElement>('svg [data-event-id]')].map((m) => m.dataset.eventId);

/** A wheel event over the middle of the chart, near its top; false when the element took it. */
function wheelOnChart(el: ConflictTimeline, init: WheelEventInit): boolean {
  const svg = root(el).querySelector('svg[part~="chart"]')!;
  const box = svg.getBoundingClientRect();
  return svg.dispatchEvent(
    new WheelEvent('wheel', {
      clientX: box.left + box.width / 2,
      clientY: box.top + 20,
      bubbles: true,
      cancelable: true,
      ...init,
    }),
  );
}

/** Waits for a wheel or drag to rest, when the marks' buttons follow it. */
async function rest(el: ConflictTimeline): Promise<void> {
  await aTimeout(200);
  await settle(el);
}

async function mount(data: Timeline, width = 900): Promise<ConflictTimeline> {
  const el = await fixture<ConflictTimeline>(
    html`<conflict-timeline style="width:${width}px" .data=${data}></conflict-timeline>`,
  );
  await settle(el);
  return el;
}

describe('<conflict-timeline>: data in', () => {
  it('draws one mark per dated event from .data; the undated one is in the list view', async () => {
    const el = await mount(await sample());
    expect(markIds(el)).to.have.members(['evt-capture', 'evt-recapture', 'evt-launch']);
    el.view = 'list';
    await el.updateComplete;
    const rows = [...root(el).querySelectorAll('[part~="table"] tbody tr')].map((r) => r.textContent ?? '');
    expect(rows).to.have.length(4);
    expect(rows[3]).to.contain('undated').and.contain('Concert');
  });

  it('loads src with a loading state, and shows the fallback content until the chart renders', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline src=${sampleUrl}
        ><ol>
          <li>Fallback</li>
        </ol></conflict-timeline
      >`,
    );
    expect(root(el).querySelector('[part~="status"]')?.textContent).to.contain('Loading');
    expect(root(el).querySelector('slot')).to.not.equal(null);
    await waitUntil(() => markIds(el).length > 0, 'marks did not appear');
    expect(root(el).querySelector('slot')).to.equal(null);
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const data = await sample();
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline style="width:800px"
        ><script type="application/json">
          ${JSON.stringify(data)}
        </script></conflict-timeline
      >`,
    );
    await settle(el);
    expect(markIds(el)).to.include('evt-capture');
  });

  it('shows an error naming the URL when the file cannot be loaded', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline src="/no/such/timeline.json"></conflict-timeline>`,
    );
    await waitUntil(() => root(el).querySelector('[part~="error"]'), 'no error shown');
    const error = root(el).querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('/no/such/timeline.json').and.to.contain('404');
  });

  it('shows the JSON path of what is wrong when the data cannot be used', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline
        .data=${{ version: 2, sources: [], events: [] } as unknown as Timeline}
      ></conflict-timeline>`,
    );
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.contain(
      '$.version: expected 1, got number 2',
    );
  });

  it('skips invalid events, draws the valid ones and says how many were left out', async () => {
    const data = await sample();
    data.events[0]!.date!.start = '2016-13';
    const el = await mount(data);
    expect(markIds(el)).to.have.length(2);
    expect(root(el).querySelector('[part~="notice"]')!.textContent).to.contain(
      '1 invalid event was left out',
    );
  });
});

describe('<conflict-timeline>: drawing', () => {
  it('paints every mark in the first frame with the data; the buttons follow, and updateComplete waits for them', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline style="width:900px"></conflict-timeline>`,
    );
    el.data = await sample();
    await nextFrame();
    const canvas = root(el).querySelector<HTMLCanvasElement>('canvas[part~="marks"]')!;
    const firstFrame = canvas.toDataURL();
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    copy.getContext('2d')!.drawImage(canvas, 0, 0);
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    await el.updateComplete;
    expect(markIds(el)).to.have.members(['evt-capture', 'evt-recapture', 'evt-launch']);
    for (const id of markIds(el)) {
      const { x, y } = markPlace(el, id!)!;
      const [, , , alpha] = copy.getContext('2d')!.getImageData(x * ratio, y * ratio, 1, 1).data;
      expect(alpha, `${id} painted in the first frame`).to.be.above(0);
    }
    // The buttons change nothing a reader sees.
    expect(canvas.toDataURL() === firstFrame, 'canvas repainted differently with the buttons').to.equal(true);
  });

  it('draws a month as a bracket as wide as the month, approximate dates dashed, an open range as such', async () => {
    const el = await mount(await sample());
    const outer = (id: string) => mark(el, id)!.closest('[part~="mark"]')!;
    expect(outer('evt-capture').classList.contains('kind-bracket')).to.equal(true);
    expect(outer('evt-recapture').classList.contains('approximate')).to.equal(true);
    expect(outer('evt-launch').classList.contains('kind-open-start')).to.equal(true);
    const capture = markPlace(el, 'evt-capture')!;
    const recapture = markPlace(el, 'evt-recapture')!;
    // The hit area runs the span's length and 8 px past each end. 31 days against 30: the calendar's widths.
    const length = (m: typeof capture) => m.hit.width - 16;
    expect(length(capture) / length(recapture)).to.be.closeTo(31 / 30, 0.01);
    const pixels = chartPixels(el);
    // The bracket's line runs along the mark's row, from the symbol to the month's end and no further.
    const along = (m: typeof capture, from: number, to: number) =>
      pixels.inked({ x: m.x + from, y: m.y - 0.5, width: to - from, height: 1 });
    const inside = length(capture) - 10;
    expect(along(capture, 8, length(capture) - 2)).to.be.at.least(inside * 0.9, 'a solid line');
    expect(along(capture, length(capture) + 3, length(capture) + 8)).to.equal(0, 'nothing past the end');
    // Dashed: about three pixels of ink in every five.
    const dashed = along(recapture, 8, length(recapture) - 2) / (length(recapture) - 10);
    expect(dashed).to.be.within(0.4, 0.85, 'an approximate month is dashed');
    // "By 31 May": a trail towards the past, from the day it is known by.
    const launch = markPlace(el, 'evt-launch')!;
    expect(along(launch, -20, -8)).to.be.greaterThan(0, 'the open range trails into the past');
  });

  it('draws a day as a point, expected events and events placed by the story distinctly', async () => {
    const data = await sample();
    const base = data.events[0]!;
    data.events.push(
      { ...base, id: 'day', date: { ...base.date!, start: '2016-06-15', precision: 'day' } },
      {
        ...base,
        id: 'expected',
        status: 'expected',
        date: { ...base.date!, start: '2016-08-01', precision: 'day' },
      },
      {
        ...base,
        id: 'placed',
        date: {
          ...base.date!,
          approximate: true,
          derivation: { method: 'discourse', anchor: 'evt-capture' },
        },
      },
    );
    const el = await mount(data, 1200);
    const outer = (id: string) => mark(el, id)!.closest('[part~="mark"]')!;
    expect(outer('day').classList.contains('kind-point')).to.equal(true);
    expect(outer('day').querySelector('.span')).to.equal(null);
    expect(outer('expected').classList.contains('expected')).to.equal(true);
    expect(mark(el, 'expected')!.getAttribute('aria-label')).to.contain('expected');
    expect(outer('placed').classList.contains('placed')).to.equal(true);
    expect(mark(el, 'placed')!.getAttribute('aria-label')).to.contain('no date given');
  });

  it('draws a time axis whose labels follow the locale', async () => {
    const el = await mount(await sample());
    const labels = () => [...root(el).querySelectorAll('[part~="axis"] text')].map((t) => t.textContent);
    expect(labels().length).to.be.greaterThan(1);
    expect(labels().some((l) => l!.includes('2017'))).to.equal(true);
    el.start = '2016-01-01';
    el.end = '2016-06-30';
    el.locale = 'fr';
    await settle(el);
    expect(labels().join(' ')).to.contain('févr.');
  });

  it('turns vertical below 520 px and stays within its width at 320, 768 and 1280 px', async () => {
    for (const width of [320, 768, 1280]) {
      const el = await mount(await sample(), width);
      const base = root(el).querySelector('[part~="base"]')!;
      await waitUntil(() => base.classList.contains(width < 520 ? 'vertical' : 'horizontal'), `${width}`);
      await settle(el);
      const svg = root(el).querySelector('svg[part~="chart"]')!;
      expect(Number(svg.getAttribute('width'))).to.be.at.most(width);
      expect(markIds(el).length, `${width}`).to.equal(3);
    }
  });

  it('lanes by type with group-by, and the legend filters kinds of event', async () => {
    const el = await mount(await sample());
    el.groupBy = 'type';
    await settle(el);
    expect(root(el).querySelectorAll('[part~="lane"]').length).to.equal(2);
    const legend = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="legend"] button')];
    const territory = legend.find((b) => b.classList.contains('family-territory'))!;
    expect(territory.getAttribute('aria-pressed')).to.equal('true');
    territory.click();
    await settle(el);
    expect(territory.getAttribute('aria-pressed')).to.equal('false');
    expect(markIds(el)).to.deep.equal(['evt-launch']);
  });
  it("paints in the page's colours, and rings the selected mark and the one focused from the keyboard", async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline
        style="width:900px; --conflict-timeline-territory: rgb(10, 120, 200); --conflict-timeline-accent: rgb(255, 0, 255)"
        .data=${await sample()}
      ></conflict-timeline>`,
    );
    await settle(el);
    const ACCENT = 'rgba(255, 0, 255, 255)';
    const capture = markPlace(el, 'evt-capture')!;
    expect(chartPixels(el).at(capture.x, capture.y)).to.equal('rgba(10, 120, 200, 255)');
    // The ring is the hit area's outline: its left edge, half-way down.
    const ring = (id: string) => {
      const m = markPlace(el, id)!;
      return chartPixels(el).at(m.x + m.hit.x, m.y + m.hit.y + m.hit.height / 2);
    };
    expect(ring('evt-capture')).to.not.equal(ACCENT);
    el.select('evt-capture');
    await settle(el);
    expect(ring('evt-capture')).to.equal(ACCENT, 'selected');
    expect(ring('evt-recapture')).to.not.equal(ACCENT);
    mark(el, 'evt-capture')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(root(el).activeElement?.getAttribute('data-event-id')).to.equal('evt-recapture');
    expect(ring('evt-recapture')).to.equal(ACCENT, 'focused from the keyboard');
    (root(el).querySelector('[part~="toolbar"] button') as HTMLElement).focus();
    await settle(el);
    expect(ring('evt-recapture')).to.not.equal(ACCENT, 'focus gone');
    expect(ring('evt-capture')).to.equal(ACCENT, 'still selected');
  });
  it("repaints its marks when the reader's system turns dark, with nothing else changed", async () => {
    const el = await mount(await sample());
    const centre = () => {
      const { x, y } = markPlace(el, 'evt-capture')!;
      return chartPixels(el).at(x, y);
    };
    // The stylesheet's territory colour, light then dark (#006b4f, #3fcf9f).
    expect(centre()).to.equal('rgba(0, 107, 79, 255)');
    try {
      await emulateMedia({ colorScheme: 'dark' });
      await waitUntil(() => centre() !== 'rgba(0, 107, 79, 255)', 'not repainted', { timeout: 1000 });
      expect(centre()).to.equal('rgba(63, 207, 159, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('<conflict-timeline>: interaction', () => {
  it('moves its one tab stop to the mark that takes focus, however it got there', async () => {
    const el = await mount(await sample());
    const marks = [...root(el).querySelectorAll<SVGElement>('svg [data-event-id]')];
    const other = marks.find((m) => m.getAttribute('tabindex') !== '0')!;
    other.focus();
    await settle(el);
    const stops = root(el).querySelectorAll('svg [tabindex="0"]');
    expect(stops).to.have.length(1);
    expect(stops[0]!.getAttribute('data-event-id')).to.equal(other.getAttribute('data-event-id'));
  });

  it('walks every event in date order with the arrow keys, one tab stop, and opens details with Enter', async () => {
    const el = await mount(await sample());
    const stops = root(el).querySelectorAll('svg [tabindex="0"]');
    expect(stops).to.have.length(1);
    (stops[0] as SVGElement).focus();
    const seen = [root(el).activeElement?.getAttribute('data-event-id')];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      seen.push(root(el).activeElement?.getAttribute('data-event-id'));
    }
    expect(seen).to.deep.equal(['evt-capture', 'evt-recapture', 'evt-launch', 'evt-launch']);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(root(el).activeElement?.getAttribute('data-event-id')).to.equal('evt-capture');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const panel = root(el).querySelector('[part~="panel"]')!;
    expect(panel.querySelector('h2')!.textContent).to.equal('Syrian troops capture Palmyra');
    expect(panel.textContent).to.contain('March 2016').and.contain('government regains territory');
    expect(panel.textContent).to.contain('Palmyra, Homs, Syria').and.contain('Syrian government, Russia');
    expect(panel.querySelector('[part~="quote"]')!.textContent).to.equal(
      'captured Palmyra in March last year',
    );
    const link = panel.querySelector('a')!;
    expect(link.href).to.match(/^https:/);
    expect(link.textContent).to.equal('CBS News');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(root(el).querySelector('[part~="panel"]')).to.equal(null);
    expect(root(el).activeElement?.getAttribute('data-event-id')).to.equal('evt-capture');
  });

  it('says "about November 2016" for an approximate month', async () => {
    const el = await mount(await sample());
    el.select('evt-recapture');
    await settle(el);
    expect(root(el).querySelector('[part~="panel"]')!.textContent).to.contain('about November 2016');
  });

  it('fires conflict-timeline-select (bubbling, composed) and deep links by URL hash', async () => {
    const el = await mount(await sample());
    setTimeout(() =>
      (mark(el, 'evt-launch') as unknown as HTMLElement).dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      ),
    );
    const { detail } = await oneEvent(document, 'conflict-timeline-select');
    expect(detail.id).to.equal('evt-launch');
    expect(detail.event.type).to.equal('shelling-artillery-missile-attack');
    expect(location.hash).to.equal('#event-evt-launch');
    location.hash = '#event-evt-recapture';
    await waitUntil(
      () => root(el).querySelector('[part~="panel"] h2')?.textContent === 'ISIS recaptures Palmyra',
    );
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('start and end set the window and follow zoom, with conflict-timeline-rangechange', async () => {
    const el = await mount(await sample());
    el.setAttribute('start', '2016-01-01');
    el.setAttribute('end', '2016-12-31');
    const { detail } = await oneEvent(el, 'conflict-timeline-rangechange');
    expect(detail).to.deep.equal({ start: '2016-01-01', end: '2016-12-31' });
    expect(markIds(el)).to.have.members(['evt-capture', 'evt-recapture']);
    el.zoom(2);
    await settle(el);
    expect(el.start! > '2016-01-01' && el.end! < '2016-12-31').to.equal(true);
    expect(el.getAttribute('start')).to.equal(el.start);
  });

  it('ctrl+wheel always zooms; a plain wheel scrolls the page unless the chart has focus', async () => {
    const el = await mount(await sample());
    const wheel = (init: WheelEventInit) => wheelOnChart(el, { deltaY: -200, ...init });
    const before = [el.start, el.end];
    expect(wheel({})).to.equal(true, 'a plain wheel is not taken');
    await settle(el);
    expect([el.start, el.end]).to.deep.equal(before);
    expect(wheel({ ctrlKey: true })).to.equal(false, 'ctrl+wheel is taken');
    await settle(el);
    expect(el.start! > before[0]! && el.end! < before[1]!).to.equal(true);
    (root(el).querySelector('svg [tabindex="0"]') as SVGElement).focus();
    const zoomed = [el.start, el.end];
    expect(wheel({ deltaY: 200 })).to.equal(false, 'with focus the wheel zooms');
    await settle(el);
    expect(el.start! < zoomed[0]!).to.equal(true);
  });

  it('zooms about the pointer: the moment under it stays under it', async () => {
    const el = await mount(await sample());
    // A tick that names its year ("Jan 2017"): where the axis draws it, in the page.
    const tickX = (year: string) => {
      const axis = root(el).querySelector('svg.axis-layer')!;
      const tick = [...axis.querySelectorAll('[part~="axis"] > g')].find(
        (g) => g.querySelector('text')?.textContent === year,
      );
      if (!tick) return undefined;
      const x = Number(/translate\(([-\d.]+)/.exec(tick.getAttribute('transform')!)![1]);
      return axis.getBoundingClientRect().left + x;
    };
    const labels = [...root(el).querySelectorAll('[part~="axis"] text')].map((t) => t.textContent!);
    const year = labels.find((l) => /\d{4}/.test(l) && tickX(l)! > 200)!;
    const before = tickX(year)!;
    const svg = root(el).querySelector('svg[part~="chart"]')!;
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        clientX: before,
        clientY: box.top + 20,
        deltaY: -200,
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
      }),
    );
    await settle(el);
    const after = tickX(year);
    expect(after, `the ${year} tick after the zoom`).to.not.equal(undefined);
    expect(Math.abs(after! - before)).to.be.below(2, `the ${year} tick moved from ${before} to ${after}`);
  });

  it('still zooms after being moved in the page mid-gesture (a CMS re-inserting it)', async () => {
    const el = await mount(await sample());
    const zoomIn = () => wheelOnChart(el, { deltaY: -200, ctrlKey: true });
    const parent = el.parentElement!;
    zoomIn();
    // Removed before the frame that would have applied the wheel, then put back.
    el.remove();
    parent.append(el);
    await settle(el);
    const [start, end] = [el.start!, el.end!];
    zoomIn();
    await rest(el);
    expect(el.start! > start && el.end! < end).to.equal(true, `${el.start}..${el.end}`);
  });

  it('leaves the buttons as they are while a zoom goes on, one of them the tab stop, until it rests', async () => {
    const el = await mount(await sample());
    const svg = root(el).querySelector('svg[part~="chart"]')!;
    const list = svg.querySelector('[role="list"]')!;
    const first = list.querySelector<SVGElement>('[tabindex="0"]')!.dataset.eventId;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(list, { subtree: true, childList: true, attributes: true });
    // Four steps of 1.41 times: from the whole sample to about three months around October 2016.
    for (let i = 0; i < 4; i++) {
      wheelOnChart(el, { deltaY: -150, ctrlKey: true });
      await nextFrame();
      await el.updateComplete;
      expect(list.querySelectorAll('[tabindex="0"]').length).to.equal(1, `one tab stop in frame ${i}`);
    }
    expect(first).to.equal('evt-capture');
    expect(el.start! > '2016-03-31').to.equal(true, `the first mark has left the window (${el.start})`);
    expect(changes.length).to.equal(0, 'no button changed mid-zoom');
    await rest(el);
    observer.disconnect();
    expect(changes.length).to.be.above(0, 'the buttons follow once it rests');
    expect(markIds(el)).to.include('evt-recapture').and.not.include('evt-capture');
    expect(list.querySelectorAll('[tabindex="0"]').length).to.equal(1);
  });

  it('keeps focus in the chart when a pan takes the focused mark out of the window', async () => {
    const el = await mount(await sample());
    const svg = root(el).querySelector<SVGSVGElement>('svg[part~="chart"]')!;
    const first = root(el).querySelector<SVGElement>('svg [tabindex="0"]')!;
    const id = first.dataset.eventId!;
    first.focus();
    await settle(el);
    const box = svg.getBoundingClientRect();
    const pan = (deltaX: number) =>
      svg.dispatchEvent(
        new WheelEvent('wheel', {
          deltaX,
          clientX: box.left + 100,
          clientY: box.top + 20,
          bubbles: true,
          cancelable: true,
        }),
      );
    // Later, a frame at a time, until the focused mark has left the window. The marks' buttons follow a wheel
    // once it rests, so every few steps it rests.
    for (let i = 0; i < 40 && mark(el, id); i++) {
      pan(60);
      await settle(el);
      if (i % 4 === 3) await rest(el);
    }
    await rest(el);
    expect(mark(el, id) === null, `${id} still drawn after 40 steps`).to.equal(true);
    expect(el.matches(':focus-within')).to.equal(true, 'focus stayed in the element');
    const moved = el.start;
    pan(-60);
    await settle(el);
    expect(el.start! < moved!).to.equal(true, 'the wheel still pans');
  });

  it('keeps the focused event drawn on its own, even where others fold into a cluster', async () => {
    const data = await sample();
    const base = data.events[0]!;
    for (let i = 0; i < 30; i++)
      data.events.push({
        ...base,
        id: `same-${i}`,
        date: { ...base.date!, start: '2016-06-15', precision: 'day' },
      });
    const el = await mount(data);
    const cluster = root(el).querySelector('[part~="cluster"] [role="button"]')!;
    expect(cluster.getAttribute('aria-label')).to.match(/^\d+ events/);
    el.select('same-29');
    await settle(el);
    expect(mark(el, 'same-29')).to.not.equal(null);
  });
});

describe('<conflict-timeline>: accessibility', () => {
  const states: Array<[string, (el: ConflictTimeline) => void | Promise<void>, number?]> = [
    ['default', () => {}],
    ['panel open', (el) => el.select('evt-capture')],
    ['list view', (el) => void (el.view = 'list')],
    ['dark', (el) => void (el.theme = 'dark')],
    ['narrow', (el) => waitUntil(() => root(el).querySelector('.vertical')), 320],
  ];
  for (const [name, setUp, width] of states)
    it(`passes axe with no violations: ${name}`, async () => {
      const el = await mount(await sample(), width ?? 900);
      await setUp(el);
      await settle(el);
      await aTimeout(0);
      await expect(el).to.be.accessible();
    });
});
