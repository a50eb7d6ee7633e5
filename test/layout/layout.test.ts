import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { groupsOf, layoutView, prepareTimeline, shortenTo } from '../../src/layout/layout.js';
import { event } from '../fixtures/event.js';

const Y2016: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)];

test('prepareTimeline draws each date as what it says: a day, a period, a range, an open range', () => {
  const p = prepareTimeline({
    events: [
      event('range', { start: '2015-10-31', end: '2015-11-02' }),
      event('day', { start: '2016-06-01' }),
      event('month', { start: '2016-03', precision: 'month' }),
      event('by', { start: null, end: '2017-05-31' }),
      event('since', { start: '2015', end: null, precision: 'year' }),
      { ...event('undated', { start: '2016' }), date: null, undated: { reason: 'no date in text' } },
    ],
  });
  const kind = Object.fromEntries(p.events.map((e) => [e.event.id, e.kind]));
  assert.deepEqual(kind, {
    range: 'bar',
    day: 'point',
    month: 'bracket',
    by: 'open-start',
    since: 'open-end',
  });
  assert.deepEqual(
    p.events.map((e) => e.event.id),
    ['since', 'range', 'month', 'day', 'by'],
    'date order',
  );
  assert.deepEqual(
    p.undated.map((e) => e.id),
    ['undated'],
  );
  assert.ok(p.extent[0] < Date.UTC(2015, 0, 1) && p.extent[1] > Date.UTC(2017, 4, 31));
});

test('prepareTimeline orders events by start, then end, then id, whatever their dates span', () => {
  // Property: the order is the one a plain comparator gives, whether the dates fit the numeric sort keys or not
  // (a span from antiquity to now among single days falls back to the comparator); many share a day.
  const date = fc.record({
    day: fc.integer({ min: 0, max: 40 }),
    days: fc.integer({ min: 0, max: 3 }),
    bce: fc.oneof(fc.constant(false), fc.boolean()),
    // To the end of 2015, from antiquity: too long for the numeric keys.
    long: fc.oneof(fc.constant(false), fc.boolean()),
  });
  fc.assert(
    fc.property(
      fc.array(fc.tuple(date, fc.constantFrom('a', 'b', 'c', 'd')), { maxLength: 80 }),
      (drafts) => {
        const iso = (n: number, bce: boolean) =>
          `${bce ? '-0043' : '2015'}${new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(4, 10)}`;
        const events = drafts.map(([d, letter], i) =>
          event(`${letter}${i % 7}`.repeat(1 + (i % 2)) + i, {
            start: iso(d.day, d.bce),
            ...(d.long ? { end: '2015-12-31' } : d.days ? { end: iso(d.day + d.days, d.bce) } : {}),
          }),
        );
        const prepared = prepareTimeline({ events });
        const expected = prepared.events
          .slice()
          .sort(
            (a, b) =>
              a.interval.start - b.interval.start ||
              a.interval.end - b.interval.end ||
              (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
          )
          .map((e) => e.event.id);
        assert.deepEqual(
          prepared.events.map((e) => e.event.id),
          expected,
        );
        // Every event once: the expected order above is of the same list.
        assert.equal(new Set(prepared.events).size, events.length);
        prepared.events.forEach((e, i) => assert.equal(prepared.byId.get(e.event.id), e, `byId of ${i}`));
      },
    ),
    { numRuns: 300 },
  );
});

test('prepareTimeline orders a long run of events told to the same day by id, as it does a short one', () => {
  // The property above makes short runs; a day of a war can have dozens of events dated to it alone.
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 90, size: 'max' }),
      (ids) => {
        const events = ids.map((id, i) => event(id, { start: i % 3 ? '2016-06-01' : '2016-06-02' }));
        const order = prepareTimeline({ events }).events.map((e) => e.event.id);
        const byId = (list: string[]) => list.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        assert.deepEqual(order, [
          ...byId(ids.filter((_, i) => i % 3 !== 0)),
          ...byId(ids.filter((_, i) => i % 3 === 0)),
        ]);
      },
    ),
    { numRuns: 200 },
  );
});

