import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../client.ts';
import { testBackends } from '../test-backends.ts';
import {
  applyMigrations,
  createMigration,
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  pgliteMigrationAdapter,
  postgresMigrationAdapter,
} from './index.ts';

const backends = await testBackends();
const postgres = backends.find((backend) => backend.name === 'PostgreSQL');
// The PGlite cases run with `test`; `test:pg` runs only the PostgreSQL one.
const onPglite = backends.some((backend) => backend.name === 'PGlite');
const adminUrl = process.env.TEST_POSTGRES_URL as string;
const committed = (await readdir(DEFAULT_MIGRATIONS_DIR)).filter((name) => /^\d{14}_/.test(name));
const addedColumn = /ALTER TABLE "Unit" ADD COLUMN\s+"shortName" TEXT;/;

let dir: string;
let changedSchema: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chiso-migrate-'));
  changedSchema = join(dir, 'schema.prisma');
  const schema = await readFile(DEFAULT_SCHEMA_PATH, 'utf8');
  await writeFile(changedSchema, schema.replace(/^(\s+searchName\s+String)$/m, '  shortName   String?\n$1'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A migration's SQL statements, without its comments. */
const statements = (sql: string): string[] =>
  sql
    .replace(/--.*$/gm, '')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);

async function copyOfMigrations(name: string): Promise<string> {
  const copy = join(dir, name);
  await cp(DEFAULT_MIGRATIONS_DIR, copy, { recursive: true });
  return copy;
}

// Creating a migration replays every committed one into a shadow database through the WebAssembly
// engine: tens of seconds on a busy 2-core machine, so these tests may take longer than the default.
describe('offline migrations', { timeout: 120_000 }, () => {
  // The new migration holds the added column and nothing else, so the committed migrations match
  // schema.prisma too (one shadow replay instead of two: each takes tens of seconds).
  it.runIf(onPglite)('match schema.prisma, and are created on PGlite for a changed schema', async () => {
    const db = await openPglite('memory://');
    try {
      const migrationsDir = await copyOfMigrations('pglite');
      const adapter = pgliteMigrationAdapter(db);
      const name = await createMigration({
        adapter,
        name: 'short_name',
        schemaPath: changedSchema,
        migrationsDir,
      });
      expect(name).toMatch(/^\d{14}_short_name$/);
      const sql = await readFile(join(migrationsDir, name as string, 'migration.sql'), 'utf8');
      expect(statements(sql)).toHaveLength(1);
      expect(sql).toMatch(addedColumn);
    } finally {
      await db.close();
    }
  });

  it.skipIf(!postgres?.enabled)(
    'are created on PostgreSQL (its shadow database dropped) and apply on PGlite',
    async () => {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      const database = `chiso_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
      await admin.query(`CREATE DATABASE "${database}"`);
      const db = await openPglite('memory://');
      try {
        const url = new URL(adminUrl);
        url.pathname = `/${database}`;
        const migrationsDir = await copyOfMigrations('postgres');
        const adapter = postgresMigrationAdapter(url.toString());
        const name = await createMigration({
          adapter,
          name: 'short_name',
          schemaPath: changedSchema,
          migrationsDir,
        });
        expect(await readFile(join(migrationsDir, name as string, 'migration.sql'), 'utf8')).toMatch(
          addedColumn,
        );
        const shadows = await admin.query(
          "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'",
        );
        expect(shadows.rows).toEqual([]);
        expect(await applyMigrations({ adapter: pgliteMigrationAdapter(db), migrationsDir })).toEqual([
          ...committed,
          name,
        ]);
      } finally {
        await db.close();
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});
