import { defineConfig } from 'vitest/config';
import { databaseTests, oneGraphql } from '../../vitest.shared.ts';

export default defineConfig({ resolve: oneGraphql, test: databaseTests });
