import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  conflictStart,
  furtherEventDates,
  readEventDate,
  saysDateUnknown,
  timexRole,
} from '../../src/extract/date-meaning.js';
import { tagTimexes } from '../../src/extract/timex/tagger.js';

const read = (sentence: string, published = '2015-11-02') =>
  readEventDate(sentence, tagTimexes(sentence, published), published);

const role = (sentence: string, phrase: string) => {
  const t = tagTimexes(sentence, '2015-11-02').find((x) => x.text === phrase);
  assert.ok(t, `no timex "${phrase}" in "${sentence}"`);
  return timexRole(sentence, t);
};

test('timexRole tells the event date from the report, the window, the span and the background', () => {
  assert.equal(role('Jets struck the city on Friday, a monitor said.', 'Friday'), 'event');
  assert.equal(role('Jets struck the city, a monitor said on Tuesday.', 'Tuesday'), 'report');
  assert.equal(role('Jets struck the city, according to a statement on Monday.', 'Monday'), 'report');
  assert.equal(role('Jets struck 237 targets over the last two days.', 'the last two days'), 'window');
  assert.equal(role('Russia has provided air cover since 2015.', '2015'), 'since');
  assert.equal(role('Militants hit back at an offensive that began on June 3.', 'June 3'), 'background');
  assert.equal(
    role('Two were killed in the first deaths since it began this week.', 'this week'),
    'background',
  );
  // The main verb "began" is the event itself.
  assert.equal(role('The offensive began on June 3.', 'June 3'), 'event');
});

test('readEventDate: a statement on Monday about the last two days is a range ending Monday', () => {
  const r = read('Jets hit 237 targets over the last two days alone, according to a statement on Monday.');
  assert.equal(r?.role, 'window');
  assert.deepEqual(
    {
      start: r?.date.start,
      end: r?.date.end,
      precision: r?.date.precision,
      approximate: r?.date.approximate,
    },
    { start: '2015-10-31', end: '2015-11-02', precision: 'day', approximate: true },
  );
});

test('readEventDate: the event date wins over the report date and the background date', () => {
  assert.equal(read('Jets struck Raqqa on Sunday, a monitor said on Monday.')?.date.start, '2015-11-01');
  assert.equal(
    read(
      'Militants retaliated to an offensive that began on October 3, killing 12, a monitor said on Monday.',
    )?.date.start,
    '2015-11-02',
  );
  assert.equal(read('Militants retaliated to an offensive that began on October 3.'), undefined);
});

test('readEventDate: a report date alone dates the event approximately', () => {
  const r = read('Twenty people were killed in the town, a monitor said on Monday.');
  assert.equal(r?.role, 'report');
  assert.equal(r?.date.start, '2015-11-02');
  assert.equal(r?.date.approximate, true);
});

test('readEventDate: "since" starts a span that runs to the publication date', () => {
  const r = read('Russia has been providing air cover to the offensive since 2015.', '2017-05-31');
  assert.deepEqual([r?.date.start, r?.date.end, r?.date.precision], ['2015', '2017', 'year']);
  const d = read('At least 132 militants have been killed since Saturday.', '2015-02-25');
  assert.deepEqual([d?.date.start, d?.date.end, d?.date.precision], ['2015-02-21', '2015-02-25', 'day']);
});

test('readEventDate: plans and dates after publication are expected, not occurred', () => {
  assert.equal(read('Russia says the maps should be ready by June 4.', '2017-05-31')?.status, 'expected');
  assert.equal(read('Talks are expected to resume on Friday.')?.status, 'expected');
  assert.equal(read('The ministers will meet in Geneva on 12 December 2015.')?.status, 'expected');
  assert.equal(read('Jets struck the city on Friday.')?.status, 'occurred');
});

test('saysDateUnknown recognises a text that does not know when', () => {
  for (const s of [
    'There was no information on when the missiles were launched.',
    'The ministry did not say when the strikes took place.',
    'It was not clear when the attack happened.',
  ])
    assert.equal(saysDateUnknown(s), true, s);
  for (const s of ['The ministry said when the strikes would end.', 'Jets struck on Friday.'])
    assert.equal(saysDateUnknown(s), false, s);
});

test('furtherEventDates finds a later event told in the same sentence with its own date', () => {
  const s =
    'ISIS forces, however, recaptured Palmyra in December before Syrian government troops drove them out again in March this year, a monitor said on Monday.';
  const timexes = tagTimexes(s, '2017-05-31');
  const first = readEventDate(s, timexes, '2017-05-31');
  assert.ok(first);
  assert.equal(first.date.start, '2016-12');
  const further = furtherEventDates(s, timexes, '2017-05-31', first);
  // The report date is no further event.
  assert.deepEqual(
    further.map((r) => r.date.start),
    ['2017-03'],
  );
});

test('timexRole: a date after the clause\'s own words is the event\'s even when "said" follows', () => {
  const cases: Array<[sentence: string, phrase: string, expected: string]> = [
    [
      'Russian planes had also targeted Palmyra on Monday, said the head of the Observatory.',
      'Monday',
      'event',
    ],
    ['On Monday, the ministry said jets had hit the city.', 'Monday', 'report'],
    ['The ministry said its Wednesday statement that the strikes hit.', 'Wednesday', 'report'],
    ['Jets struck the city, according to a Monday briefing.', 'Monday', 'report'],
  ];
  for (const [sentence, phrase, expected] of cases) assert.equal(role(sentence, phrase), expected, sentence);
});

test("conflictStart counts the war's age back from publication, as an approximate year", () => {
  const begun = conflictStart('Talks aimed to bring the 4 year conflict to an end.', '2015-11-02');
  assert.deepEqual(begun?.date, {
    start: '2011',
    precision: 'year',
    approximate: true,
    derivation: { method: 'relative', text: '4 year conflict', reference: '2015-11-02' },
  });
  assert.equal(begun?.role, 'background');
  assert.equal(conflictStart("Syria's six-year-old civil war", '2017-03-15')?.date.start, '2011');
  assert.equal(conflictStart('the seven-year war', '2018-04-01')?.date.start, '2011');
  // Not an age of a war, or nothing to count from.
  assert.equal(conflictStart('a 4 year sentence for the war criminal', '2015-11-02'), undefined);
  assert.equal(conflictStart('the 4 year conflict', undefined), undefined);
});
