import { defineConfig } from 'vitest/config';
import { workers } from '../vitest.shared.ts';

// The criteria files' checks share one worker's module graph (see vitest.shared.ts).
export default defineConfig({ test: workers });