test('layoutView culls what is outside the window and never overlaps two marks in a row', () => {
  const events = Array.from({ length: 40 }, (_, i) =>
    event(`e${i}`, { start: `2016-${String(1 + (i % 12)).padStart(2, '0')}-15` }),
  );
  events.push(event('before', { start: '2014-01-01' }));
  const view = layoutView(prepareTimeline({ events }), { length: 1000, window: Y2016, rows: 3 });
  const ids = view.marks.map((m) => m.item.event.id);
  assert.ok(!ids.includes('before'));
  assert.equal(view.visible, 40);
  assert.equal(view.marks.length + view.clusters.reduce((n, c) => n + c.items.length, 0), 40);
  for (const a of view.marks)
    for (const b of view.marks)
      if (a !== b && a.group === b.group && a.row === b.row)
        assert.ok(Math.abs(a.from - b.from) >= 14, 'apart');
});

test('what does not fit in the rows folds into clusters with every member, and kept events stay single', () => {
  const events = Array.from({ length: 10 }, (_, i) => event(`e${i}`, { start: '2016-06-01' }));
  const p = prepareTimeline({ events });
  const view = layoutView(p, { length: 500, window: Y2016, rows: 2 });
  assert.equal(view.marks.length, 2);
  assert.equal(view.clusters.length, 1);
  assert.equal(view.clusters[0]!.items.length, 8);
  const kept = layoutView(p, { length: 500, window: Y2016, rows: 2, keep: new Set(['e9']) });
  // Kept events are placed first: e9 takes a row of its own instead of being drawn over another mark.
  assert.ok(kept.marks.some((m) => m.item.event.id === 'e9'));
  assert.equal(kept.marks.length, 2);
  assert.equal(new Set(kept.marks.map((m) => m.row)).size, 2);
  assert.equal(kept.clusters[0]!.items.length, 8);
  assert.ok(!kept.clusters[0]!.items.some((i) => i.event.id === 'e9'));
});

test('labels take the room up to the next mark in their row, shortened with an ellipsis', () => {
  const events = [
    event('a', { start: '2016-01-10' }, { title: 'A long title that will not fit in the gap' }),
    event('b', { start: '2016-03-01' }, { title: 'Short' }),
  ];
  const view = layoutView(prepareTimeline({ events }), { length: 1000, window: Y2016, rows: 1 });
  const [a, b] = view.marks;
  assert.equal(b!.label, 'Short');
  assert.ok(a!.label.endsWith('…') && a!.label.length < 40, a!.label);
  assert.ok(a!.from + 11 + a!.label.length * 6.5 <= b!.from - 7);
});

test('lanes by type, actor or place, the largest first and "nothing named" last; filters hide families', () => {
  const events = [
    event('a', { start: '2016-01-10' }, { actors: ['Russia'] }),
    event('b', { start: '2016-02-10' }, { actors: ['Russia'], type: 'agreement' }),
    event('c', { start: '2016-03-10' }, { actors: [] }),
    event('d', { start: '2016-04-10' }, { actors: ['Islamic State'] }),
  ];
  const p = prepareTimeline({ events });
  assert.deepEqual(
    groupsOf(p, 'actor').map((g) => g.label),
    ['Russia', 'Islamic State', 'No actor named'],
  );
  assert.deepEqual(
    groupsOf(p, 'type').map((g) => g.key),
    ['air', 'political'],
  );
  const view = layoutView(p, { length: 800, window: Y2016, groupBy: 'actor' });
  const lane = Object.fromEntries(view.marks.map((m) => [m.item.event.id, m.group]));
  assert.deepEqual(lane, { a: 0, b: 0, c: 2, d: 1 });
  const filtered = layoutView(p, { length: 800, window: Y2016, hidden: new Set(['political'] as const) });
  assert.ok(!filtered.marks.some((m) => m.item.event.id === 'b'));
});

