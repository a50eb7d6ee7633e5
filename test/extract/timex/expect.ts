import assert from 'node:assert/strict';
import { tagTimexes } from '../../../src/extract/timex/index.js';

/** [text as written, TIMEX3 type, value] for every timex found, in order. */
export type Row = [string, string, string];

export function tags(text: string, dct: string): Row[] {
  return tagTimexes(text, dct).map((t) => [t.text, t.type, t.value]);
}

/** Each case: a sentence, its publication date, and every timex it must yield (and nothing else). */
export function expectAll(cases: ReadonlyArray<readonly [string, string, Row[]]>): void {
  for (const [text, dct, expected] of cases)
    assert.deepEqual(tags(text, dct), expected, `${text} (DCT ${dct})`);
}
