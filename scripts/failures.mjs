// The failed tests of a check run, and those that passed only when tried again, read from the reports
// the test runners write (Vitest's and Playwright's JSON): CI shows only the log's tail, and three
// interleaved lanes scroll a failure's own output far out of it.
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

/**
 * Vitest's report: failed tests, files that failed without one (an import error, a crash), and
 * passed tests that keep a failure's message (they failed once, then passed when tried again).
 */
function vitestTests(report) {
  const found = { failed: [], flaky: [] };
  for (const file of report.testResults ?? []) {
    let failedHere = 0;
    for (const test of file.assertionResults) {
      const line = `${file.name} › ${test.fullName}\n${shorten(test.failureMessages[0])}`;
      if (test.status === 'failed') {
        failedHere += 1;
        found.failed.push(line);
      } else if (test.failureMessages.length > 0) found.flaky.push(line);
    }
    if (failedHere === 0 && file.status === 'failed')
      found.failed.push(`${file.name}\n${shorten(file.message)}`);
  }
  if (found.failed.length === 0 && report.success === false)
    found.failed.push(
      '  every test passed, yet the run failed: an error outside the tests (see the task output)',
    );
  return found;
}

/** Playwright's report: suites nest; "flaky" is its word for a test that passed on a retry. */
function playwrightTests(report) {
  const found = { failed: [], flaky: [] };
  const visit = (suite, path) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests) {
        const kind = { unexpected: 'failed', flaky: 'flaky' }[test.status];
        const error = test.results.find((result) => result.error)?.error;
        if (kind) found[kind].push(`${[...path, spec.title].join(' › ')}\n${shorten(error?.message)}`);
      }
    for (const child of suite.suites ?? []) visit(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) visit(suite, [suite.title]);
  for (const error of report.errors ?? []) found.failed.push(`error\n${shorten(error.message)}`);
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

/** The failed and the flaky tests in the reports written since `since` (ms since the epoch). */
export function testsSince(since) {
  const lines = { failed: [], flaky: [] };
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
      const found = 'testResults' in report ? vitestTests(report) : playwrightTests(report);
      for (const kind of ['failed', 'flaky'])
        lines[kind].push(...found[kind].map((test) => `${path}: ${test}`));
    }
  }
  return lines;
}
