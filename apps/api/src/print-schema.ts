import { writeFileSync } from 'node:fs';
import { printedSchema, schemaFile } from './schema/printed.ts';

writeFileSync(schemaFile, printedSchema());
console.log(`wrote ${schemaFile.pathname}`);
