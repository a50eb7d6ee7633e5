import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { Timeline } from '../../src/schema/types.js';

const sampleUrl = new URL('../fixtures/sample.timeline.json', import.meta.url).href;

async function sample(): Promise<Timeline> {
  return (await (await fetch(sampleUrl)).json()) as Timeline;
}

function marks(el: ConflictTimeline): SVGGElement[] {
  return [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="mark"]')];
}

describe('<conflict-timeline>', () => {
  it('draws one mark per dated event, identified by data-event-id, from the .data property', async () => {
    const data = await sample();
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline style="width:800px" .data=${data}></conflict-timeline>`,
    );
    const ids = marks(el).map((m) => m.dataset.eventId);
    expect(ids).to.have.members(['evt-capture', 'evt-recapture', 'evt-launch', 'evt-caesar']);
    // The undated event is listed for screen readers, not drawn.
    const listed = [...el.shadowRoot!.querySelectorAll('[part~="event-list"] li')].map(
      (li) => li.textContent,
    );
    expect(listed).to.include("Undated: Concert in Palmyra's ancient theatre");
  });

  it('draws a day as a point and a month as a span as wide as the month', async () => {
    const data = await sample();
    data.events = data.events.filter((e) => e.id === 'evt-capture' || e.id === 'evt-recapture');
    data.events.push({
      ...data.events[0]!,
      id: 'day',
      date: { ...data.events[0]!.date!, start: '2016-06-15', precision: 'day' },
    });
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline style="width:900px" .data=${data}></conflict-timeline>`,
    );
    const byId = new Map(marks(el).map((m) => [m.dataset.eventId, m]));
    expect(byId.get('day')!.getAttribute('part')).to.equal('mark mark-point');
    const march = byId.get('evt-capture')!.querySelector('rect')!;
    const november = byId.get('evt-recapture')!.querySelector('rect')!;
    expect(byId.get('evt-capture')!.getAttribute('part')).to.equal('mark mark-span');
    // 31 days against 30: the widths follow the calendar.
    const ratio = Number(march.getAttribute('width')) / Number(november.getAttribute('width'));
    expect(ratio).to.be.closeTo(31 / 30, 0.01);
    expect(byId.get('evt-recapture')!.classList.contains('approximate')).to.equal(true);
  });

  it('draws a D3 time axis with ticks', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline .data=${await sample()}></conflict-timeline>`,
    );
    await el.updateComplete;
    const ticks = el.shadowRoot!.querySelectorAll('[part~="axis"] .tick');
    expect(ticks.length).to.be.greaterThan(1);
  });

  it('loads the timeline from the src attribute, showing a loading state first', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline src=${sampleUrl}></conflict-timeline>`,
    );
    expect(el.shadowRoot!.querySelector('[part~="status"]')?.textContent).to.contain('Loading');
    await waitUntil(() => marks(el).length === 4, 'marks did not appear');
  });

  it('shows an error naming the URL when the file cannot be loaded', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline src="/no/such/timeline.json"></conflict-timeline>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error shown');
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('/no/such/timeline.json').and.to.contain('404');
  });

  it('shows the JSON path of what is wrong when the data cannot be used', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline
        .data=${{ version: 2, sources: [], events: [] } as unknown as Timeline}
      ></conflict-timeline>`,
    );
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain(
      '$.version: expected 1, got number 2',
    );
  });

  it('skips invalid events, draws the valid ones and says how many were left out', async () => {
    const data = await sample();
    data.events[0]!.date!.start = '2016-13';
    const el = await fixture<ConflictTimeline>(html`<conflict-timeline .data=${data}></conflict-timeline>`);
    expect(marks(el)).to.have.length(3);
    expect(el.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain(
      '1 invalid event was left out',
    );
  });

  it('passes an automated accessibility check', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline .data=${await sample()}></conflict-timeline>`,
    );
    await expect(el).to.be.accessible();
  });
});
