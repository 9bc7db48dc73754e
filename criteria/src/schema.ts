import { join } from 'node:path';
import { criteriaSetJsonSchema } from '@chiso/scoring';
import { criteriaDir } from './files.ts';

/** The JSON Schema that criteria files name in `$schema`, generated from the zod model. */
export const schemaFile = join(criteriaDir, 'criteria-set.schema.json');

export function schemaText(): string {
  return `${JSON.stringify(criteriaSetJsonSchema(), null, 2)}\n`;
}
