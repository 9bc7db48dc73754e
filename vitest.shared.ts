import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * graphql 16 ships CommonJS and ESM copies; Node loads the CommonJS one for Apollo Server, so tests
 * must too, or the schema's types come from "another module or realm".
 */
export const oneGraphql: ViteUserConfig['resolve'] = {
  alias: [
    {
      find: /^graphql$/,
      replacement: require.resolve('graphql', { paths: [`${import.meta.dirname}/apps/api`] }),
    },
  ],
};

/**
 * Test workers for two cores shared with the rest of the checks (Turbo runs two tasks at a time):
 * two forks per package; CHISO_TEST_WORKERS overrides it on a bigger machine. The files of a worker
 * share one module graph (`isolate: false`): importing the API once per worker instead of once per
 * file takes its tests from ~2 minutes to ~40 s. That is safe because no test replaces a module or
 * the environment, and the only module-level caches hold criteria documents by (id, revision),
 * which every copy of a template shares unchanged (its versions are published, so never edited).
 */
export const workers: NonNullable<ViteUserConfig['test']> = {
  pool: 'forks',
  maxWorkers: Number(process.env.CHISO_TEST_WORKERS ?? 2),
  isolate: false,
  // In `pnpm check` (the test command CI runs) a failed test is tried once more, so one flaky test
  // does not keep a whole change from landing: check names every test that needed it at the end of
  // its log, to be fixed. A retry runs the test again, not its file's beforeAll: figures measured
  // there fail again (stop 27's CI failure, bench/sql.test.ts, was one).
  retry: Number(process.env.CHISO_TEST_RETRY ?? 0),
};

/** The test files of the working folder's sources and benchmarks that ask for a database backend (or db's demo database). */
function databaseTestFiles(): string[] {
  return ['src', 'bench']
    .filter((folder) => existsSync(folder))
    .flatMap((folder) => readdirSync(folder, { withFileTypes: true, recursive: true }))
    .filter((entry) => entry.isFile() && /\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => /\b(testBackends|demoDatabase)\b/.test(readFileSync(file, 'utf8')));
}

/**
 * Database-backed tests: the global setup migrates and loads the demo once per run into template
 * databases (@chiso/testing), so each file opens a copy in well under a second. A test still gets
 * 30 s and a hook 60 s (a suite's beforeAll builds its fixtures through the API) on two busy cores.
 */
export const databaseTests: NonNullable<ViteUserConfig['test']> = {
  ...workers,
  // `test:pg` repeats only what depends on the database: the other files ran with `test`.
  ...(process.env.CHISO_TEST_BACKEND === 'postgres' ? { include: databaseTestFiles() } : {}),
  globalSetup: [`${import.meta.dirname}/packages/testing/src/global-setup.ts`],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};
