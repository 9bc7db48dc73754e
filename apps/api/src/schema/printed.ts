import { printSchema } from 'graphql';
import { schema } from './index.ts';

/** The committed schema.graphql: `pnpm --filter @chiso/api schema` rewrites it; a test checks it. */
export const schemaFile = new URL('../../schema.graphql', import.meta.url);

export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}
