import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // graphql 16 ships CommonJS and ESM copies; Node loads the CommonJS one for Apollo, so the tests
  // must too, or the schema's types come from "another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    // Each file starts PGlite (~3 s) and, with the test command, a PostgreSQL database.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
