// The failed tests of a check run, read from the reports the test runners write (Vitest's and
// Playwright's JSON): CI shows only the log's tail, and three interleaved lanes scroll a failure's own
// output far out of it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MESSAGE_LINES = 12;

/** The first lines of a failure's message, without colour codes. */
const shorten = (message) =>
  String(message ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes are what is removed
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .slice(0, MESSAGE_LINES)
    .map((line) => `    ${line}`)
    .join('\n');

/** Vitest's report: failed tests, and files that failed without one (an import error, a crash). */
function vitestFailures(report) {
  const found = [];
  for (const file of report.testResults ?? []) {
    const failed = file.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failed)
      found.push(`${file.name} › ${test.fullName}\n${shorten(test.failureMessages[0])}`);
    if (failed.length === 0 && file.status === 'failed') found.push(`${file.name}\n${shorten(file.message)}`);
  }
  if (found.length === 0 && report.success === false)
    found.push('  every test passed, yet the run failed: an error outside the tests (see the task output)');
  return found;
}

/** Playwright's report: suites nest; a test that passed on a retry is not a failure. */
function playwrightFailures(report) {
  const found = [];
  const visit = (suite, path) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === 'unexpected') {
          const last = test.results.at(-1);
          found.push(`${[...path, spec.title].join(' › ')}\n${shorten(last?.error?.message)}`);
        }
    for (const child of suite.suites ?? []) visit(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) visit(suite, [suite.title]);
  for (const error of report.errors ?? []) found.push(`error\n${shorten(error.message)}`);
  return found;
}

/** The workspace's packages: where each writes its `test-results/`. */
const packages = () => [
  ...['apps', 'packages'].flatMap((root) =>
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(root, entry.name)),
  ),
  'bench',
];

/** Every failure in the reports written since `since` (ms since the epoch). */
export function failuresSince(since) {
  const lines = [];
  for (const dir of packages().map((name) => join(name, 'test-results'))) {
    let names;
    try {
      names = readdirSync(dir).filter((name) => name.endsWith('.json'));
    } catch {
      continue; // a package without tests
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).mtimeMs < since) continue;
      const report = JSON.parse(readFileSync(path, 'utf8'));
      const found = 'testResults' in report ? vitestFailures(report) : playwrightFailures(report);
      for (const failure of found) lines.push(`${path}: ${failure}`);
    }
  }
  return lines;
}
