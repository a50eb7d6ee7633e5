import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPageClutter, isPhotoCaption } from '../../src/extract/page-clutter.js';

test('share widgets, counters and prompts are page clutter; story sentences are not', () => {
  for (const s of [
    'Send in e-mailSend in e-mail',
    'Click the alert icon to follow topics',
    'Print Tweet Views 1430 Related',
    'Get short URL 4016',
  ])
    assert.equal(isPageClutter(s), true, s);
  for (const s of [
    'Syrian army jets carried out at least 25 air strikes on Palmyra on Friday.',
    'Bomb Kills 18 in Damascus Suburb.',
    'Printing presses in Aleppo were shelled.',
    'Share prices fell in Damascus.',
    'Comments by the minister angered Ankara.',
  ])
    assert.equal(isPageClutter(s), false, s);
});

test('photo and video captions are recognised, so their dates never date the story', () => {
  for (const s of [
    'This file photo released on Sunday, May 17, 2015, by SANA, shows the ancient city of Palmyra. Credit: AP',
    'A still taken from Russian Ministry of Defense handout video published on May 31, 2017 shows a missile.',
  ])
    assert.equal(isPhotoCaption(s), true, s);
  assert.equal(
    isPhotoCaption('Russian warships fired four cruise missiles at ISIS positions, the ministry said.'),
    false,
  );
});
