import { defineConfig } from 'vitest/config';
import { workers } from '../vitest.shared.ts';

// The scoring benchmark's checks: pure computation, no database (the API's benchmarks live in apps/api/bench).
export default defineConfig({ test: workers });
