import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tagTimexes } from '../../../src/extract/timex/index.js';
import { formatIsoDate } from '../../../src/schema/dates.js';

// TIMEX3 values: dates at any granularity (with weeks, seasons, quarters, halves, parts of day and clock
// times), durations, sets' wildcards, and the three references.
const TIMEX3_VALUE =
  /^(?:(?:[+-]?\d{4}|\d{2,3})(?:-(?:\d{2}(?:-\d{2}(?:T(?:\d{2}(?::\d{2})?|MO|MI|AF|EV|NI|DT))?)?|W\d{2}(?:-WE)?|Q[1-4X]|H[12]|SP|SU|FA|WI))?|XXXX-(?:\d{2}|WXX-\d(?:T(?:MO|AF|EV|NI))?|SP|SU|FA|WI)|P(?:(?:\d+(?:\.\d+)?|X)[YMWDQ])*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?|P(?:RESENT|AST|UTURE)_REF|(?:PRESENT|PAST|FUTURE)_REF)$/;

const dct = fc
  .record({
    year: fc.integer({ min: 1, max: 2999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map((d) => formatIsoDate(d));

const WORDS = [
  'on',
  'Friday',
  'last',
  'next',
  'year',
  'March',
  'May',
  '2016',
  'ago',
  'two',
  'days',
  'later',
  'the',
  'quarter',
  'third',
  'earlier',
  'this',
  'month',
  'of',
  'mid-',
  'late',
  'every',
  'week',
  '5',
  'p.m.',
  'since',
  'from',
  'to',
  ',',
  '.',
  '31',
];
const newsish = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' '));

test('property: the tagger never throws, on any string and any reference date', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), newsish), dct, (text, ref) => {
      tagTimexes(text, ref);
    }),
    { numRuns: 500 },
  );
});

test('property: every value is well-formed TIMEX3 and every extent is the text at its offsets', () => {
  fc.assert(
    fc.property(fc.oneof(newsish, fc.string()), dct, (text, ref) => {
      for (const t of tagTimexes(text, ref)) {
        assert.match(t.value, TIMEX3_VALUE, `${t.value} from "${t.text}"`);
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(t.end > t.start);
      }
    }),
    { numRuns: 1000 },
  );
});

test('a malformed reference date is refused with the date named', () => {
  assert.throws(
    () => tagTimexes('on Friday', '2015-13-01'),
    /dct must be a date written YYYY-MM-DD, got "2015-13-01"/,
  );
});
