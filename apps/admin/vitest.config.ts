import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { workers } from '../../vitest.shared.ts';

export default defineConfig({
  plugins: [react()],
  test: {
    ...workers,
    // A worker's files share one jsdom and module graph (as the API's tests do): setting up jsdom and
    // importing React per file took ~60 s of the run. src/test-setup.ts puts the page back after each
    // test (nothing rendered, Vietnamese, empty storage, root URL); the suite passes shuffled.
    isolate: false,
    environment: 'jsdom',
    // Playwright's e2e/*.spec.ts must stay out of Vitest.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['src/test-setup.ts'],
    // Typing into jsdom is slow when the whole workspace's checks share two cores (the default is 5 s).
    testTimeout: 30_000,
  },
});
