import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatEventDate } from '../../src/layout/format.js';
import type { EventDate } from '../../src/schema/types.js';

const d = (x: Partial<EventDate>): EventDate => ({
  start: null,
  precision: 'day',
  approximate: false,
  derivation: { method: 'explicit' },
  ...x,
});

test("dates read as precisely as the text gave them, whatever the reader's time zone", () => {
  const table: [EventDate | null, string][] = [
    [d({ start: '2015-11-02' }), 'November 2, 2015'],
    [d({ start: '2016-03', precision: 'month' }), 'March 2016'],
    [d({ start: '2016-11', precision: 'month', approximate: true }), 'about November 2016'],
    [d({ start: '2015', precision: 'year', end: null }), 'since 2015'],
    [d({ start: null, end: '2017-05-31' }), 'by May 31, 2017'],
    [d({ start: '2016-03', end: '2016-05', precision: 'month' }), 'March 2016 – May 2016'],
    [d({ start: '-0043-03-15' }), 'March 15, 44 BC'],
    [null, 'undated'],
  ];
  for (const [date, text] of table) assert.equal(formatEventDate(date, 'en-US'), text);
});
