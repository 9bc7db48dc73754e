import { readdirSync } from 'node:fs';
import { DEFAULT_MIGRATIONS_DIR } from './engine.ts';

/** The migrations this code was built with: prisma/migrations/<timestamp>_<name>/ folders. */
export function knownMigrations(migrationsDir = DEFAULT_MIGRATIONS_DIR): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

interface RawQuery {
  $queryRawUnsafe<T>(query: string): Promise<T>;
}

/**
 * The known migrations the database has not applied (one query): a server started before
 * `db:migrate deploy` on a new release, or against an older backup. Failed or rolled-back ones count
 * as missing.
 */
export async function missingMigrations(db: RawQuery, known: readonly string[]): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT migration_name AS name FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(rows.map((row) => row.name));
  return known.filter((name) => !applied.has(name));
}
