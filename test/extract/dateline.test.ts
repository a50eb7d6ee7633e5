import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateline } from '../../src/extract/dateline.js';

const dateOf = (text: string) => findDateline(text)?.date;

test('datelines in the forms news sites print them', () => {
  const cases: Array<[string, string]> = [
    [
      'Headline\n\nSun 22 Feb 2015 Suicide bomber kills 4. A bomber killed four people on Sunday.',
      '2015-02-22',
    ],
    ['Headline\n\nPublished February 18 2015 The Syrian army captured villages.', '2015-02-18'],
    ['Headline\n\nDate of publication 12 August 2016 Regime forces targeted a funeral.', '2016-08-12'],
    ['Headline\n\nAFP Friday 22 Jul 2016 Aleppo rebel tunnel blast killed 38.', '2016-07-22'],
    ['Headline\n\nLast updated at Jun 182016 BEIRUT At least seven people died.', '2016-06-18'],
    ['Headline\n\nWednesday 26 November 2014 10:07 Air Force Kills 65 Civilians.', '2014-11-26'],
    ['Headline\n\nWed Oct 12 2016 Army Units Kill over 70.', '2016-10-12'],
    ['Headline\n\n01.10.2017Get short URL 4016 At least 12 civilians were killed.', '2017-10-01'],
    ['Headline\n\n13-12-2014 Kurdish Forces Kill 16 Fighters.', '2014-12-13'],
    ['Headline\n\nMay 31, 2017 Missiles were launched.', '2017-05-31'],
  ];
  for (const [text, expected] of cases) assert.equal(dateOf(text), expected, text);
});

test('the dateline keeps its place and its label, so the pipeline can leave it out of event dates', () => {
  const text = 'Headline\n\nPublished July 21 2015 Jets struck.';
  const d = findDateline(text);
  assert.ok(d);
  assert.equal(text.slice(d.start, d.end), 'Published July 21 2015');
  assert.equal(d.label, 'Published');
});

test('a labelled date wins over a bare one; a date inside a sentence is no dateline', () => {
  assert.equal(dateOf('Headline\n\nMay 2 2016 was quiet. Published May 3 2016 Jets struck.'), '2016-05-03');
  assert.equal(dateOf('Headline\n\nJets struck the town on 30 October 2016, the monitor said.'), undefined);
  assert.equal(dateOf('Headline\n\nThe monitor said jets struck the town.'), undefined);
});

test('days a month does not have and dates far into the story are not datelines', () => {
  assert.equal(dateOf('Headline\n\n31 Feb 2016 Jets struck.'), undefined);
  assert.equal(dateOf(`Headline\n\n${'Jets struck the town. '.repeat(20)}12 May 2016`), undefined);
});

test('a clock time written before the date belongs to the dateline, never to the story', () => {
  const text = 'Headline\n\nMiddle East (updated 1838 11.10.2017) Get short URL 113 Nine were killed.';
  const d = findDateline(text);
  assert.ok(d);
  assert.equal(text.slice(d.start, d.end), 'updated 1838 11.10.2017');
  const bare = 'Headline\n\nReports 1924 16.05.2017 Jets struck.';
  const b = findDateline(bare);
  assert.ok(b);
  assert.equal(bare.slice(b.start, b.end), '1924 16.05.2017');
});