test('a layout is deterministic: the same input gives the same marks', () => {
  const events = Array.from({ length: 200 }, (_, i) =>
    event(`e${i}`, {
      start: `2016-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    }),
  );
  const run = () =>
    JSON.stringify(layoutView(prepareTimeline({ events }), { length: 900, window: Y2016 }), (k, v) =>
      k === 'scale' ? undefined : k === 'item' ? v.event.id : v,
    );
  assert.equal(run(), run());
});

test('long periods keep to the top rows, so the events inside them still find rows of their own', () => {
  // Two whole-year periods and a "since" would each take a row to its end; 3 of 6 rows would then be gone.
  const events = [
    event('year-a', { start: '2016', precision: 'year' }),
    event('year-b', { start: '2016', precision: 'year' }),
    event('since', { start: '2016-01-02', end: null }),
    ...Array.from({ length: 24 }, (_, i) =>
      event(`d${i}`, { start: `2016-${String(1 + (i % 12)).padStart(2, '0')}-${i < 12 ? '05' : '20'}` }),
    ),
  ];
  const view = layoutView(prepareTimeline({ events }), { length: 1200, window: Y2016, rows: 6 });
  const rowOf = new Map(view.marks.map((m) => [m.item.event.id, m.row]));
  // rows / 3 = 2 rows for spans: the two years fit there; the open range does not, and alone in its stretch of
  // the cluster row it is drawn there as itself (row 6).
  assert.ok(rowOf.get('year-a')! < 2 && rowOf.get('year-b')! < 2);
  assert.equal(rowOf.get('since'), 6);
  for (let i = 0; i < 24; i++) assert.ok(rowOf.get(`d${i}`)! >= 2, `d${i} in a row for points`);
  assert.equal(view.clusters.length + view.marks.length, events.length);
});

test('a long period keeps its span row even when points of higher rank overflow into the span rows', () => {
  // 24 points told by three sources each on four days: more than the 4 point rows hold, so the overflow looks
  // to the span rows; the year, told once, must still get one.
  const one = { source: 's', quote: '', start: 0, end: 0, lead: false };
  const events = [
    event('year', { start: '2016', precision: 'year' }),
    ...Array.from({ length: 24 }, (_, i) =>
      event(`p${i}`, { start: `2016-0${3 + (i % 4)}-10` }, { mentions: [one, one, one] }),
    ),
  ];
  const view = layoutView(prepareTimeline({ events }), { length: 1200, window: Y2016, rows: 6 });
  const year = view.marks.find((m) => m.item.event.id === 'year');
  assert.ok(year && year.row < 2, `the year drawn in a span row (${year?.row})`);
});

test('clusters count their events by stretch of time, and neighbouring pills never touch', () => {
  // 600 events on 300 days of 2016 in 2 rows: most fold, into several clusters along the year.
  const events = Array.from({ length: 600 }, (_, i) => {
    const day = new Date(Date.UTC(2016, 0, 1 + Math.floor(i / 2))).toISOString().slice(0, 10);
    return event(`e${i}`, { start: day });
  });
  const p = prepareTimeline({ events });
  const view = layoutView(p, { length: 900, window: Y2016, rows: 2 });
  assert.ok(view.clusters.length >= 6, `${view.clusters.length} clusters`);
  const folded = view.clusters.reduce((n, c) => n + c.items.length, 0);
  assert.equal(folded + view.marks.length, 600);
  for (let i = 1; i < view.clusters.length; i++) {
    const [a, b] = [view.clusters[i - 1]!, view.clusters[i]!];
    assert.ok(a.from <= a.to && b.from <= b.to);
    assert.ok(b.from - 9 > a.to + 9, `pills ${i - 1} and ${i} apart`);
  }
  // 366 days on 900 px: 48 px is 19.5 days, so the stretches are of 32 days, counted from 1970 (so they stay
  // put while the reader pans): every cluster's events fall in one of them.
  const stretch = 32 * 86_400_000;
  for (const c of view.clusters) {
    const bins = new Set(c.items.map((e) => Math.floor((e.interval.start + e.interval.end) / 2 / stretch)));
    assert.equal(bins.size, 1, `cluster of ${c.items.length} in ${bins.size} stretches`);
  }
});

test('spans reaching in from far before the window fold into one cluster per stretch of time', () => {
  // Zoomed into June 2016 with one row: the day in June takes it, and the periods over it, which start months
  // left of the chart, fold into the clusters of the stretches they start in.
  const events = [
    ...Array.from({ length: 5 }, (_, i) => event(`a${i}`, { start: '2016-01-01', end: '2016-12-31' })),
    ...Array.from({ length: 3 }, (_, i) => event(`b${i}`, { start: '2016-01-02', end: '2016-07-31' })),
    ...Array.from({ length: 2 }, (_, i) => event(`c${i}`, { start: '2016-01-09', end: '2016-07-31' })),
    // Told by two sources: placed first.
    event(
      'june',
      { start: '2016-06-15' },
      { mentions: Array(2).fill({ source: 's', quote: '', start: 0, end: 0, lead: false }) },
    ),
  ];
  const june: [number, number] = [Date.UTC(2016, 5, 1), Date.UTC(2016, 6, 1)];
  const view = layoutView(prepareTimeline({ events }), { length: 600, window: june, rows: 1 });
  assert.deepEqual(
    view.marks.map((m) => m.item.event.id),
    ['june'],
  );
  // 30 days on 600 px: 48 px is 2.4 days, so stretches of 4 days from 1970: 1 and 2 January share one.
  assert.deepEqual(
    view.clusters.map((c) => c.items.length),
    [8, 2],
  );
  assert.ok(view.clusters[0]!.to < -2000, 'far left of the chart');
});

test('when the rows are full, the best-sourced and deadliest events keep their marks', () => {
  // 40 reports of the same day in 2 rows: only two marks, and they go to the two events told by most sources
  // and with most dead, wherever those come in date or id order.
  const one = { source: 's', quote: '', start: 0, end: 0, lead: false };
  const events = Array.from({ length: 40 }, (_, i) =>
    event(
      `e${i}`,
      { start: '2016-06-01' },
      { mentions: i === 31 ? [one, one, one] : [one], fatalities: i === 17 ? 12 : 1 },
    ),
  );
  const view = layoutView(prepareTimeline({ events }), { length: 900, window: Y2016, rows: 2 });
  assert.deepEqual(view.marks.map((m) => m.item.event.id).sort(), ['e17', 'e31']);
});

test('the ranking puts more sources first, then more dead, then a fixed scatter by id, whatever the counts', () => {
  // Property: the rank order is the one a plain comparator gives, whether the counts fit the numeric sort keys
  // or not (fatalities beyond 2^33 or not whole fall back to the comparator).
  const one = { source: 's', quote: '', start: 0, end: 0, lead: false };
  const counts = fc.record({
    sources: fc.integer({ min: 1, max: 4 }),
    dead: fc.oneof(fc.constant(null), fc.nat(30), fc.constant(2 ** 40), fc.constant(2.5)),
    day: fc.integer({ min: 1, max: 28 }),
  });
  fc.assert(
    fc.property(fc.array(counts, { maxLength: 60 }), (rows) => {
      const events = rows.map((r, i) =>
        event(
          `e${i}`,
          { start: `2016-03-${String(r.day).padStart(2, '0')}` },
          { mentions: Array.from({ length: r.sources }, () => one), fatalities: r.dead },
        ),
      );
      const prepared = prepareTimeline({ events });
      const hash = (id: string) => {
        let h = 0x811c9dc5;
        for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
        return h >>> 0;
      };
      const expected = prepared.events
        .map((e, i) => ({ i, s: e.event.mentions.length, d: e.event.fatalities ?? 0, h: hash(e.event.id) }))
        .sort((a, b) => b.s - a.s || b.d - a.d || a.h - b.h || a.i - b.i)
        .map((x) => x.i);
      assert.deepEqual([...prepared.byRank], expected);
      prepared.events.forEach((e, i) => assert.equal(prepared.byRank[e.rank], i));
    }),
    { numRuns: 200 },
  );
});

test('a frame depends only on the events that reach into its window, zoomed far in or far out, and its pills never touch', () => {
  // Property: laying out all events gives what laying out only those in the window gives. With many events
  // far from the window (zoomed far in), few are in it and layoutView sorts them by rank; laid out alone, all
  // are, and it takes them from the rank order of the whole. Both ways must place the same marks.
  const one = { source: 's', quote: '', start: 0, end: 0, lead: false };
  const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const draft = fc.record({
    day: fc.integer({ min: 0, max: 365 }),
    days: fc.integer({ min: 1, max: 90 }),
    shape: fc.constantFrom('day', 'day', 'day', 'month', 'range', 'by', 'since'),
    sources: fc.integer({ min: 1, max: 3 }),
    type: fc.constantFrom('air-strike', 'armed-clash', 'agreement' as const),
  });
  const paths = { few: 0, most: 0, crowded: 0 };
  fc.assert(
    fc.property(
      fc.array(draft, { minLength: 1, maxLength: 60, size: 'max' }),
      fc.constantFrom(0, 1000),
      fc.integer({ min: 0, max: 365 }),
      fc.integer({ min: 1, max: 365 }),
      fc.constantFrom('none', 'type' as const),
      fc.boolean(),
      fc.nat(),
      fc.integer({ min: 40, max: 400 }),
      fc.integer({ min: 1, max: 3 }),
      (drafts, far, from, days, groupBy, hide, keepAt, length, rows) => {
        const near = drafts.map((d, i) => {
          const start = day(d.day);
          const date =
            d.shape === 'month'
              ? { start: start.slice(0, 7), precision: 'month' as const }
              : d.shape === 'range'
                ? { start, end: day(d.day + d.days) }
                : d.shape === 'by'
                  ? { start: null, end: start }
                  : d.shape === 'since'
                    ? { start, end: null }
                    : { start };
          return event(`e${i}`, date, { type: d.type, mentions: Array(d.sources).fill(one) });
        });
        const events = [
          ...near,
          ...Array.from({ length: far }, (_, i) => event(`far${i}`, { start: day(5000 + i) })),
        ];
        const window: [number, number] = [
          Date.UTC(2015, 0, 1) + from * 86_400_000,
          Date.UTC(2015, 0, 1) + (from + days) * 86_400_000,
        ];
        const all = prepareTimeline({ events });
        const inside = all.events.filter((e) => e.interval.end >= window[0] && e.interval.start <= window[1]);
        const few = inside.length * 16 <= events.length;
        if (few) paths.few++;
        else paths.most++;
        const options = {
          length,
          window,
          groupBy,
          groups: groupsOf(all, groupBy),
          rows,
          hidden: new Set(hide ? (['ground'] as const) : []),
          keep: new Set([events[keepAt % events.length]!.id]),
        };
        const summary = (view: ReturnType<typeof layoutView>) => ({
          visible: view.visible,
          marks: view.marks.map((m) => [m.item.event.id, m.from, m.to, m.group, m.row, m.track, m.label]),
          clusters: view.clusters.map((c) => [c.items.map((e) => e.event.id), c.from, c.to, c.group]),
        });
        const view = layoutView(all, options);
        // One cluster per stretch of time and lane, spans reaching in from far off included: pills never touch.
        view.clusters.forEach((b, i) => {
          const a = view.clusters[i - 1];
          if (a?.group === b.group) assert.ok(b.from - 9 > a.to + 9, `pills ${i - 1} and ${i} apart`);
        });
        if (few && (view.clusters.length || view.marks.some((m) => m.row === rows))) paths.crowded++;
        assert.deepEqual(
          summary(view),
          summary(layoutView(prepareTimeline({ events: inside.map((e) => e.event) }), options)),
        );
      },
    ),
    { numRuns: 300 },
  );
  assert.ok(
    paths.few > 20 && paths.most > 20,
    `windows with few events ${paths.few}, with most ${paths.most}`,
  );
  assert.ok(paths.crowded > 20, `${paths.crowded} windows with few events, not all in their rows`);
});

test('zooming in keeps the marks already drawn, so a zoom adds marks instead of swapping them', () => {
  // 3,000 events over 2016: far more than 6 rows hold. Zoom in by the element's wheel step about the middle.
  const events = Array.from({ length: 3000 }, (_, i) => {
    const day = new Date(Date.UTC(2016, 0, 1 + ((i * 7919) % 366))).toISOString().slice(0, 10);
    return event(`e${i}`, {
      start: day,
      ...(i % 10 === 0 ? { precision: 'month', start: day.slice(0, 7) } : {}),
    });
  });
  const p = prepareTimeline({ events });
  const options = { length: 1176, rows: 6, pointSize: 14 };
  let window = Y2016;
  let kept = 0;
  let before = 0;
  for (let step = 0; step < 8; step++) {
    const a = layoutView(p, { ...options, window });
    const middle = (window[0] + window[1]) / 2;
    const half = (window[1] - window[0]) / 2 / 2 ** (1 / 3);
    const next: [number, number] = [middle - half, middle + half];
    const b = layoutView(p, { ...options, window: next });
    const drawn = new Set(b.marks.map((m) => m.item.event.id));
    for (const m of a.marks) {
      if (m.item.interval.end < next[0] || m.item.interval.start > next[1]) continue;
      before++;
      if (drawn.has(m.item.event.id)) kept++;
    }
    window = next;
  }
  assert.ok(before > 500, `${before} marks compared`);
  assert.ok(kept / before >= 0.95, `${kept} of ${before} marks kept their place through the zoom`);
});

test('shortenTo keeps a title that fits, else the longest start that fits with its ellipsis', () => {
  // 10 px a character, 20 for a wide one, as a font's advances would differ.
  const width = (text: string) => [...text].reduce((w, c) => w + (c === 'W' ? 20 : 10), 0);
  assert.equal(shortenTo('Air strikes', 110, width), 'Air strikes');
  assert.equal(shortenTo('Air strikes', 109, width), 'Air strik…');
  // The space before a cut is not kept: "Air …" would not say more than "Air…".
  assert.equal(shortenTo('Air strikes', 50, width), 'Air…');
  assert.equal(shortenTo('WWW attack', 100, width), 'WWW at…');
  assert.equal(shortenTo('WWWW attack', 39, width), '', 'under 3 letters would show');
  assert.equal(shortenTo('Oil', 30, width), 'Oil');
  assert.equal(shortenTo('Oil', 29, width), '');
});

test('shortenTo never cuts a character written as two UTF-16 units, and its text always fits', () => {
  // 10 px a UTF-16 unit, so that a cut through a pair is always narrower than the whole character.
  const width = (text: string) => text.length * 10;
  // Each rocket is two code units; no cut may leave half of one.
  const title = '🚀🚀🚀🚀 Rockets';
  for (let room = 0; room <= 160; room++) {
    const text = shortenTo(title, room, width);
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(text), `a lone high surrogate in "${text}"`);
    if (text) assert.ok(width(text) <= room, `"${text}" is wider than ${room}`);
  }
  fc.assert(
    fc.property(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.integer({ min: 0, max: 400 }),
      (s, room) => {
        const text = shortenTo(s, room, width);
        return text === '' || (width(text) <= room && (text === s || text.endsWith('…')));
      },
    ),
  );
});
