import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toTimelineJs } from '../../src/extract/timelinejs.js';
import type { EventDate, Timeline, TimelineEvent, TimelineSource } from '../../src/schema/types.js';

const SOURCE: TimelineSource = {
  id: 'a1',
  title: 'Jets strike Raqqa',
  published: '2015-09-18',
  publishedFrom: 'metadata',
  publisher: 'Haaretz',
  wire: 'Reuters',
  url: 'https://www.example.com/news/raqqa?id=1&page=2',
};

function event(id: string, date: EventDate | null, over: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: 'Jets strike Raqqa',
    date,
    ...(date ? {} : { undated: { reason: 'no date' } }),
    type: 'air-strike',
    actors: [],
    location: null,
    fatalities: null,
    status: 'occurred',
    mentions: [{ source: 'a1', quote: 'Jets struck Raqqa.', start: 0, end: 18, lead: true }],
    ...over,
  };
}

function timeline(events: TimelineEvent[], sources: TimelineSource[] = [SOURCE]): Timeline {
  return { version: 1, sources, events };
}

const explicit = { method: 'explicit' } as const;

test('each date keeps its precision, and a display_date says whatever TimelineJS would not', () => {
  const cases: {
    name: string;
    date: EventDate;
    start: object;
    end?: object;
    display?: string;
  }[] = [
    {
      name: 'day',
      date: { start: '2015-09-17', precision: 'day', approximate: false, derivation: explicit },
      start: { year: 2015, month: 9, day: 17 },
    },
    {
      name: 'month keeps no day',
      date: { start: '2016-11', precision: 'month', approximate: false, derivation: explicit },
      start: { year: 2016, month: 11 },
    },
    {
      name: 'year keeps no month',
      date: { start: '2016', precision: 'year', approximate: false, derivation: explicit },
      start: { year: 2016 },
    },
    {
      name: 'relative dates are as sure as explicit ones',
      date: {
        start: '2015-11-01',
        precision: 'day',
        approximate: false,
        derivation: { method: 'relative', text: 'on Sunday', reference: '2015-11-02' },
      },
      start: { year: 2015, month: 11, day: 1 },
    },
    {
      name: 'approximate month',
      date: { start: '2016-11', precision: 'month', approximate: true, derivation: explicit },
      start: { year: 2016, month: 11 },
      display: 'about November 2016',
    },
    {
      name: 'day range across months',
      date: {
        start: '2015-10-31',
        end: '2015-11-02',
        precision: 'day',
        approximate: false,
        derivation: explicit,
      },
      start: { year: 2015, month: 10, day: 31 },
      end: { year: 2015, month: 11, day: 2 },
      display: '31 October to 2 November 2015',
    },
    {
      name: 'week within a month',
      date: {
        start: '2016-03-07',
        end: '2016-03-13',
        precision: 'week',
        approximate: false,
        derivation: explicit,
      },
      start: { year: 2016, month: 3, day: 7 },
      end: { year: 2016, month: 3, day: 13 },
      display: '7 to 13 March 2016',
    },
    {
      name: 'winter across years',
      date: {
        start: '2016-12',
        end: '2017-02',
        precision: 'season',
        approximate: false,
        derivation: explicit,
      },
      start: { year: 2016, month: 12 },
      end: { year: 2017, month: 2 },
      display: 'December 2016 to February 2017',
    },
    {
      name: 'decade',
      date: { start: '2010', end: '2019', precision: 'decade', approximate: false, derivation: explicit },
      start: { year: 2010 },
      end: { year: 2019 },
      display: '2010 to 2019',
    },
    {
      name: 'upper bound only',
      date: { start: null, end: '2017-05-31', precision: 'day', approximate: false, derivation: explicit },
      start: { year: 2017, month: 5, day: 31 },
      display: 'by 31 May 2017',
    },
    {
      name: 'ongoing',
      date: { start: '2011-03', end: null, precision: 'month', approximate: false, derivation: explicit },
      start: { year: 2011, month: 3 },
      display: 'since March 2011',
    },
    {
      name: 'publication date standing in',
      date: {
        start: '2015-09-18',
        precision: 'day',
        approximate: true,
        derivation: { method: 'publication', reference: '2015-09-18' },
      },
      start: { year: 2015, month: 9, day: 18 },
      display: 'about 18 September 2015 (date of publication; the article gives no date for it)',
    },
    {
      name: 'anchored',
      date: {
        start: '2016-07',
        precision: 'month',
        approximate: true,
        derivation: { method: 'anchored', text: 'eight months later', anchor: 'e-1' },
      },
      start: { year: 2016, month: 7 },
      display: 'about July 2016 (counted from another date in the article)',
    },
    {
      name: 'discourse',
      date: {
        start: '2016-03-27',
        precision: 'day',
        approximate: true,
        derivation: { method: 'discourse', anchor: 'e-1' },
      },
      start: { year: 2016, month: 3, day: 27 },
      display: 'about 27 March 2016 (no date given; placed by the order of the story)',
    },
    {
      name: 'outside knowledge',
      date: { start: '2011-03-15', precision: 'day', approximate: false, derivation: { method: 'external' } },
      start: { year: 2011, month: 3, day: 15 },
      display: '15 March 2011 (from outside knowledge, not from the article)',
    },
    {
      name: 'BCE year, astronomical -43',
      date: { start: '-0043', precision: 'year', approximate: false, derivation: explicit },
      start: { year: -43 },
      display: '44 BCE',
    },
    {
      name: 'year 0 is 1 BCE',
      date: { start: '0000-03', precision: 'month', approximate: false, derivation: explicit },
      start: { year: 0, month: 3 },
      display: 'March 1 BCE',
    },
    {
      name: 'range from BCE into CE',
      date: { start: '-0001', end: '0001', precision: 'year', approximate: false, derivation: explicit },
      start: { year: -1 },
      end: { year: 1 },
      display: '2 BCE to 1',
    },
  ];
  for (const c of cases) {
    const [slide] = toTimelineJs(timeline([event('e-x', c.date)])).events;
    assert.ok(slide, c.name);
    assert.deepEqual(slide.start_date, c.start, c.name);
    assert.deepEqual(slide.end_date, c.end, c.name);
    assert.equal(slide.display_date, c.display, c.name);
  }
});

