/**
 * Databases for tests, each a copy of a template (templates.ts): an embedded PGlite, or a database
 * of its own on the PostgreSQL server. A run tests one backend — PGlite for `test`, PostgreSQL for
 * `test:pg` (see global-setup.ts) — and `npm test` runs both.
 */
import { readFile } from 'node:fs/promises';
import { createPrismaClient, type Db, DumpBlob } from '@chiso/db';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type TemplateName, type Templates, urlOf } from './templates.ts';

export interface TestDatabase {
  db: Db;
  /** Closes the client and drops the database. */
  drop(): Promise<void>;
}

export interface OpenOptions {
  /** Start from the demo data (Quảng Ninh's units, criteria sets, two periods, a user per role). */
  demo?: boolean | undefined;
}

export interface TestBackend {
  name: 'PGlite' | 'PostgreSQL';
  /** False when this run's backend is PostgreSQL and no server answers (and none is required). */
  enabled: boolean;
  open(options?: OpenOptions): Promise<TestDatabase>;
}

const templateOf = (options?: OpenOptions): TemplateName => (options?.demo ? 'demo' : 'empty');

/** Each dump is read from disk once per worker. */
const dumps = new Map<string, Promise<Blob>>();

export function pgliteBackend(dumpFiles: Record<TemplateName, string>): TestBackend {
  return {
    name: 'PGlite',
    enabled: true,
    async open(options) {
      const file = dumpFiles[templateOf(options)];
      let dump = dumps.get(file);
      if (!dump) {
        dump = readFile(file).then((bytes) => new DumpBlob(bytes));
        dumps.set(file, dump);
      }
      const pglite = await PGlite.create({
        dataDir: 'memory://',
        loadDataDir: await dump,
        // A test's data fits in a few megabytes; starting with the default 128 MB of shared buffers
        // costs each test file ~0.4 s (PostgreSQL clears them at start).
        startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
      });
      const db = await createPrismaClient({ pglite, migrate: false });
      return { db, drop: () => db.$close() };
    },
  };
}

export function postgresBackend(templates: Templates['postgres'] | undefined): TestBackend {
  return {
    name: 'PostgreSQL',
    enabled: templates !== undefined,
    async open(options) {
      if (!templates) throw new Error('PostgreSQL is not available in this run');
      const name = `chiso_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
      const admin = new pg.Client({ connectionString: templates.adminUrl });
      await admin.connect();
      try {
        // FILE_COPY copies the template's files (a third of the time of the default WAL_LOG, which
        // writes the whole database into the log; the test server runs with fsync off).
        await admin.query(
          `CREATE DATABASE "${name}" TEMPLATE "${templates.databases[templateOf(options)]}" STRATEGY FILE_COPY`,
        );
      } catch (error) {
        await admin.end();
        throw error;
      }
      const db = await createPrismaClient({ databaseUrl: urlOf(templates.adminUrl, name), migrate: false });
      return {
        db,
        drop: async () => {
          await db.$close();
          await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await admin.end();
        },
      };
    },
  };
}

/** The one backend a run with these templates tests. */
export function backendOf(templates: Templates): TestBackend {
  if (templates.pglite) return pgliteBackend(templates.pglite);
  return postgresBackend(templates.postgres);
}
