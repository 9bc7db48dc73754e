import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { workers } from '../../vitest.shared.ts';

export default defineConfig({
  plugins: [react()],
  test: {
    ...workers,
    // Each file gets its own jsdom: the language, storage and routes one screen's test leaves behind
    // must not reach the next.
    isolate: true,
    environment: 'jsdom',
    // Playwright's e2e/*.spec.ts must stay out of Vitest.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['src/test-setup.ts'],
    // Typing into jsdom is slow when the whole workspace's checks share two cores (the default is 5 s).
    testTimeout: 30_000,
  },
});
