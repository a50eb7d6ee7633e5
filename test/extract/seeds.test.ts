/**
 * The seed articles against the table of dated events in ../shared/seed-facts.md: every event a careful
 * editor finds in them, with the date the text supports (not the one outside reports give), its precision,
 * type, actors and place, and evidence that quotes the text exactly.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readArticle, type Article } from '../../src/extract/article.js';
import { extractTimeline } from '../../src/extract/pipeline.js';
import { validateTimeline } from '../../src/schema/validate.js';
import type { EventType, TimelineEvent } from '../../src/schema/types.js';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const articles: Article[] = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const meta = f.replace(/\.txt$/, '.meta.json');
    const { article } = readArticle({
      file: join(SEEDS, f),
      bytes: readFileSync(join(SEEDS, f)),
      sidecar: { file: meta, text: readFileSync(join(SEEDS, meta), 'utf8') },
    });
    assert.ok(article, f);
    return article;
  });
const texts = new Map(articles.map((a) => [a.id, a.text]));
const timeline = extractTimeline(articles);
const [A000, A001, A002] = ['000_fd8fc1e38568568b', '001_dd24de1a538d7227', '002_564830631f986510'];

/** The one event of `source` of this type whose quote contains `words`. */
function find(source: string, type: EventType, words: string): TimelineEvent {
  const found = timeline.events.filter(
    (e) => e.type === type && e.mentions.some((m) => m.source === source && m.quote.includes(words)),
  );
  assert.equal(found.length, 1, `one ${type} event in ${source} quoting "${words}", found ${found.length}`);
  return found[0]!;
}

function expectDate(e: TimelineEvent, expected: Record<string, unknown>) {
  assert.ok(e.date, `${e.title}: dated`);
  const { derivation, ...date } = e.date;
  const { method, ...rest } = expected;
  assert.deepEqual({ ...date, end: date.end }, { end: undefined, ...rest }, e.title);
  if (method) assert.equal(derivation.method, method, `${e.title}: derived by ${String(method)}`);
}

const isLead = (e: TimelineEvent) => e.mentions.some((m) => m.lead);

test('the seed timeline is valid, and every quote is the text at its offsets', () => {
  assert.deepEqual(validateTimeline(timeline).errors, []);
  for (const e of timeline.events)
    for (const m of e.mentions) assert.equal(texts.get(m.source)!.slice(m.start, m.end), m.quote);
});

test('each seed article has one lead: its own news, dated by its own words', () => {
  for (const a of articles)
    assert.equal(
      timeline.events.filter((e) => e.mentions.some((m) => m.lead && m.source === a.id)).length,
      1,
    );
});

test('000: Russian jets over Palmyra, the 237 targets, the strike on Monday, the Vienna talks, the war', () => {
  // 1: the headline's strikes, dated by the next sentence's "over the last two days" said on Monday.
  const palmyra = find(A000, 'air-strike', 'ISIS-held areas around the ancient city of Palmyra');
  assert.ok(isLead(palmyra));
  expectDate(palmyra, {
    start: '2015-10-31',
    end: '2015-11-02',
    precision: 'day',
    approximate: true,
    method: 'relative',
  });
  assert.deepEqual(palmyra.actors, ['Russia']);
  assert.deepEqual(palmyra.targets, ['Islamic State']);
  assert.equal(palmyra.location?.name, 'Palmyra');
  assert.equal(palmyra.location?.admin1, 'Homs');

  // 2: 237 targets across Syria over the same two days.
  const targets = find(A000, 'air-strike', 'one of 237 targets');
  expectDate(targets, { start: '2015-10-31', end: '2015-11-02', precision: 'day', approximate: true });
  assert.deepEqual(targets.actors, ['Russia']);
  assert.equal(targets.location?.name, 'Syria');

  // 3: "had also targeted Palmyra on Monday": the strike's own day, not the statement's.
  const monday = find(A000, 'air-strike', 'had also targeted Palmyra on Monday');
  expectDate(monday, { start: '2015-11-02', precision: 'day', approximate: false, method: 'relative' });
  assert.deepEqual(monday.actors, ['Russia']);
  assert.equal(monday.location?.name, 'Palmyra');

  // 4: "talks in Vienna on Friday" is Friday before the Monday of publication; the next sentence names who
  // took part.
  const vienna = find(A000, 'diplomatic-talks', 'diplomatic talks in Vienna on Friday');
  expectDate(vienna, { start: '2015-10-30', precision: 'day', approximate: false, method: 'relative' });
  assert.deepEqual(vienna.actors, ['Russia', 'Iran']);
  assert.equal(vienna.location?.name, 'Vienna');
  assert.equal(vienna.location?.country, 'Austria');

  // 18: "the 4 year conflict" dates the war's start, roughly.
  const war = find(A000, 'other', 'the 4 year conflict');
  expectDate(war, { start: '2011', precision: 'year', approximate: true, method: 'relative' });
  assert.equal(war.title, 'Beginning of 4 year conflict');
});

