// `pnpm check`: every check of the workspace, in the order that ends soonest on two cores.
//
// Turbo starts ready tasks in the order of the package graph, so the two longest checks — the API's
// tests and the console's browser tests, which mostly waits on its browser and server — started last
// and ran alone at the end. Here the builds go first, then a pool of slots takes the checks longest
// first, each a Turbo run of its own (`--only`: its dependencies were made first), and a slot that
// frees takes the next one. Three slots on two cores: the browser tests wait on a browser and a
// server much of the time, and a third task fills those gaps (a fourth starved the API's tests, the
// longest, to 407 s). Every task runs; the check fails if any did.
import { execFileSync, spawn } from 'node:child_process';

// Three tasks at a time already keep two cores busy: one Vitest worker per package imports the code
// under test once instead of twice (the API's module graph costs a worker ~20 s of CPU) — except for
// the API's own tests, the longest task, which start first and take two while the others are short.
const SLOTS = 3;
const WORKERS = { '@chiso/api#test': '2' };

const turbo = (tasks, concurrency) =>
  new Promise((resolve) => {
    const workers = WORKERS[tasks[0]] ?? '1';
    const child = spawn(
      'pnpm',
      ['exec', 'turbo', 'run', ...tasks, `--concurrency=${concurrency}`, '--continue', '--only'],
      {
        stdio: 'inherit',
        env: { ...process.env, CHISO_TEST_WORKERS: process.env.CHISO_TEST_WORKERS ?? workers },
      },
    );
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

/** Made first: what the checks need. */
const FIRST = ['@chiso/db#generate', '@chiso/admin#generate', '@chiso/api#build', '@chiso/admin#build'];

/** Longest first, by each task's time in a full run on 2026-12-05 (bench/RESULTS.md, "tests"). */
const CHECKS = [
  '@chiso/api#test', // 260 s
  '@chiso/admin#e2e', // 190 s
  '@chiso/cli#test', // 130 s
  '@chiso/api#test:pg', // 130 s
  '@chiso/db#test', // 85 s
  '@chiso/admin#test', // 55 s
  '@chiso/admin#typecheck', // 40 s
  '@chiso/scoring#test', // 25 s
  '//#typecheck:workspace', // 20 s
  '@chiso/api#smoke:node22', // 15 s
  '@chiso/db#test:pg', // 13 s
  'lint', // every package, 10 s
  '//#knip', // 7 s
  '@chiso/cli#test:pg', // 7 s
  '@chiso/bench#test',
  '@chiso/criteria#test',
  '@chiso/testing#test',
];

// Every task `turbo run` of these scripts would run must be placed, or a new package's tests would be skipped.
const SCRIPTS = [
  'typecheck',
  'typecheck:workspace',
  'lint',
  'knip',
  'test',
  'test:pg',
  'smoke:node22',
  'e2e',
];
const planned = JSON.parse(
  execFileSync('pnpm', ['exec', 'turbo', 'run', ...SCRIPTS, '--dry=json'], { encoding: 'utf8' }),
).tasks.filter((task) => task.command !== '<NONEXISTENT>');
const placed = new Set([...FIRST, ...CHECKS]);
const missing = planned
  .map((task) => task.taskId)
  .filter((id) => !placed.has(id) && !placed.has(id.replace(/^.*#/, '')));
if (missing.length > 0) {
  console.error(`check: add these tasks to CHECKS in scripts/check.mjs: ${missing.join(', ')}`);
  process.exit(1);
}

const first = await turbo(FIRST, 2);
// The checks run even when a build failed: one run names every failure.
const queue = [...CHECKS];
const failed = [];
await Promise.all(
  Array.from({ length: SLOTS }, async () => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      if ((await turbo([task], 1)) !== 0) failed.push(task);
    }
  }),
);
if (failed.length > 0) console.error(`check: failed: ${failed.join(', ')}`);
process.exit(first !== 0 || failed.length > 0 ? 1 : 0);
