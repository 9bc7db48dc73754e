import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { printedSchema, schemaFile } from './printed.ts';

it('schema.graphql is up to date (run `pnpm --filter @chiso/api schema`)', () => {
  expect(readFileSync(schemaFile, 'utf8')).toBe(printedSchema());
});
