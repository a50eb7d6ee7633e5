// `npm test`: the Node tests (node:test through tsx) and the browser tests (@web/test-runner in Chromium),
// then one closing line "N passed, N failed" from the real results. Exits non-zero on any failure and when
// no test ran at all.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const scratch = mkdtempSync(join(tmpdir(), 'conflict-timeline-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

/** Test files under test/, except the browser ones, which wtr runs. */
function nodeTestFiles(dir = 'test') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join('test', 'element') ? [] : nodeTestFiles(path);
    return /\.test\.ts$/.test(name) ? [path] : [];
  });
}

if (only !== 'browser') {
  const tap = join(scratch, 'node.tap');
  const files = nodeTestFiles().sort();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    // Tests pin a zone that is not UTC, so that local-versus-UTC date bugs show.
    { stdio: 'inherit', env: { ...process.env, TZ: 'America/Los_Angeles' } },
  );
  const out = readFileSync(tap, 'utf8');
  const num = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(out)?.[1] ?? NaN);
  if (Number.isNaN(num('pass'))) broken = true;
  totals.passed += num('pass') || 0;
  totals.failed += num('fail') || 0;
  totals.skipped += (num('skipped') || 0) + (num('todo') || 0);
  if (run.status !== 0 && !num('fail')) broken = true;
  console.log(`node tests: ${num('pass')} passed, ${num('fail')} failed`);
}

if (only !== 'node') {
  ensureChromium();
  const summary = join(scratch, 'wtr.json');
  const run = spawnSync('npx', ['web-test-runner', '--static-logging'], {
    stdio: 'inherit',
    env: { ...process.env, WTR_SUMMARY_FILE: summary },
  });
  let counts;
  try {
    counts = JSON.parse(readFileSync(summary, 'utf8'));
  } catch {
    broken = true;
    counts = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (run.status !== 0 && counts.failed === 0) broken = true;
  if (counts.sessionErrors) broken = true;
  console.log(`browser tests: ${counts.passed} passed, ${counts.failed} failed`);
}

if (broken) console.error('A test runner failed outside any test (see its output above).');
if (totals.passed + totals.failed === 0) console.error('No test ran.');
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed || broken || totals.passed === 0 ? 1 : 0);