test('a slide carries the event headline, its type as group and its id; undated events are left out', () => {
  const day: EventDate = { start: '2015-09-17', precision: 'day', approximate: false, derivation: explicit };
  const doc = toTimelineJs({
    ...timeline([event('e-1', day), event('e-2', null), event('e-3', day, { type: 'armed-clash' })]),
    title: 'Raqqa',
  });
  assert.deepEqual(doc.title, { text: { headline: 'Raqqa', text: '' } });
  assert.deepEqual(
    doc.events.map((s) => [s.unique_id, s.group, s.text.headline, s.autolink]),
    [
      ['e-1', 'air-strike', 'Jets strike Raqqa', false],
      ['e-3', 'armed-clash', 'Jets strike Raqqa', false],
    ],
  );
  assert.equal(toTimelineJs(timeline([])).title, undefined);
  assert.deepEqual(toTimelineJs(timeline([event('e-2', null)])).events, []);
});

test('quotes and names are HTML-escaped and the only markup is a link to an http(s) source', () => {
  const day: EventDate = { start: '2015-09-17', precision: 'day', approximate: false, derivation: explicit };
  const hostile = event('e-1', day, {
    title: '<img src=x onerror=alert(1)> & "co"',
    mentions: [
      { source: 'a1', quote: `Rebels said "<b>it's</b> over" & left.`, start: 0, end: 10, lead: true },
    ],
  });
  const [slide] = toTimelineJs(timeline([hostile])).events;
  assert.equal(slide!.text.headline, '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;');
  assert.equal(
    slide!.text.text,
    '“Rebels said &quot;&lt;b&gt;it&#39;s&lt;/b&gt; over&quot; &amp; left.” — ' +
      '<a href="https://www.example.com/news/raqqa?id=1&amp;page=2">Haaretz (Reuters)</a>',
  );
  const titleDoc = toTimelineJs({ ...timeline([]), title: 'A <script> & B' });
  assert.equal(titleDoc.title!.text.headline, 'A &lt;script&gt; &amp; B');
});

