import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // PGlite starts in ~2.5 s and migrates in ~0.5 s on 2 cores; PostgreSQL databases are created per file.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
