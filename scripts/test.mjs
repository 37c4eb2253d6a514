// `npm test`: build, unit tests (Vitest), then end-to-end tests (Playwright, in Chromium).
// It ends with one line "N passed, N failed, N skipped" over both runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireNode22 } from './node-version.mjs';

requireNode22();
const root = join(import.meta.dirname, '..');
const reports = join(root, 'test-results');
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** A Chromium Playwright can drive: Debian's, or Playwright's own download. */
async function chromiumAvailable() {
  if (existsSync('/usr/bin/chromium')) return true;
  try {
    const { chromium } = await import('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let status = run('build', 'npm', ['run', '-s', 'build']);
if (status !== 0) {
  console.error('The build failed, so no tests ran.');
  process.exit(status);
}

const vitestReport = join(reports, 'vitest.json');
status = run('unit tests (Vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestReport}`,
]);
if (existsSync(vitestReport)) {
  const r = JSON.parse(readFileSync(vitestReport, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}

let e2eStatus;
if (!(await chromiumAvailable())) {
  console.error(
    '\nNo Chromium for the end-to-end tests: install the system package (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or Playwright’s own browser (`npx playwright install chromium`), then run `npm test` again.',
  );
  e2eStatus = 1;
} else {
  const e2eReport = join(reports, 'playwright.json');
  e2eStatus = run('end-to-end tests (Playwright)', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  });
  if (existsSync(e2eReport)) {
    const s = JSON.parse(readFileSync(e2eReport, 'utf8')).stats;
    totals.passed += s.expected + s.flaky;
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status || e2eStatus || (totals.failed ? 1 : 0));
