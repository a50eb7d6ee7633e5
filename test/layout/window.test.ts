import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  MIN_WINDOW_MS,
  daysToWindow,
  panLimits,
  panWindow,
  windowToDays,
  zoomWindow,
} from '../../src/layout/window.js';

const DAY = 86_400_000;
const extent: [number, number] = [Date.UTC(2015, 0, 1), Date.UTC(2018, 0, 1)];
const limits = panLimits(extent);

test('zooming keeps the moment under the pointer in place', () => {
  const w: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)];
  const at = Date.UTC(2016, 3, 1);
  const z = zoomWindow(w, 2, at, limits);
  assert.equal(z[1] - z[0], (w[1] - w[0]) / 2);
  assert.ok(Math.abs((at - z[0]) / (z[1] - z[0]) - (at - w[0]) / (w[1] - w[0])) < 1e-9);
});

test('zoom and pan never leave the limits nor go below two days, whatever the reader does', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          fc.record({
            zoom: fc.double({ min: 0.01, max: 100, noNaN: true }),
            at: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          fc.record({ pan: fc.double({ min: -1e12, max: 1e12, noNaN: true }) }),
        ),
        { maxLength: 30 },
      ),
      (steps) => {
        let w: readonly [number, number] = extent;
        for (const s of steps) {
          w =
            'zoom' in s
              ? zoomWindow(w, s.zoom, w[0] + s.at * (w[1] - w[0]), limits)
              : panWindow(w, s.pan, limits);
          assert.ok(w[1] - w[0] >= MIN_WINDOW_MS - 1);
          assert.ok(w[0] >= limits[0] - 1 && w[1] <= limits[1] + 1);
        }
      },
    ),
  );
});

test('start and end read as the days shown, and any ISO date sets them', () => {
  assert.deepEqual(windowToDays([Date.UTC(2016, 2, 1), Date.UTC(2016, 3, 1)]), ['2016-03-01', '2016-03-31']);
  assert.deepEqual(daysToWindow('2016-03', '2016-03'), [Date.UTC(2016, 2, 1), Date.UTC(2016, 3, 1)]);
  assert.deepEqual(daysToWindow('2016', '2017-01-31'), [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 31) + DAY]);
  assert.equal(daysToWindow('2017', '2016'), undefined);
  assert.equal(daysToWindow('yesterday', '2016'), undefined);
});
