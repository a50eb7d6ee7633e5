import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { timelineFallbackHtml } from '../../src/fallback/index.js';
import type { Timeline, TimelineEvent, TimelineSource } from '../../src/schema/types.js';

const sample = JSON.parse(
  readFileSync(new URL('../fixtures/sample.timeline.json', import.meta.url), 'utf8'),
) as Timeline;

/** Every tag the function itself writes; anything else in the output came from the data. */
const OWN_TAGS = new Set(['conflict-timeline', 'ol', 'li', 'time', 'strong', 'q', 'a', 'script']);

const tagNames = (html: string) => [...html.matchAll(/<\/?([A-Za-z][^\s/>]*)/g)].map((m) => m[1]!);
const items = (html: string) => html.split('\n').filter((line) => line.trimStart().startsWith('<li'));
const itemIds = (html: string) => items(html).map((line) => /^\s*<li id="event-([^"]*)"/.exec(line)![1]);
const inlineScript = (html: string) =>
  /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? assert.fail('no script');

/** Strings built from the pieces markup is made of, as well as any UTF-16 at all. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '<',
        '>',
        '/',
        '!--',
        '&',
        '"',
        "'",
        '=',
        ' ',
        'script',
        'SCRIPT',
        'img',
        'a',
        '\u2028',
        '\u2029',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

const source = (fields: Partial<TimelineSource> = {}): TimelineSource => ({
  id: 'src',
  title: 'A headline',
  published: '2017-05-31',
  publishedFrom: 'metadata',
  publisher: 'CBS News',
  url: 'https://www.example.org/a',
  ...fields,
});

const event = (fields: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: 'e1',
  title: 'Jets strike Raqqa',
  date: {
    start: '2015-09-17',
    precision: 'day',
    approximate: false,
    derivation: { method: 'explicit' },
  },
  type: 'air-strike',
  actors: [],
  location: { name: 'Raqqa', admin1: null, country: 'Syria', lat: null, lon: null },
  fatalities: null,
  status: 'occurred',
  mentions: [{ source: 'src', quote: 'Jets struck Raqqa', start: 0, end: 17, lead: true }],
  ...fields,
});

const timelineOf = (events: TimelineEvent[], sources = [source()]): Timeline => ({
  version: 1,
  sources,
  events,
});

test('the sample becomes the element around an ordered list, one event per line with date, title, type, place and sourced quote', () => {
  const html = timelineFallbackHtml(sample, { attributes: { src: '/data/sample.timeline.json' } });
  const lines = html.split('\n');
  assert.equal(lines[0], '<conflict-timeline src="/data/sample.timeline.json">');
  assert.equal(lines[1], '  <ol class="conflict-timeline-fallback">');
  assert.deepEqual(lines.slice(-2), ['  </ol>', '</conflict-timeline>']);
  assert.equal(items(html).length, sample.events.length);
  assert.ok(
    lines.includes(
      '    <li id="event-evt-capture"><time datetime="2016-03">March 2016</time> — ' +
        '<strong>Syrian troops capture Palmyra</strong> (government regains territory; Palmyra). ' +
        '<q>captured Palmyra in March last year</q> — ' +
        '<a href="https://www.example.org/news/russia-cruise-missiles">CBS News (AP)</a></li>',
    ),
    html,
  );
  // A date with only an upper bound is stamped with that bound; a claim is marked as one.
  assert.match(
    html,
    /<li id="event-evt-launch"><time datetime="2017-05-31">[^<]*by about May 31, 2017<\/time>/,
  );
  assert.match(
    html,
    /<li id="event-evt-launch">.*\(shelling, artillery or missile attack; Eastern Mediterranean; claimed, not confirmed\)/,
  );
  assert.doesNotMatch(html, /<script/);
});

test('events are listed in date order whatever the input order, undated and unreadable dates last', () => {
  assert.deepEqual(itemIds(timelineFallbackHtml(sample)), [
    'evt-caesar',
    'evt-capture',
    'evt-recapture',
    'evt-launch',
    'evt-concert',
  ]);
  const day = (id: string, start: string | null, end?: string | null): TimelineEvent =>
    event({
      id,
      date: {
        start,
        ...(end !== undefined ? { end } : {}),
        precision: start && start.length === 4 ? 'year' : 'day',
        approximate: false,
        derivation: { method: 'explicit' },
      },
    });
  const shuffled = [
    event({ id: 'undated', date: null, undated: { reason: 'no date in the text' } }),
    day('2016-03-27', '2016-03-27'),
    day('unreadable', '2016-02-30'),
    day('by-2015-01-01', null, '2015-01-01'),
    day('2016', '2016'),
    day('tie-a', '2015-06-01'),
    day('tie-b', '2015-06-01'),
  ];
  assert.deepEqual(itemIds(timelineFallbackHtml(timelineOf(shuffled))), [
    'by-2015-01-01',
    'tie-a',
    'tie-b',
    '2016',
    '2016-03-27',
    'undated',
    'unreadable',
  ]);
});

test('dates HTML cannot express (before 1 CE, or none) are text without <time>; a signed year loses its sign', () => {
  const html = timelineFallbackHtml(sample);
  assert.match(html, /<li id="event-evt-caesar">March 15, 44 BC — /);
  assert.match(html, /<li id="event-evt-concert">undated — /);
  const far = event({
    date: { start: '+12000', precision: 'year', approximate: false, derivation: { method: 'external' } },
  });
  assert.match(timelineFallbackHtml(timelineOf([far])), /<time datetime="12000">/);
});

test('hostile titles, quotes, ids, places and publishers are escaped as text, never markup', () => {
  const img = '<img src=x onerror=alert(1)>';
  const breakout = '"><script>alert(1)</script>';
  const hostile = timelineOf(
    [
      event({
        id: `x${breakout}`,
        title: img,
        location: { name: `'${img}`, admin1: null, country: null, lat: null, lon: null },
        mentions: [{ source: 'evil', quote: breakout, start: 0, end: breakout.length, lead: false }],
      }),
    ],
    [source({ id: 'evil', publisher: `<b onmouseover=alert(1)>Evil & Co</b>`, wire: img })],
  );
  const html = timelineFallbackHtml(hostile, { attributes: { src: `x.json${breakout}` } });
  assert.deepEqual(
    new Set(tagNames(html)),
    new Set(['conflict-timeline', 'ol', 'li', 'strong', 'time', 'q', 'a']),
  );
  assert.doesNotMatch(html, /<img|<script|<b /);
  assert.ok(html.includes('<strong>&lt;img src=x onerror=alert(1)&gt;</strong>'), html);
  assert.ok(html.includes('<li id="event-x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">'), html);
  assert.ok(html.includes('<q>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</q>'), html);
  assert.ok(html.includes('(air strike; &#39;&lt;img src=x onerror=alert(1)&gt;)'), html);
  assert.ok(html.includes('>&lt;b onmouseover=alert(1)&gt;Evil &amp; Co&lt;/b&gt; (&lt;img'), html);
  assert.ok(html.startsWith('<conflict-timeline src="x.json&quot;&gt;&lt;script&gt;'), html);
});

test('a source is linked only when its URL is absolute http(s); javascript:, data: and relative URLs are plain text', () => {
  const cases: [string | null, string][] = [
    ['https://example.org/a?b=1&c=2', '<a href="https://example.org/a?b=1&amp;c=2">CBS News</a>'],
    ['http://example.org/', '<a href="http://example.org/">CBS News</a>'],
    ['javascript:alert(1)', '— CBS News</li>'],
    ['JavaScript:alert(1)//http://x', '— CBS News</li>'],
    ['data:text/html,<script>alert(1)</script>', '— CBS News</li>'],
    ['/relative/path', '— CBS News</li>'],
    ['not a url', '— CBS News</li>'],
    [null, '— CBS News</li>'],
  ];
  for (const [url, expected] of cases) {
    const html = timelineFallbackHtml(timelineOf([event()], [source({ url })]));
    assert.ok(html.includes(expected), `${url}: ${html}`);
    if (!url?.startsWith('http')) assert.doesNotMatch(html, /<a /, String(url));
  }
  // With no publisher the headline names the source, and with neither the source id does.
  const untitled = timelineOf([event()], [source({ publisher: null, title: null, url: null })]);
  assert.match(timelineFallbackHtml(untitled), /<q>Jets struck Raqqa<\/q> — src<\/li>/);
});

test('inline JSON cannot end its script early, and parsing its text gives back the timeline', () => {
  const nasty = 'x</script><script>alert(1)</script><!-- </SCRIPT \u2028\u2029 end';
  const timeline = timelineOf(
    [event({ title: nasty, mentions: [{ ...event().mentions[0]!, quote: nasty }] })],
    [source({ publisher: nasty })],
  );
  timeline.title = nasty;
  const html = timelineFallbackHtml(timeline, { inlineJson: true });
  assert.equal(html.match(/<\/script/gi)?.length, 1);
  assert.equal(html.match(/<!--/g), null);
  const text = inlineScript(html);
  assert.doesNotMatch(text, /[<\u2028\u2029]/);
  assert.deepEqual(JSON.parse(text), timeline);
  assert.deepEqual(JSON.parse(inlineScript(timelineFallbackHtml(sample, { inlineJson: true }))), sample);
  assert.match(html, /<\/ol>\n {2}<script type="application\/json">[^\n]*<\/script>\n<\/conflict-timeline>$/);
});

test('the same timeline gives the same bytes, run after run and from a fresh copy', () => {
  const options = { inlineJson: true, attributes: { src: 'a.json', lang: 'en' } };
  const first = timelineFallbackHtml(sample, options);
  assert.equal(timelineFallbackHtml(sample, options), first);
  assert.equal(timelineFallbackHtml(structuredClone(sample), { ...options }), first);
});

test('dates follow the locale asked for', () => {
  assert.match(timelineFallbackHtml(sample, { locale: 'fr' }), /<time datetime="2016-03">mars 2016<\/time>/);
});

test('attribute names other than lower-case letters, digits and hyphens are refused with the name', () => {
  for (const name of ['onclick x', 'Src', '1a', '-a', 'a"b', 'a>b', '', 'data_x']) {
    assert.throws(
      () => timelineFallbackHtml(sample, { attributes: { [name]: 'v' } }),
      (e: unknown) => e instanceof Error && e.message.includes(JSON.stringify(name)),
      name,
    );
  }
  assert.match(
    timelineFallbackHtml(sample, { attributes: { src: 'a.json', 'data-x1': '1' } }),
    /^<conflict-timeline src="a.json" data-x1="1">/,
  );
});

test('a timeline with no events is the element around an empty list', () => {
  assert.equal(
    timelineFallbackHtml(timelineOf([])),
    '<conflict-timeline>\n  <ol class="conflict-timeline-fallback"></ol>\n</conflict-timeline>',
  );
});

test('property: whatever strings the title, quote, place and publisher hold, the only tags are the ones the function writes', () => {
  fc.assert(
    fc.property(
      hostileString,
      hostileString,
      hostileString,
      hostileString,
      fc.boolean(),
      (title, quote, publisher, id, inlineJson) => {
        const timeline = timelineOf(
          [
            event({
              id,
              title,
              location: { name: publisher, admin1: null, country: null, lat: null, lon: null },
              mentions: [{ source: 'src', quote, start: 0, end: quote.length, lead: false }],
            }),
          ],
          [source({ publisher, wire: title })],
        );
        const html = timelineFallbackHtml(timeline, { inlineJson });
        for (const name of tagNames(html)) assert.ok(OWN_TAGS.has(name), `<${name} in ${html}`);
        assert.doesNotMatch(html, /<!--/);
        if (inlineJson) assert.deepEqual(JSON.parse(inlineScript(html)), timeline);
      },
    ),
    { numRuns: 300 },
  );
});
