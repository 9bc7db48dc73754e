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
 * Database-backed tests: each file starts PGlite (~3 s) and, with the test command, a PostgreSQL database;
 * the whole workspace's checks share two cores in CI, so a test may take ten times its idle time.
 */
export const databaseTimeouts = { testTimeout: 240_000, hookTimeout: 240_000 };
