import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  captionPrefix,
  isPageClutter,
  isPhotoCaption,
  pageClutterPrefix,
} from '../../src/extract/page-clutter.js';

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

test('pageClutterPrefix skips widget labels and counts before the story, and keeps ordinary words', () => {
  const rest = (s: string) => s.slice(pageClutterPrefix(s));
  assert.equal(
    rest('Get short URL 1211 US-led coalition strikes hit Raqqa.'),
    'US-led coalition strikes hit Raqqa.',
  );
  assert.equal(
    rest('Send in e-mail Click the alert icon to follow topics Syrian jets struck.'),
    'Syrian jets struck.',
  );
  assert.equal(rest('Views 2494 At least six were killed.'), 'At least six were killed.');
  assert.equal(rest('Comments by the minister angered Ankara.'), 'Comments by the minister angered Ankara.');
  assert.equal(rest('Share prices fell in Damascus.'), 'Share prices fell in Damascus.');
});

test('a present-tense picture description dated in full is a caption; a dated news sentence is not', () => {
  assert.equal(
    isPhotoCaption('People inspect the damage at a market hit by air strikes on June 5 2016.'),
    true,
  );
  assert.equal(isPhotoCaption('A checkpoint is seen on a highway near Latakia June 6 2015'), true);
  assert.equal(isPhotoCaption('Jets struck a market in the town on June 5 2016, a monitor said.'), false);
  assert.equal(isPhotoCaption('Rescuers search for survivors in the rubble.'), false);
});

test('captionPrefix finds where the story resumes after a caption and its credit', () => {
  const s = 'A checkpoint is seen on a highway near Latakia June 6 2015 (Reuters) Two people were killed.';
  assert.equal(s.slice(captionPrefix(s)), 'Two people were killed.');
  const quoted =
    'A checkpoint is seen after rebels said they took control of it June 6 2015 (Reuters) Two people were killed.';
  assert.equal(quoted.slice(captionPrefix(quoted)), 'Two people were killed.');
  const wire = 'BEIRUT (Reuters) Syrian jets struck Raqqa on Friday.';
  assert.equal(captionPrefix(wire), 0);
});
