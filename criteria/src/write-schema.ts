import { writeFileSync } from 'node:fs';
import { schemaFile, schemaText } from './schema.ts';

writeFileSync(schemaFile, schemaText());
console.log(`wrote ${schemaFile}`);
