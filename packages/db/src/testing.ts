/**
 * Databases for tests: a fresh in-memory PGlite always, and a fresh database on the PostgreSQL
 * server at TEST_POSTGRES_URL (an admin URL allowed to CREATE DATABASE) when it answers.
 * With REQUIRE_POSTGRES=1 (the test command sets it) an unreachable server is an error, not a skip.
 */
import pg from 'pg';
import { createPrismaClient, type Db } from './client.ts';

export interface TestDatabase {
  db: Db;
  /** Closes the client and drops the database. */
  drop(): Promise<void>;
}

export interface TestBackend {
  name: 'PGlite' | 'PostgreSQL';
  enabled: boolean;
  open(): Promise<TestDatabase>;
}

const adminUrl = process.env.TEST_POSTGRES_URL;

async function reachable(url: string | undefined): Promise<boolean> {
  if (!url) return false;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

let postgresUp: Promise<boolean> | undefined;

/** The backends every database test runs against. */
export async function testBackends(): Promise<TestBackend[]> {
  postgresUp ??= reachable(adminUrl);
  const hasPostgres = await postgresUp;
  if (!hasPostgres && process.env.REQUIRE_POSTGRES === '1') {
    throw new Error(`PostgreSQL is required but not reachable at TEST_POSTGRES_URL=${adminUrl ?? '(unset)'}`);
  }
  return [
    { name: 'PGlite', enabled: true, open: openPglite },
    { name: 'PostgreSQL', enabled: hasPostgres, open: openPostgres },
  ];
}

async function openPglite(): Promise<TestDatabase> {
  const db = await createPrismaClient({ dataDir: 'memory://' });
  return { db, drop: () => db.$close() };
}

async function openPostgres(): Promise<TestDatabase> {
  const name = `chiso_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl as string);
  url.pathname = `/${name}`;
  const db = await createPrismaClient({ databaseUrl: url.toString(), migrate: true });
  return {
    db,
    drop: async () => {
      await db.$close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
