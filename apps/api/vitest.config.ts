import { defineConfig } from 'vitest/config';
import { databaseTimeouts, oneGraphql } from '../../vitest.shared.ts';

export default defineConfig({ resolve: oneGraphql, test: databaseTimeouts });
