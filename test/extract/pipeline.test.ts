import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readArticle, type Article } from '../../src/extract/article.js';
import { extractTimeline } from '../../src/extract/pipeline.js';

const article = (file: string, text: string): Article => {
  const { article } = readArticle({ file, bytes: new TextEncoder().encode(text) });
  assert.ok(article, file);
  return article;
};
const leadOf = (text: string) => {
  const timeline = extractTimeline([article('a.txt', text)]);
  const leads = timeline.events.filter((e) => e.mentions.some((m) => m.lead));
  assert.equal(leads.length, 1, 'exactly one lead per article');
  return leads[0]!;
};

test('the lead takes the date its own words give, never the dateline', () => {
  const lead = leadOf(
    'Suicide bomber kills 4 in hometown\n\nSun 22 Feb 2015 A suicide bomber killed four people on Friday in an attack on a hospital.',
  );
  assert.equal(lead.type, 'suicide-bomb');
  assert.deepEqual(lead.date?.start, '2015-02-20');
  assert.equal(lead.date?.derivation.method, 'relative');
});

test('a lead with no date of its own is placed at publication, approximate, and says so', () => {
  const lead = leadOf('Blast kills six\n\nPublished April 19 2017 A bomb blast killed six people in Aleppo.');
  assert.equal(lead.date?.start, '2017-04-19');
  assert.equal(lead.date?.approximate, true);
  assert.equal(lead.date?.derivation.method, 'publication');
});

test('every article has a lead, typed by the headline when its first sentence names no kind of event', () => {
  const lead = leadOf('Air strikes hit the city\n\n7 Jun 2016 Residents of the eastern city woke to smoke.');
  assert.equal(lead.type, 'air-strike');
  assert.equal(lead.mentions[0]!.quote, 'Residents of the eastern city woke to smoke.');
});

test('without any publication date, the lead is undated with a reason rather than given a day', () => {
  const lead = leadOf('Bomb blast kills six\n\nA bomb blast killed six people in Aleppo, state TV said.');
  assert.equal(lead.date, null);
  assert.match(lead.undated?.reason ?? '', /no date/);
});

test('quotes equal the text at their offsets', () => {
  const text =
    'Jets strike\n\nPublished July 21 2015 Jets struck Raqqa on Monday. Talks were held on Tuesday.';
  const timeline = extractTimeline([article('b.txt', text)]);
  assert.ok(timeline.events.length >= 2);
  for (const e of timeline.events)
    for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.quote);
});

test('page clutter and photo captions are never the lead and never date it', () => {
  const lead = leadOf(
    'Jets strike Palmyra\n\nSend in e-mailSend in e-mail\nThis file photo released on Sunday, May 17, 2015, shows Palmyra. Credit: AP\n\nSyrian army jets carried out air strikes on Palmyra on Friday, a monitor said.',
  );
  assert.match(lead.mentions[0]!.quote, /^Syrian army jets/);
});

test('a title given only in front matter is the headline; the text starts with the story', () => {
  const lead = leadOf(
    '---\ntitle: Bomb kills 18 in Damascus suburb\npublished: 2016-05-03\n---\nEighteen people were killed on Monday in a town near the capital.',
  );
  assert.equal(lead.mentions[0]!.quote, 'Eighteen people were killed on Monday in a town near the capital.');
  assert.equal(lead.type, 'remote-explosive-landmine-ied');
  assert.equal(lead.date?.start, '2016-05-02');
});

test('a launch the text cannot date is a range ending at the statement', () => {
  const lead = leadOf(
    'Missiles fired at targets\n\nPublished May 31 2017 Warships have fired four cruise missiles at targets near Palmyra, the ministry said on Wednesday. There was no information on when the missiles were launched.',
  );
  assert.equal(lead.date?.start, null);
  assert.equal(lead.date?.end, '2017-05-31');
});

test("the lead's place: a governorate named next refines 'in Syria'; a place abroad yields to the article's country", () => {
  const refined = leadOf(
    'Turkish strikes kill 9\n\nPublished July 24 2015 Turkish warplanes killed nine fighters in strikes on positions in Syria on Friday. The jets carried out three strikes on positions in northwestern Aleppo province, a monitor said.',
  );
  assert.equal(refined.location?.country, 'Syria');
  assert.equal(refined.location?.admin1, 'Aleppo');
  const home = leadOf(
    'Army kills 75 militants in Daraa\n\nPublished May 2 2016 The army killed 75 militants including fighters from Saudi Arabia in a district of the city. Clashes went on in Daraa and around Damascus.',
  );
  assert.equal(home.location?.country, 'Syria');
});

