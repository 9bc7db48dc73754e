// Adds up every package's Vitest JSON reports — `test` (PGlite, vitest.json) and `test:pg` (PostgreSQL,
// vitest-pg.json) — into one closing line ("N passed, N failed"), so a run that
// executed no test is visible as such; exits non-zero if any test failed or none ran.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const folders = ['apps', 'packages']
  .flatMap((folder) => readdirSync(join(root, folder)).map((name) => join(folder, name)))
  .concat(['criteria', 'bench']);

function total(reportName) {
  const sum = { passed: 0, failed: 0, skipped: 0 };
  for (const dir of folders) {
    const file = join(root, dir, 'test-results', reportName);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    sum.passed += report.numPassedTests;
    sum.failed += report.numFailedTests;
    sum.skipped += report.numPendingTests + report.numTodoTests;
  }
  return sum;
}

const runs = { test: total('vitest.json'), 'test:pg': total('vitest-pg.json') };
const all = Object.values(runs).reduce((a, b) => ({
  passed: a.passed + b.passed,
  failed: a.failed + b.failed,
  skipped: a.skipped + b.skipped,
}));
const each = Object.entries(runs)
  .map(([name, run]) => `${name} ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped`)
  .join('; ');
console.log(`tests: ${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped (${each})`);
// `npm test` requires PostgreSQL: a test:pg run that ran nothing is a failure, not a pass.
const missingPostgres = process.env.REQUIRE_POSTGRES === '1' && runs['test:pg'].passed === 0;
if (missingPostgres) console.log('test:pg ran no test, but REQUIRE_POSTGRES=1');
process.exit(all.failed > 0 || all.passed === 0 || missingPostgres ? 1 : 0);
