import { defineConfig } from 'vitest/config';
import { databaseTests, oneGraphql } from '../../vitest.shared.ts';

// The API's tests, and its benchmarks' checks (bench/: statement counts, the national dataset, a load smoke run).
export default defineConfig({
  resolve: oneGraphql,
  test: { ...databaseTests, include: databaseTests.include ?? ['src/**/*.test.ts', 'bench/**/*.test.ts'] },
});