test('001: Palmyra and Raqqa air strikes, the White House and Kerry on talks, the new weapons', () => {
  // 5: the lead, with the Observatory's toll.
  const palmyra = find(A001, 'air-strike', 'at least 25 air strikes');
  assert.ok(isLead(palmyra));
  expectDate(palmyra, { start: '2015-09-18', precision: 'day', approximate: false, method: 'relative' });
  assert.deepEqual(palmyra.actors, ['Syrian government']);
  assert.deepEqual(palmyra.targets, ['Islamic State']);
  assert.equal(palmyra.location?.name, 'Palmyra');
  assert.equal(palmyra.fatalities, 26);

  // 6: "Thursday" against 18 Sep 2015 (a Friday), not against another article's date.
  const raqqa = find(A001, 'air-strike', 'at least 12 air strikes on Raqqa');
  expectDate(raqqa, { start: '2015-09-17', precision: 'day', approximate: false });
  assert.deepEqual(raqqa.actors, ['Syrian government']);
  assert.equal(raqqa.location?.name, 'Raqqa');

  // 7 and 8: talks have parties, not targets.
  const door = find(A001, 'diplomatic-talks', 'the White House did open the door on Thursday');
  expectDate(door, { start: '2015-09-17', precision: 'day', approximate: false });
  assert.deepEqual(door.actors, ['United States', 'Russia']);
  assert.equal(door.targets, undefined);
  const kerry = find(A001, 'diplomatic-talks', 'Kerry said');
  expectDate(kerry, { start: '2015-09-18', precision: 'day', approximate: false });
  assert.deepEqual(kerry.actors, ['United States', 'Russia']);

  // 9: "this week" is the week of publication, no day.
  const weapons = find(A001, 'weapons-supply', 'A source told Reuters this week');
  expectDate(weapons, { start: '2015-09-14', end: '2015-09-20', precision: 'week', approximate: true });
  assert.ok(weapons.actors.includes('Syrian government'));
});

test('001: the archive photo caption and the page widgets are not events and date nothing', () => {
  for (const e of timeline.events) {
    assert.notEqual(e.date?.start, '2015-05-17', e.title);
    for (const m of e.mentions) assert.doesNotMatch(m.quote, /Send in e-mail|Click the alert icon/);
  }
});

test('002: the air campaign, Palmyra taken, the concert, lost and retaken, the deal, the launch, the maps', () => {
  // 10: "since 2015" is a span running to the article's year.
  const cover = find(A002, 'air-strike', 'providing air cover');
  expectDate(cover, {
    start: '2015',
    end: '2017',
    precision: 'year',
    approximate: false,
    method: 'explicit',
  });
  assert.ok(cover.actors.includes('Russia'));

  // 11: "in March last year" is one expression: March 2016.
  const capture = find(A002, 'government-regains-territory', 'captured Palmyra in March last year');
  expectDate(capture, { start: '2016-03', precision: 'month', approximate: false, method: 'relative' });
  assert.deepEqual(capture.actors, ['Syrian government', 'Russia']);
  assert.equal(capture.location?.name, 'Palmyra');

  // 12: no date of its own: placed after the capture by the order of telling, and saying so.
  const concert = find(A002, 'cultural-event', 'triumphant concert');
  expectDate(concert, { start: '2016-03', precision: 'month', approximate: true, method: 'discourse' });
  assert.equal(concert.date?.derivation.anchor, capture.id);
  assert.deepEqual(concert.actors, ['Russia']);
  assert.equal(concert.location?.name, 'Palmyra');

  // 13: "eight months later" counts from March 2016, not from publication.
  const recapture = find(
    A002,
    'non-state-actor-overtakes-territory',
    'recaptured Palmyra eight months later',
  );
  expectDate(recapture, { start: '2016-11', precision: 'month', approximate: true, method: 'anchored' });
  assert.deepEqual(recapture.actors, ['Islamic State']);
  assert.equal(recapture.location?.name, 'Palmyra');

  // 14: the same sentence's second event, with its own clause's actor.
  const retaken = find(A002, 'government-regains-territory', 'drove them out again in March this year');
  expectDate(retaken, { start: '2017-03', precision: 'month', approximate: false, method: 'relative' });
  assert.deepEqual(retaken.actors, ['Syrian government']);
  assert.equal(retaken.location?.name, 'Palmyra');

  // 15: everyone who agreed, and no one else.
  const deal = find(A002, 'agreement', 'Russia, Iran and Turkey agreed');
  expectDate(deal, { start: '2017-05', precision: 'month', approximate: false });
  assert.deepEqual(deal.actors, ['Russia', 'Iran', 'Turkey']);
  assert.equal(deal.status, 'occurred');

  // 16: "no information on when the missiles were launched": a range ending at Wednesday's statement.
  const launch = find(A002, 'shelling-artillery-missile-attack', 'fired four cruise missiles');
  assert.ok(isLead(launch));
  expectDate(launch, { start: null, end: '2017-05-31', precision: 'day', approximate: false });
  assert.deepEqual(launch.actors, ['Russia']);
  assert.deepEqual(launch.targets, ['Islamic State']);
  assert.equal(launch.location?.name, 'Palmyra');

  // 17: an expectation, not an event that happened.
  const maps = find(A002, 'statement', 'should be ready by June 4');
  expectDate(maps, { start: '2017-06-04', precision: 'day', approximate: false });
  assert.equal(maps.status, 'expected');
});

test('002: the statement about the strike tells the lead again; the video caption dates nothing', () => {
  assert.ok(
    !timeline.events.some((e) =>
      e.mentions.some((m) => m.quote.startsWith("Russia's defense ministry said its")),
    ),
  );
  assert.ok(!timeline.events.some((e) => e.mentions.some((m) => m.quote.includes('handout video'))));
});

test('the seeds tell the 18 dated events of the table and nothing else', () => {
  assert.equal(timeline.events.length, 18);
});
