#!/usr/bin/env node
// Runs every test of the atlas in order and ends with one summary line "N passed, N failed".
//   1. style: Prettier (check), ESLint and knip (npm run lint)
//   2. unit + content validation + golden outputs (vitest, projects "unit" and "golden")
//   3. type check (astro check)
//   4. build of the real site into dist/ (validates content, checks links)
//   5. fixture builds and dist/ checks (vitest, projects "build" and "dist": bad content, base path, HTML validation)
//   6. browser tests against dist/ in Debian Chromium (Playwright)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
/** Wall time of each step, printed at the end so a slow step shows as the content grows. */
const stepTimes = [];

function run(step, command, args, env = {}) {
  console.log(`\n━━ ${step} ━━ ${command} ${args.join(' ')}`);
  const t0 = performance.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  stepTimes.push(`${step} ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  if (r.status !== 0) failedSteps.push(step);
  return r.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium) && !process.env.CHROMIUM_PATH)
  spawnSync('bash', ['scripts/ensure-browser.sh'], { stdio: 'inherit' });
if (!existsSync(chromium)) {
  console.error(
    `✗ Chromium not found at ${chromium}: browser tests cannot run.\n  Install it: sudo apt-get install -y chromium fonts-noto-cjk (bash .ci/run does this), or set CHROMIUM_PATH.`,
  );
  failedSteps.push('browser preflight');
}

const vitest = (projects, out) => [
  'node_modules/vitest/vitest.mjs',
  'run',
  ...projects.split(' ').flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}/${out}.json`,
];
const node = process.execPath;

// npm sets npm_execpath when it runs this script; `npm test` is the usual way in.
const npm = process.env.npm_execpath ? [node, process.env.npm_execpath] : ['npm'];
if (run('lint', npm[0], [...npm.slice(1), 'run', '--silent', 'lint'])) totals.passed += 1;
else totals.failed += 1;

run('unit, content and golden tests', node, vitest('unit golden', 'unit'));
countVitest(`${results}/unit.json`);

if (run('type check', node, ['node_modules/astro/bin/astro.mjs', 'check'])) totals.passed += 1;
else totals.failed += 1;

const built = run('build', node, ['scripts/build.mjs']);
if (built) totals.passed += 1;
else totals.failed += 1;

run('fixture builds', node, vitest('build', 'build'));
countVitest(`${results}/build.json`);

if (built) {
  run('dist checks', node, vitest('dist', 'dist'));
  countVitest(`${results}/dist.json`);
  if (existsSync(chromium)) {
    run('browser tests', node, ['node_modules/@playwright/test/cli.js', 'test']);
    countPlaywright(`${results}/e2e.json`);
  }
}

console.log(`\nStep times: ${stepTimes.join(', ')}.`);
console.log(`${failedSteps.length ? `Failed steps: ${failedSteps.join(', ')}` : 'All steps passed.'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
