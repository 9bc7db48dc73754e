import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MIGRATIONS_DIR, type MigrateOptions, withMigrate } from './engine.ts';

export { pgliteMigrationAdapter, postgresMigrationAdapter } from './adapters.ts';
export { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, type MigrateOptions } from './engine.ts';

/** Like `prisma migrate deploy`: apply pending migrations. Returns the names applied now. */
export async function applyMigrations(options: MigrateOptions): Promise<string[]> {
  return withMigrate(options, async (migrate) => (await migrate.applyMigrations()).appliedMigrationNames);
}

/**
 * Like `prisma migrate dev --create-only --name <name>`: bring the database up to date with the
 * existing migrations, then write `prisma/migrations/<timestamp>_<name>/migration.sql` (and
 * migration_lock.toml) for the difference between them and schema.prisma, computed on a shadow
 * database. The new migration is not applied (pass `apply: true` to apply it right away).
 * Returns the new folder name, or undefined when the schema has no changes — unless `allowEmpty`
 * (then, like the CLI's --create-only, an empty migration is written for hand-written SQL).
 */
export async function createMigration(
  options: MigrateOptions & { name: string; apply?: boolean; allowEmpty?: boolean },
): Promise<string | undefined> {
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const { generatedMigrationName } = await withMigrate(options, async (migrate) => {
    const diagnostic = await migrate.devDiagnostic();
    if (diagnostic.action.tag === 'reset') {
      // The CLI would offer to reset the database here; a library must not drop data on its own.
      throw new Error(`Database needs a reset before creating migrations: ${diagnostic.action.reason}`);
    }
    if ((await migrate.applyMigrations()).appliedMigrationNames.length > 0) {
      // Measured with 7.10.0: createMigration() must follow a devDiagnostic() made while the
      // database is up to date, else the wasm engine fails with "PostgreSQL shadow DB must be
      // provided through an external factory" (on PGlite and PostgreSQL alike).
      await migrate.devDiagnostic();
    }
    return migrate.createMigration({
      migrationName: options.name,
      draft: true, // write only; do not apply
      schema: migrate.getPrismaSchema(),
    });
  });
  if (!generatedMigrationName) return undefined;
  // Without changes the engine still writes "-- This is an empty migration.". (The CLI asks
  // evaluateDataLoss() first, but the wasm engine cannot: it wants a shadow database URL there.)
  if (!options.allowEmpty) {
    const folder = path.join(migrationsDir, generatedMigrationName);
    const sql = await readFile(path.join(folder, 'migration.sql'), 'utf8');
    if (sql.replace(/--.*$/gm, '').trim() === '') {
      await rm(folder, { recursive: true });
      return undefined;
    }
  }
  if (options.apply) await applyMigrations(options);
  return generatedMigrationName;
}
