import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dayNumber, daysFromCivil, formatIsoDate, parseIsoDate } from '../../src/schema/dates.js';

test('parseIsoDate keeps the granularity the date was written with', () => {
  assert.deepEqual(parseIsoDate('2016'), { year: 2016, granularity: 'year' });
  assert.deepEqual(parseIsoDate('2016-03'), { year: 2016, month: 3, granularity: 'month' });
  assert.deepEqual(parseIsoDate('2016-03-27'), { year: 2016, month: 3, day: 27, granularity: 'day' });
  assert.deepEqual(parseIsoDate('-0043-03-15'), { year: -43, month: 3, day: 15, granularity: 'day' });
});

test('parseIsoDate refuses malformed dates and days that do not exist', () => {
  for (const bad of [
    '16',
    '2016-3',
    '2016-00',
    '2016-13',
    '2015-02-29',
    '1900-02-29',
    '2016-03-27T10:00',
    '12000',
    '-0000',
    ' 2016',
  ]) {
    assert.equal(parseIsoDate(bad), undefined, bad);
  }
});

test('dayNumber agrees with Date.UTC on the common era and counts across year 0', () => {
  assert.equal(dayNumber(parseIsoDate('1970-01-01')!), 0);
  assert.equal(dayNumber(parseIsoDate('2016-03')!, 'last'), Date.UTC(2016, 2, 31) / 86_400_000);
  // 1 BCE (year 0) is a leap year in the proleptic Gregorian calendar: 366 days from 0000-01-01 to 0001-01-01.
  assert.equal(daysFromCivil(1, 1, 1) - daysFromCivil(0, 1, 1), 366);
});

test('property: every written day parses back to itself and matches Date.UTC', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -9999, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      (year, month, day) => {
        const text = formatIsoDate({ year, month, day });
        const parsed = parseIsoDate(text);
        assert.deepEqual(parsed, { year, month, day, granularity: 'day' });
        const utc = new Date(Date.UTC(2000, month - 1, day));
        utc.setUTCFullYear(year);
        assert.equal(dayNumber(parsed!) * 86_400_000, utc.getTime());
      },
    ),
  );
});
