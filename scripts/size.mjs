// `npm run size`: the self-contained bundle's size, minified (rollup's terser) and gzipped, against the
// budget of issue 6. Exits non-zero above the budget, so CI refuses a change that makes readers download more.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUNDLE = 'dist/conflict-timeline.bundle.js';
/** 35 KB in kilobytes of 1,000 bytes: the stricter reading of the budget. */
const BUDGET = 35_000;

let code;
try {
  code = readFileSync(BUNDLE);
} catch {
  console.error(`${BUNDLE} is missing: run "npm run build" first.`);
  process.exit(1);
}
const gzipped = gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log(`${BUNDLE}: ${kb(code.length)} minified, ${kb(gzipped)} min+gzip (budget ${kb(BUDGET)})`);
if (gzipped > BUDGET) {
  console.error(`Over budget by ${kb(gzipped - BUDGET)}.`);
  process.exit(1);
}
