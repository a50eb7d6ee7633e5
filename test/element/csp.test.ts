import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
// Only for the reference rendering in this page, which has no policy; the page under test loads its own.
import '../../src/define.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { Timeline } from '../../src/schema/types.js';
import { chartPixels, markPlace } from './chart-pixels.js';
import { settle } from './settle.js';

// test/csp/csp-page.html, served with the policy below by the middleware in web-test-runner.config.mjs, loads
// the element from source and shows it three ways. It runs in an iframe: this test's own page is the test
// runner's, which needs inline scripts.

const POLICY = "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'";
const PAGE = '/test/csp/csp-page.html';
const SAMPLE = '/test/fixtures/sample.timeline.json';
/** What a blocked stylesheet would leave at the browser's defaults. */
const STYLE_PROPERTIES = [
  'display',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'gap',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-top-color',
  'border-top-left-radius',
  'min-height',
  'min-width',
  'fill',
  'stroke',
];
const WAYS_IN = ['from-src', 'from-inline', 'from-data'] as const;

/** What test/csp/record-violations.js keeps of each `securitypolicyviolation` event. */
interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  target: string;
}

type PageWindow = Window &
  typeof globalThis & { cspViolations: Violation[]; controlInlineScriptRan?: boolean };

/** The two violations the page provokes on purpose, to prove the policy is in force. */
const isControl = (v: Violation) =>
  (v.directive === 'style-src-attr' && v.target === 'p#control-style-attr') ||
  (v.directive === 'script-src-elem' && v.target === 'script#control-inline-script');

let frame: HTMLIFrameElement;
const page = () => frame.contentWindow as PageWindow;
const timeline = (id: (typeof WAYS_IN)[number]) => page().document.getElementById(id) as ConflictTimeline;
const root = (el: ConflictTimeline) => el.shadowRoot!;
const marks = (el: ConflictTimeline) => [...root(el).querySelectorAll<SVGGElement>('svg [data-event-id]')];
/** The first match of `selector` in each element's shadow root. */
const partOf = (els: [ConflictTimeline, ConflictTimeline], selector: string) =>
  els.map((el) => root(el).querySelector(selector)!) as [Element, Element];
const toolbarButton = (el: ConflictTimeline, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name,
  )!;

/** The colour painted at the centre of an event's symbol. */
function symbolColour(el: ConflictTimeline, id: string): string {
  const { x, y } = markPlace(el, id)!;
  return chartPixels(el).at(x, y);
}

/** A real click, through the browser's input pipeline, on the middle of an element inside the iframe. */
async function clickInFrame(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  await nextFrame();
  const outer = frame.getBoundingClientRect();
  const inner = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [
      Math.round(outer.left + inner.left + inner.width / 2),
      Math.round(outer.top + inner.top + inner.height / 2),
    ],
  });
}