test('a source URL that is not http(s) is never a link, and the name falls back to title, then id', () => {
  const day: EventDate = { start: '2015-09-17', precision: 'day', approximate: false, derivation: explicit };
  const cases: { url: string | null; publisher: string | null; title: string | null; text: string }[] = [
    { url: 'javascript:alert(1)', publisher: 'Haaretz', title: null, text: 'Haaretz' },
    { url: ' JavaScript:alert(document.cookie)', publisher: 'Haaretz', title: null, text: 'Haaretz' },
    { url: 'data:text/html,<script>alert(1)</script>', publisher: 'Haaretz', title: null, text: 'Haaretz' },
    { url: '//evil.example.com/x', publisher: 'Haaretz', title: null, text: 'Haaretz' },
    { url: 'not a url', publisher: 'Haaretz', title: null, text: 'Haaretz' },
    { url: null, publisher: null, title: 'Jets <strike> Raqqa', text: 'Jets &lt;strike&gt; Raqqa' },
    { url: null, publisher: null, title: null, text: 'a1' },
    {
      url: 'http://example.com/a b"onmouseover="x',
      publisher: 'AP',
      title: null,
      text: '<a href="http://example.com/a%20b%22onmouseover=%22x">AP</a>',
    },
  ];
  for (const c of cases) {
    const source: TimelineSource = {
      ...SOURCE,
      url: c.url,
      publisher: c.publisher,
      title: c.title,
      wire: null,
    };
    const [slide] = toTimelineJs(timeline([event('e-1', day)], [source])).events;
    assert.equal(slide!.text.text, `“Jets struck Raqqa.” — ${c.text}`, String(c.url));
  }
});

test('every mention of an event is quoted with its own source', () => {
  const day: EventDate = { start: '2015-09-17', precision: 'day', approximate: false, derivation: explicit };
  const other: TimelineSource = { ...SOURCE, id: 'b2', publisher: 'CBS News', wire: null, url: null };
  const merged = event('e-1', day, {
    mentions: [
      { source: 'a1', quote: 'Jets struck Raqqa.', start: 0, end: 18, lead: true },
      { source: 'b2', quote: 'Raqqa was bombed.', start: 5, end: 22, lead: false },
    ],
  });
  const [slide] = toTimelineJs(timeline([merged], [SOURCE, other])).events;
  assert.equal(
    slide!.text.text,
    '“Jets struck Raqqa.” — <a href="https://www.example.com/news/raqqa?id=1&amp;page=2">Haaretz (Reuters)</a> ' +
      '“Raqqa was bombed.” — CBS News',
  );
});

test('a year TimelineJS cannot place, or a malformed date, is rejected with the event named', () => {
  for (const start of ['+300000', '-300000', '2015-13', 'yesterday']) {
    assert.throws(
      () =>
        toTimelineJs(
          timeline([event('e-far', { start, precision: 'year', approximate: false, derivation: explicit })]),
        ),
      (e: unknown) => e instanceof RangeError && /event e-far/.test(e.message),
      start,
    );
  }
  const edge = toTimelineJs(
    timeline([
      event('e-edge', { start: '+12000', precision: 'year', approximate: false, derivation: explicit }),
    ]),
  );
  assert.deepEqual(edge.events[0]!.start_date, { year: 12000 });
});
