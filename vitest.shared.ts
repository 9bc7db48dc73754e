import { createRequire } from 'node:module';
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
 * two forks per package; CHISO_TEST_WORKERS overrides it on a bigger machine.
 */
export const workers: NonNullable<ViteUserConfig['test']> = {
  pool: 'forks',
  maxWorkers: Number(process.env.CHISO_TEST_WORKERS ?? 2),
};

/**
 * Database-backed tests: the global setup migrates and loads the demo once per run into template
 * databases (@chiso/testing), so each file opens a copy in well under a second. A test still gets
 * 30 s and a hook 60 s (a suite's beforeAll builds its fixtures through the API) on two busy cores.
 */
export const databaseTests: NonNullable<ViteUserConfig['test']> = {
  ...workers,
  globalSetup: [`${import.meta.dirname}/packages/testing/src/global-setup.ts`],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};
