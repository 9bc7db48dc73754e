// `pnpm check`: every check of the workspace, in the order that ends soonest on two cores.
//
// Turbo starts ready tasks in the order of the package graph, so the two longest checks — the API's
// tests and the console's browser tests, which mostly waits on its browser and server — started last
// and ran alone at the end. Here the builds go first, then three lanes run side by side — one per core,
// and the browser tests — each running its tasks in its order (one Turbo run per task, `--only`: their
// dependencies were made first). Every lane runs to its end; the check fails if any task did.
// Lanes balanced on 2026-12-05 from each task's time in a full run (bench/RESULTS.md, "tests"): 5 min
// 58 s; at stop 26 the second lane ran ~25 s longer than the first (356 s against 330 s), so the
// database's PostgreSQL tests (18 s) moved to the first. Tried and worse: three lanes of CPU-bound
// checks (6 min 26 s to 6 min 52 s, the API's tests starved to 296 s), a pool of four slots taking
// tasks longest first (7 min 11 s) and of three with the API's tests on two workers (7 min 38 s).
import { execFileSync, spawn } from 'node:child_process';
import { testsSince } from './failures.mjs';

// Three lanes already keep two cores busy: one Vitest worker per package each imports the code under
// test once instead of twice (the API's module graph costs a worker ~20 s of CPU).
process.env.CHISO_TEST_WORKERS ??= '1';
// A failed test is tried once more, and named at the end whether it then passed or not (vitest.shared.ts).
process.env.CHISO_TEST_RETRY ??= '1';

/** Lines of a failed run's output shown again at the end. */
const TAIL_LINES = 40;

/** A Turbo run, its output passed through as it comes; answers its exit code and its last lines. */
const turbo = (tasks, concurrency) =>
  new Promise((resolve) => {
    const child = spawn(
      'pnpm',
      ['exec', 'turbo', 'run', ...tasks, `--concurrency=${concurrency}`, '--continue', '--only'],
      { stdio: ['inherit', 'pipe', 'pipe'] },
    );
    let tail = [];
    const keep = (into) => (chunk) => {
      into.write(chunk);
      tail = [...tail, ...chunk.toString().split('\n')].slice(-TAIL_LINES);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.once('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), tail: tail.join('\n') }));
  });

/** Made first: what the lanes need. */
const FIRST = ['@chiso/db#generate', '@chiso/admin#generate', '@chiso/api#build', '@chiso/admin#build'];

const LANES = [
  // Two lanes of checks that keep a core busy each, the longest first; short ones last, to even them out.
  [
    '@chiso/api#test',
    '@chiso/db#test',
    '//#typecheck:workspace',
    '@chiso/scoring#test',
    '@chiso/cli#test:pg',
    '@chiso/db#test:pg',
    ['@chiso/criteria#test', '@chiso/bench#test', 'lint'],
  ],
  [
    '@chiso/api#test:pg',
    '@chiso/cli#test',
    '@chiso/admin#test',
    '@chiso/admin#typecheck',
    '@chiso/api#smoke:node22',
    '//#knip',
  ],
  // The browser tests mostly wait on their browser and servers: a lane of their own, using what the
  // other two leave of the cores.
  ['@chiso/admin#e2e'],
];

/** What `turbo run` of every check would run: a lane must hold each, or a new package's tests would be skipped. */
const CHECKS = ['typecheck', 'typecheck:workspace', 'lint', 'knip', 'test', 'test:pg', 'smoke:node22', 'e2e'];
const planned = JSON.parse(
  execFileSync('pnpm', ['exec', 'turbo', 'run', ...CHECKS, '--dry=json'], { encoding: 'utf8' }),
).tasks.filter((task) => task.command !== '<NONEXISTENT>');
const placed = new Set([...FIRST, ...LANES.flat(2)]);
const missing = planned
  .map((task) => task.taskId)
  .filter((id) => !placed.has(id) && !placed.has(id.replace(/^.*#/, '')));
if (missing.length > 0) {
  console.error(`check: put these tasks in a lane of scripts/check.mjs: ${missing.join(', ')}`);
  process.exit(1);
}

/**
 * A lane's tasks one after the other, in the lane's order: one Turbo run each (or per group), since a
 * Turbo run of several tasks at concurrency 1 picks its own order (a run on 2026-12-05 started the
 * API's tests last in their lane, after two minutes of smaller ones).
 */
async function lane(tasks) {
  const failed = [];
  for (const task of tasks) {
    const run = await turbo([task].flat(), 1);
    if (run.code !== 0) failed.push({ task: [task].flat().join(' '), tail: run.tail });
  }
  return failed;
}

const started = Date.now();
const builds = await turbo(FIRST, 2);
const failed = builds.code === 0 ? [] : [{ task: 'the builds', tail: builds.tail }];
// The lanes run even when a quick check failed: one run names every failure.
for (const lost of await Promise.all(LANES.map(lane))) failed.push(...lost);
// Named last, where a log's tail shows it: the tasks' own output scrolls past in three interleaved lanes.
const tests = testsSince(started);
if (tests.flaky.length > 0)
  console.log(
    `\ncheck: ${tests.flaky.length} test(s) failed, then passed when tried again:\n${tests.flaky.join('\n')}\n`,
  );
for (const { task, tail } of failed) console.log(`\ncheck: the end of ${task}'s output:\n${tail}\n`);
if (tests.failed.length > 0)
  console.log(`\ncheck: ${tests.failed.length} failed test(s) in the reports:\n${tests.failed.join('\n')}\n`);
console.log(
  failed.length === 0
    ? 'check: every task passed'
    : `check: failed: ${failed.map(({ task }) => task).join(', ')}`,
);
process.exit(failed.length === 0 ? 0 : 1);
