/**
 * Command line for migrations, run with tsx:
 *   pnpm db:migrate create <name> [--apply] [--empty]
 *                      like `prisma migrate dev --create-only --name <name>`; --empty writes an empty
 *                      migration even without schema changes (for hand-written SQL)
 *   pnpm db:migrate deploy                    like `prisma migrate deploy`
 * Target: DATABASE_URL=postgresql://… if set, else the PGlite data folder (CHISO_DATA_DIR, default ./.data/pglite).
 */
import type { PGlite } from '@electric-sql/pglite';
import { openPglite } from '../client.ts';
import {
  applyMigrations,
  createMigration,
  pgliteMigrationAdapter,
  postgresMigrationAdapter,
} from './index.ts';

const [command, name] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
const pglite = url ? undefined : await openPglite();
const adapter = url ? postgresMigrationAdapter(url) : pgliteMigrationAdapter(pglite as PGlite);
const started = performance.now();
try {
  if (command === 'create' && name) {
    const created = await createMigration({
      adapter,
      name,
      apply: process.argv.includes('--apply'),
      allowEmpty: process.argv.includes('--empty'),
    });
    console.log(created ? `Created prisma/migrations/${created}` : 'No schema changes: nothing to create.');
  } else if (command === 'deploy') {
    const applied = await applyMigrations({ adapter });
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  } else {
    console.error('usage: pnpm db:migrate create <name> [--apply] [--empty] | deploy');
    process.exitCode = 2;
  }
} finally {
  await pglite?.close();
}
console.log(`(${Math.round(performance.now() - started)} ms)`);
