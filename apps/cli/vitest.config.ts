import { defineConfig } from 'vitest/config';
import { workers } from '../../vitest.shared.ts';

// `units import` runs the command as people do: it creates and migrates its own embedded database
// (so no template), and its suite sets its own, longer timeout.
export default defineConfig({ test: { ...workers, testTimeout: 30_000 } });
