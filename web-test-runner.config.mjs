import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { writeFileSync } from 'node:fs';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

/** Writes the real pass/fail counts for scripts/test.mjs, which prints the closing line CI reads. */
function countingReporter(file) {
  const count = (results, into) => {
    if (!results) return;
    for (const t of results.tests ?? []) {
      if (t.skipped) into.skipped++;
      else if (t.passed) into.passed++;
      else into.failed++;
    }
    for (const s of results.suites ?? []) count(s, into);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      for (const s of sessions) {
        count(s.testResults, totals);
        if (!s.passed && (s.errors?.length ?? 0) > 0) totals.sessionErrors += s.errors.length;
      }
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}

/** The strict policy of issue 5, the one a CMS may serve the element under. */
const STRICT_CSP =
  "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'";

/**
 * Serves everything under /test/csp/ with the strict policy. Only there: the test runner's own pages run
 * inline scripts, which the policy would block.
 */
async function strictCspForCspPages(context, next) {
  await next();
  if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
}

export default {
  files: ['test/element/**/*.test.ts'],
  middleware: [strictCspForCspPages],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), args: chromiumArgs() },
      async createPage({ context }) {
        const page = await context.newPage();
        // A zone that is not UTC, so that local-versus-UTC date bugs show.
        await page.emulateTimezone('America/Los_Angeles');
        return page;
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countingReporter(process.env.WTR_SUMMARY_FILE)],
};
