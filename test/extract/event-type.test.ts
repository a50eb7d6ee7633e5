import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  classifyEventType,
  isSpecificType,
  mostSpecificType,
  sameTypeFamily,
} from '../../src/extract/event-type.js';

test('classifyEventType names the means of violence before the general words', () => {
  const cases: Array<[string, string]> = [
    ['A suicide bomber killed 30 people at a wedding party.', 'suicide-bomb'],
    ['At least 17 people were killed by suicide bombings near a police station.', 'suicide-bomb'],
    ['A motorcycle bomber killed at least 16 civilians outside a bakery.', 'suicide-bomb'],
    ['A car bomb killed at least 34 people in a village.', 'remote-explosive-landmine-ied'],
    ['At least 17 were killed in a triple bombing in central Damascus.', 'remote-explosive-landmine-ied'],
    ['A blast ripped through a bus in a central district.', 'remote-explosive-landmine-ied'],
    ['Homemade land mines planted by the group have killed hundreds.', 'remote-explosive-landmine-ied'],
    ['Syrian army jets carried out at least 25 air strikes on Palmyra.', 'air-strike'],
    ['Barrel bombs dropped from helicopters killed 11 civilians.', 'air-strike'],
    ['Regime bombing raids in and around Aleppo killed 31 civilians.', 'air-strike'],
    ['US-led strikes kill 56 civilians in Syria.', 'air-strike'],
    [
      'Russian warships fired four cruise missiles at targets near Palmyra.',
      'shelling-artillery-missile-attack',
    ],
    ['Rebel shelling of a neighbourhood killed seven people.', 'shelling-artillery-missile-attack'],
    ['The opposition accused government forces of gassing hundreds of people.', 'chemical-weapon'],
    ['A chlorine attack hit the town.', 'chemical-weapon'],
    ['Militants executed 48 people in a northern village.', 'execution'],
    ['Government forces recaptured the town.', 'government-regains-territory'],
    ['ISIS fighters seized the ancient city.', 'non-state-actor-overtakes-territory'],
    ['Fierce clashes broke out near the airport.', 'armed-clash'],
    ['Russia, Iran and Turkey agreed to establish safe zones.', 'agreement'],
    ['Diplomats held talks in Vienna.', 'diplomatic-talks'],
    ['At least 20 people were killed in the town.', 'attack'],
    ['Moscow flew in a musician to play a concert at the ancient theatre.', 'cultural-event'],
  ];
  for (const [sentence, type] of cases) assert.equal(classifyEventType(sentence), type, sentence);
});

test('classifyEventType leaves sentences that report no event untyped', () => {
  for (const sentence of [
    'The clan has ruled Syria with an iron fist for more than 40 years.',
    'Share prices rose in the capital.',
    'The mine of information on the website is vast.',
  ])
    assert.equal(classifyEventType(sentence), undefined, sentence);
});

test('classifyEventType near a date types the event that date belongs to', () => {
  const at = (sentence: string, phrase: string) => {
    const start = sentence.indexOf(phrase);
    return classifyEventType(sentence, { start, end: start + phrase.length });
  };
  const talks = 'The latest raids follow diplomatic talks in Vienna on Friday, aiming to end the war.';
  assert.equal(at(talks, 'on Friday'), 'diplomatic-talks');
  assert.equal(classifyEventType(talks), 'air-strike');
  const capture = 'Syrian troops backed by Russian airstrikes captured Palmyra in March last year.';
  assert.equal(at(capture, 'in March last year'), 'government-regains-territory');
  const deal =
    "Earlier this month Russia, Iran and Turkey agreed to establish safe zones, and Assad's air force was to halt flights.";
  assert.equal(at(deal, 'Earlier this month'), 'agreement');
  // A specific kind still wins over a generic killing next to the date.
  const strike = 'Air strikes on a market town killed 61 people on Tuesday.';
  assert.equal(at(strike, 'on Tuesday'), 'air-strike');
});

test('mostSpecificType prefers the first text that names a weapon over a generic killing', () => {
  assert.equal(
    mostSpecificType(['Bomb kills 18 in Damascus suburb', 'Eighteen people were killed on Tuesday.']),
    'remote-explosive-landmine-ied',
  );
  assert.equal(
    mostSpecificType([
      'Four killed in attacks in Aleppo',
      'Terrorists fired rocket shells on a neighbourhood.',
    ]),
    'shelling-artillery-missile-attack',
  );
  assert.equal(mostSpecificType(['Seven killed in Aleppo', 'Nothing more is known.']), 'attack');
  assert.equal(mostSpecificType(['Weather report', 'Sunny.']), undefined);
  assert.equal(isSpecificType('attack'), false);
  assert.equal(isSpecificType('air-strike'), true);
});

test('"in concert with" is no concert', () => {
  assert.equal(classifyEventType('Rebels acted in concert with local councils.'), undefined);
});

test('sameTypeFamily groups the words reports of one incident use for it', () => {
  assert.ok(sameTypeFamily('air-strike', 'shelling-artillery-missile-attack'));
  assert.ok(sameTypeFamily('suicide-bomb', 'remote-explosive-landmine-ied'));
  assert.ok(sameTypeFamily('agreement', 'agreement'));
  assert.ok(!sameTypeFamily('air-strike', 'suicide-bomb'));
  assert.ok(!sameTypeFamily('diplomatic-talks', 'agreement'));
});
