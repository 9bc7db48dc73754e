import { defineConfig } from 'vitest/config';
import { workers } from '../../vitest.shared.ts';

// Pure functions: the files share one worker's module graph (see vitest.shared.ts).
export default defineConfig({ test: workers });