const eventsOf = (text: string) => extractTimeline([article('c.txt', text)]).events;

test('a headline printed again under the dateline is not the lead; the story is', () => {
  const lead = leadOf(
    'Suicide bomber kills 4 in hometown\n\nSun 22 Feb 2015 Suicide bomber kills 4 in hometown. A suicide bomber killed four people on Sunday at a hospital.',
  );
  assert.match(lead.mentions[0]!.quote, /^A suicide bomber killed four people on Sunday/);
  assert.equal(lead.date?.start, '2015-02-22');
  assert.equal(lead.date?.approximate, false);
});

test('an undated lead takes the window of the next sentence that tells the same kind of event', () => {
  const lead = leadOf(
    'Jets hit the city\n\nPublished 2 November 2015 Areas around the city have been targeted by jets. It was one of 237 targets the air force hit in 131 sorties over the last two days, according to a statement on Monday.',
  );
  assert.deepEqual(
    [lead.date?.start, lead.date?.end, lead.date?.approximate],
    ['2015-10-31', '2015-11-02', true],
  );
  // Another kind of event in the next sentence does not date the lead.
  const other = leadOf(
    'Jets hit the city\n\nPublished 2 November 2015 Areas around the city have been targeted by jets. Talks in Vienna over the last two days made no progress.',
  );
  assert.equal(other.date?.derivation.method, 'publication');
});

test('a clause with its own subject and no date is placed after the dated event, marked as such', () => {
  const events = eventsOf(
    'Army retakes town\n\nPublished 31 May 2017 Rebels shelled the town on Monday. Troops captured Palmyra in March last year and Moscow flew in an orchestra for a concert at the theatre.',
  );
  const capture = events.find((e) => e.type === 'government-regains-territory')!;
  const concert = events.find((e) => e.type === 'cultural-event')!;
  assert.equal(concert.date?.start, '2016-03');
  assert.equal(concert.date?.approximate, true);
  assert.deepEqual(concert.date?.derivation, { method: 'discourse', anchor: capture.id });
  assert.deepEqual(concert.actors, ['Russia']);
  assert.equal(concert.mentions[0]!.quote, capture.mentions[0]!.quote);
});

test("a later sentence dated only by when it was said, telling the lead's kind of event, is not a second event", () => {
  const events = eventsOf(
    'Warships fire missiles\n\nPublished 31 May 2017 Warships fired four cruise missiles at positions near Palmyra, the ministry said. The ministry said in its Wednesday statement that the strikes hit heavy weapons near Palmyra. Rebels shelled Aleppo, a monitor said on Wednesday.',
  );
  assert.deepEqual(events.map((e) => e.mentions[0]!.quote.slice(0, 20)).sort(), [
    'Rebels shelled Alepp',
    'Warships fired four ',
  ]);
});

test("an act of war placed nowhere in particular is placed in the article's country; talks are not", () => {
  const events = eventsOf(
    'Jets strike\n\nPublished 2 November 2015 Russian jets struck Raqqa in Syria on Sunday. The air force hit 237 targets on Monday. Diplomats held talks on Friday.',
  );
  const targets = events.find((e) => e.mentions[0]!.quote.startsWith('The air force'))!;
  assert.equal(targets.location?.name, 'Syria');
  assert.equal(targets.location?.lat, null);
  const talks = events.find((e) => e.type === 'diplomatic-talks')!;
  assert.equal(talks.location, null);
});

test('two events of one sentence each take the actor of their own clause', () => {
  const events = eventsOf(
    'Palmyra changes hands\n\nPublished 31 May 2017 Rebels shelled Homs on Monday. ISIS forces recaptured Palmyra in December before Syrian government troops drove them out again in March this year.',
  );
  const lost = events.find((e) => e.type === 'non-state-actor-overtakes-territory')!;
  const retaken = events.find((e) => e.date?.start === '2017-03')!;
  assert.deepEqual(lost.actors, ['Islamic State']);
  assert.deepEqual(retaken.actors, ['Syrian government']);
  assert.equal(retaken.location?.name, 'Palmyra');
});
