import { defineConfig } from 'vitest/config';
import { databaseTests } from '../../vitest.shared.ts';

export default defineConfig({ test: databaseTests });
