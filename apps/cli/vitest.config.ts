import { defineConfig } from 'vitest/config';
import { databaseTimeouts } from '../../vitest.shared.ts';

// `units import` runs against a real embedded database.
export default defineConfig({ test: databaseTimeouts });
