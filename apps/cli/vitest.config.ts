import { defineConfig } from 'vitest/config';
import { databaseTests } from '../../vitest.shared.ts';

// `units import` runs against a real embedded database.
export default defineConfig({ test: databaseTests });
