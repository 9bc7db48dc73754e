import { defineConfig } from 'vitest/config';
import { databaseTimeouts } from '../../vitest.shared.ts';

export default defineConfig({ test: databaseTimeouts });
