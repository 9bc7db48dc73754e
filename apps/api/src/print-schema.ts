// Rewrites schema.graphql. A change that breaks clients of the committed schema is listed and
// refused unless `--accept-breaking` says it is deliberate (then say so in the commit message).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { breakingChanges } from './schema/checks/breaking.ts';
import { schema } from './schema/index.ts';
import { printedSchema, schemaFile } from './schema/printed.ts';

const accept = process.argv.includes('--accept-breaking');
const previous = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : null;
const breaking = previous ? await breakingChanges(previous, schema) : [];

if (breaking.length > 0) {
  console.error(`${breaking.length} breaking change(s) against the committed ${schemaFile.pathname}:`);
  for (const change of breaking) console.error(`  ${change.type}: ${change.message}`);
  if (!accept) {
    console.error('Not written. If they are deliberate, run again with --accept-breaking.');
    process.exit(1);
  }
}
writeFileSync(schemaFile, printedSchema());
console.log(`wrote ${schemaFile.pathname}`);
