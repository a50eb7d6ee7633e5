import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clauseAt, splitClauses } from '../../src/extract/clauses.js';

const cut = (sentence: string) => splitClauses(sentence).map((c) => [c.joint, c.text]);

test('a new subject after "and" opens a clause of its own', () => {
  assert.deepEqual(
    cut(
      'Syrian troops captured Palmyra in March last year and Moscow even flew in an orchestra for a concert.',
    ),
    [
      ['first', 'Syrian troops captured Palmyra in March last year'],
      ['and', 'and Moscow even flew in an orchestra for a concert.'],
    ],
  );
});

test('names listed with "and" stay in one clause: there is no verb before them', () => {
  assert.equal(
    splitClauses('Earlier this month Russia, Iran and Turkey agreed to establish safe zones.').length,
    1,
  );
  assert.equal(splitClauses('The talks involved Russia and Iran.').length, 1);
});

test('"before"/"after" with a subject and a verb start what came next', () => {
  assert.deepEqual(
    cut(
      'ISIS forces recaptured Palmyra eight months later before Syrian government troops drove them out again.',
    ),
    [
      ['first', 'ISIS forces recaptured Palmyra eight months later'],
      ['then', 'before Syrian government troops drove them out again.'],
    ],
  );
  // "after" with no clause behind it is a preposition.
  assert.equal(splitClauses('Ten people were killed after the air strikes on Friday.').length, 1);
});

test('relative clauses, semicolons and trailing participles are cut, and offsets match the text', () => {
  const sentence =
    'Russia, Iran and Turkey agreed to set up safe zones, signing on to a plan under which the air force would halt flights; talks go on.';
  const clauses = splitClauses(sentence);
  assert.deepEqual(
    clauses.map((c) => c.text),
    [
      'Russia, Iran and Turkey agreed to set up safe zones',
      'signing on to a plan',
      'under which the air force would halt flights',
      'talks go on.',
    ],
  );
  for (const c of clauses) assert.equal(sentence.slice(c.start, c.end), c.text);
});

test('clauseAt finds the clause of a span and falls back to the sentence across a cut', () => {
  const sentence = 'ISIS recaptured Palmyra in December before government troops drove them out in March.';
  const march = sentence.indexOf('March');
  assert.equal(
    clauseAt(sentence, { start: march, end: march + 5 }).text,
    'before government troops drove them out in March.',
  );
  assert.equal(clauseAt(sentence, { start: 0, end: sentence.length }).text, sentence);
});