describe('<conflict-timeline> under a strict Content-Security-Policy', () => {
  before(async () => {
    frame = document.createElement('iframe');
    // Inside the test page's viewport, so that real mouse clicks reach it.
    frame.style.cssText = 'position:fixed;left:0;top:0;width:780px;height:580px;border:0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = PAGE;
    document.body.append(frame);
    await loaded;
    await waitUntil(
      () => WAYS_IN.every((id) => timeline(id)?.shadowRoot && marks(timeline(id)).length > 0),
      'the three timelines did not draw their marks',
      { timeout: 8000 },
    );
  });

  after(async () => {
    await resetMouse();
    frame.remove();
  });

  it('is served with the policy, which blocks the inline script and the style attribute put there to test it', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
    expect(page().controlInlineScriptRan, 'the inline script ran').to.equal(undefined);
    const control = page().document.getElementById('control-style-attr')!;
    expect(page().getComputedStyle(control).color).to.not.equal('rgb(255, 0, 0)');
    const controls = page().cspViolations.filter(isControl);
    expect(controls.map((v) => `${v.directive} ${v.blockedURI} ${v.target}`)).to.have.members([
      'style-src-attr inline p#control-style-attr',
      'script-src-elem inline script#control-inline-script',
    ]);
  });

  it('draws from a src file, from an inline JSON block and from the data property', () => {
    const ids = (id: (typeof WAYS_IN)[number]) => marks(timeline(id)).map((m) => m.dataset.eventId);
    expect(ids('from-src')).to.have.members(['evt-capture', 'evt-recapture', 'evt-launch']);
    expect(ids('from-inline')).to.have.members(['inline-strikes', 'inline-retaken', 'inline-talks']);
    expect(ids('from-data')).to.have.members(['evt-capture', 'evt-recapture', 'evt-launch']);
    for (const id of WAYS_IN) expect(root(timeline(id)).querySelector('[part~="error"]'), id).to.equal(null);
  });

  // A blocked stylesheet raises no error: the element would just look unstyled. So compare what the page under
  // the policy computes with what this page, which has none, computes for the same element.
  it('styles the element as a page without the policy does', async () => {
    const data = (await (await fetch(SAMPLE)).json()) as Timeline;
    const reference = await fixture<ConflictTimeline>(
      html`<conflict-timeline .data=${data} start="2016-01-01" end="2017-12-31"></conflict-timeline>`,
    );
    await waitUntil(() => marks(reference).length > 0, 'the reference did not draw');
    const differences: string[] = [];
    for (const id of WAYS_IN) {
      const el = timeline(id);
      const pairs: Array<[string, Element, Element]> = [
        [':host', el, reference],
        ['toolbar', ...partOf([el, reference], '[part~="toolbar"]')],
        ['a toolbar button', toolbarButton(el, 'Zoom in'), toolbarButton(reference, 'Zoom in')],
        ['a legend button', ...partOf([el, reference], '[part~="legend"] button')],
        ['an axis label', ...partOf([el, reference], '[part~="axis"] text')],
      ];
      for (const [part, underPolicy, withoutPolicy] of pairs)
        for (const property of STYLE_PROPERTIES) {
          const got = page().getComputedStyle(underPolicy).getPropertyValue(property);
          const want = getComputedStyle(withoutPolicy).getPropertyValue(property);
          if (got !== want) differences.push(`${id}, ${part}: ${property} is ${got}, not ${want}`);
        }
      // The marks are painted in the colours the stylesheet's custom properties give. The inline timeline has
      // other kinds of event than the sample; the others draw the same events.
      if (id !== 'from-inline') {
        const got = symbolColour(el, 'evt-capture');
        const want = symbolColour(reference, 'evt-capture');
        if (got !== want) differences.push(`${id}, a symbol: painted ${got}, not ${want}`);
      }
    }
    expect(differences).to.deep.equal([]);
    // And the reference is styled at all: its host a block, not the inline box of an unknown element, its
    // marks painted in a colour.
    expect(getComputedStyle(reference).display).to.equal('block');
    expect(symbolColour(reference, 'evt-capture')).to.not.be.oneOf([
      'rgba(0, 0, 0, 0)',
      'rgba(0, 0, 0, 255)',
    ]);
  });

  it('opens the detail panel on a click on a mark, with a link to the source', async () => {
    const expectations = {
      'from-src': ['evt-capture', 'Syrian troops capture Palmyra', 'CBS News'],
      'from-inline': ['inline-retaken', 'Islamic State retakes Palmyra', 'Example Wire'],
      'from-data': ['evt-launch', 'Russian warships fire four cruise missiles', 'CBS News'],
    } as const;
    for (const id of WAYS_IN) {
      const el = timeline(id);
      const [eventId, title, publisher] = expectations[id];
      const target = marks(el).find((m) => m.dataset.eventId === eventId)!;
      await clickInFrame(target.querySelector('.hit')!);
      await waitUntil(() => root(el).querySelector('[part~="panel"]'), `${id}: no panel after the click`);
      const panel = root(el).querySelector('[part~="panel"]')!;
      expect(panel.querySelector('h2')!.textContent, id).to.equal(title);
      const link = panel.querySelector('a')!;
      expect(link.textContent, id).to.equal(publisher);
      expect(link.href, id).to.match(/^https:\/\//);
      panel.querySelector<HTMLButtonElement>('.close')!.click();
      await settle(el);
      expect(root(el).querySelector('[part~="panel"]'), id).to.equal(null);
    }
  });

  it('switches to the list view and back', async () => {
    for (const id of WAYS_IN) {
      const el = timeline(id);
      toolbarButton(el, 'List view').click();
      await settle(el);
      expect(root(el).querySelectorAll('[part~="table"] tbody tr').length, id).to.be.greaterThan(0);
      expect(root(el).querySelector('svg[part~="chart"]'), id).to.equal(null);
      toolbarButton(el, 'List view').click();
      await settle(el);
      expect(marks(el).length, id).to.be.greaterThan(0);
    }
  });

  it('hides and shows a kind of event from the legend', async () => {
    for (const id of WAYS_IN) {
      const el = timeline(id);
      const button = root(el).querySelector<HTMLButtonElement>('[part~="legend"] button')!;
      const family = [...button.classList].find((c) => c.startsWith('family-'))!;
      const drawn = () => root(el).querySelectorAll(`svg [part~="mark"].${family}`).length;
      expect(drawn(), id).to.be.greaterThan(0);
      button.click();
      await settle(el);
      expect(button.getAttribute('aria-pressed'), id).to.equal('false');
      expect(drawn(), id).to.equal(0);
      button.click();
      await settle(el);
      expect(drawn(), id).to.be.greaterThan(0);
    }
  });

  it('zooms in, out and back to everything with the toolbar buttons', async () => {
    const days = (el: ConflictTimeline) => (Date.parse(el.end!) - Date.parse(el.start!)) / 86_400_000;
    for (const id of WAYS_IN) {
      const el = timeline(id);
      const before = days(el);
      toolbarButton(el, 'Zoom in').click();
      await settle(el);
      const zoomedIn = days(el);
      expect(zoomedIn, `${id}: zoom in`).to.be.lessThan(before);
      toolbarButton(el, 'Zoom out').click();
      await settle(el);
      expect(days(el), `${id}: zoom out`).to.be.greaterThan(zoomedIn);
      toolbarButton(el, 'Show all').click();
      await settle(el);
      expect(marks(el).length, `${id}: show all`).to.be.greaterThan(0);
    }
  });

  it('takes the dark theme from the theme attribute', async () => {
    const brightness = (rgb: string) =>
      (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, n) => sum + Number(n), 0);
    for (const id of WAYS_IN) {
      const el = timeline(id);
      el.setAttribute('theme', 'light');
      await settle(el);
      const light = page().getComputedStyle(el);
      const [lightBackground, lightColor] = [light.backgroundColor, light.color];
      el.setAttribute('theme', 'dark');
      await settle(el);
      const dark = page().getComputedStyle(el);
      expect(brightness(dark.backgroundColor), `${id}: background`).to.be.lessThan(
        brightness(lightBackground),
      );
      expect(brightness(dark.color), `${id}: text`).to.be.greaterThan(brightness(lightColor));
    }
  });

  // Last: every state above has been through the policy by now.
  it('raises no violation of its own, and Trusted Types are enforced on the page', async () => {
    await nextFrame();
    expect(page().cspViolations.filter((v) => !isControl(v))).to.deep.equal([]);
    // Lit writes its templates through a Trusted Types policy; a plain string must be refused on this page.
    const parser = new (page().DOMParser)();
    expect(() => parser.parseFromString('<b>markup from a string</b>', 'text/html')).to.throw(/TrustedHTML/);
    await waitUntil(() => page().cspViolations.some((v) => v.directive === 'require-trusted-types-for'));
  });
});
