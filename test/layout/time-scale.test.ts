import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeScale, timeTicks } from '../../src/layout/time-scale.js';

test('timeScale maps the window onto the range and back', () => {
  const s = timeScale([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)], [0, 1000]);
  assert.equal(s(Date.UTC(2016, 0, 1)), 0);
  assert.equal(s(Date.UTC(2017, 0, 1)), 1000);
  assert.equal(s.invert(500), (Date.UTC(2016, 0, 1) + Date.UTC(2017, 0, 1)) / 2);
});

test('ticks adapt to the zoom: years, then months, then days, labelled in the locale', () => {
  const years = timeTicks(timeScale([Date.UTC(2010, 0, 1), Date.UTC(2018, 0, 1)], [0, 800]), 8, 'en');
  assert.deepEqual(
    years.map((t) => t.label),
    ['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018'],
  );
  const months = timeTicks(timeScale([Date.UTC(2016, 0, 1), Date.UTC(2016, 6, 1)], [0, 600]), 6, 'en');
  assert.deepEqual(
    months.map((t) => t.label),
    ['Jan 2016', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul'],
  );
  assert.ok(months[0]!.major && !months[1]!.major);
  const days = timeTicks(timeScale([Date.UTC(2016, 2, 1), Date.UTC(2016, 2, 8)], [0, 700]), 7, 'en');
  assert.equal(days[0]!.label, 'Mar 1, 2016');
  assert.equal(days[1]!.label, 'Mar 2');
  const french = timeTicks(timeScale([Date.UTC(2016, 0, 1), Date.UTC(2016, 6, 1)], [0, 600]), 6, 'fr');
  assert.equal(french[1]!.label, 'févr.');
});

test('a bad locale tag falls back rather than throwing', () => {
  const ticks = timeTicks(
    timeScale([Date.UTC(2010, 0, 1), Date.UTC(2012, 0, 1)], [0, 200]),
    2,
    'not a locale!',
  );
  assert.ok(ticks.length > 0);
});
