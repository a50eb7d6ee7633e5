import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/extract/sentences.js';

test('sentences keep their offsets into the text', () => {
  const text = 'Headline here\n\nFirst one. Second one?  Third!';
  const s = splitSentences(text);
  assert.deepEqual(
    s.map((x) => x.text),
    ['Headline here', 'First one.', 'Second one?', 'Third!'],
  );
  for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
});

test('"U.S." and "Gen." do not end a sentence', () => {
  const text = 'On Friday, U.S. Secretary of State John Kerry said so. Lt. Gen. Smith agreed.';
  assert.deepEqual(
    splitSentences(text).map((x) => x.text),
    ['On Friday, U.S. Secretary of State John Kerry said so.', 'Lt. Gen. Smith agreed.'],
  );
});

test('"a.m." and "p.m." do not end a sentence', () => {
  const text = 'The deadline is 9 a.m. Tuesday. Talks ended at 5 p.m. on Friday.';
  assert.deepEqual(
    splitSentences(text).map((x) => x.text),
    ['The deadline is 9 a.m. Tuesday.', 'Talks ended at 5 p.m. on Friday.'],
  );
});

test('splitting can start after front matter', () => {
  const text = '---\ntitle: t\n---\nBody. More.';
  assert.deepEqual(
    splitSentences(text, 17).map((x) => x.text),
    ['Body.', 'More.'],
  );
});
