/**
 * One transaction of bulk writes, on whatever database the client has: COPY into PGlite through its
 * own transaction, COPY into PostgreSQL over a connection of the load's own (pg-copy-streams), and
 * bulk INSERTs through Prisma otherwise. The demo seed and the national load write through it, so
 * both go in as fast as the database takes rows, and a failure leaves nothing.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db, Tx } from '../client.ts';
import type { EmbeddedTransaction } from '../pglite/embedded.ts';
import { type BulkColumn, bulkInsert } from './bulk.ts';
import { copyHead, copyText } from './copy.ts';

export interface RowWriter {
  /** Writes the rows to the table; `read` gives a row's value for a column (default: its property). */
  insert<Row extends object>(
    table: string,
    columns: readonly BulkColumn[],
    rows: readonly Row[],
    read?: (row: Row, column: string) => unknown,
  ): Promise<void>;
  /** Runs one statement in the same transaction and gives its rows. */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

const property = (row: object, column: string): unknown => (row as Record<string, unknown>)[column];

/**
 * Foreign keys are checked by triggers, one lookup per row: half of PostgreSQL's work in the national
 * load. Rows written here refer only to ids made with them or read in the same load, so a superuser
 * connection turns triggers off for the transaction, as `pg_restore --disable-triggers` does (every
 * trigger, so the change notification the triggers would send is sent here, delivered at commit, and
 * the PublishedChange row they would add — what makes the published snapshots stale — is added here).
 * Another role keeps the checks.
 */
async function skipTriggers(query: (sql: string) => Promise<unknown[]>): Promise<void> {
  const [setting] = (await query(`SELECT current_setting('is_superuser') AS superuser`)) as Array<{
    superuser: string;
  }>;
  if (setting?.superuser !== 'on') return;
  await query('SET LOCAL session_replication_role = replica');
  await query(`SELECT pg_notify('chiso_published', 'bulk load'), "chiso_published_change"()`);
}

/** Runs `write` in one transaction with the fastest writer the client's database has. */
export async function inBulkTransaction<T>(db: Db, write: (writer: RowWriter) => Promise<T>): Promise<T> {
  if (db.$pglite) {
    return db.$pglite.transaction(async (tx) => {
      await skipTriggers(async (sql) => (await tx.query(sql)).rows);
      return write(pgliteWriter(tx));
    });
  }
  if (db.$postgresUrl) return inPostgresTransaction(db.$postgresUrl, write);
  return db.$transaction((tx) => write(prismaWriter(tx)), { timeout: 1_800_000, maxWait: 60_000 });
}

function pgliteWriter(tx: EmbeddedTransaction): RowWriter {
  return {
    async insert(table, columns, rows, read = property) {
      if (rows.length === 0) return;
      const blob = new Blob([...copyText(columns, rows, read)]);
      await tx.query(`${copyHead(table, columns)} FROM '/dev/blob'`, [], { blob });
    },
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await tx.query<T>(sql, [...params])).rows;
    },
  };
}

async function inPostgresTransaction<T>(url: string, write: (writer: RowWriter) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  // A connection the server ends between two statements must fail the load (the next statement
  // rejects), not the process: an 'error' event nobody hears is thrown.
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('BEGIN');
    await skipTriggers((sql) => client.query(sql).then((result) => result.rows));
    const result = await write({
      async insert(table, columns, rows, read = property) {
        if (rows.length === 0) return;
        const stream = client.query(copyFrom(`${copyHead(table, columns)} FROM STDIN`));
        await pipeline(Readable.from(copyText(columns, rows, read)), stream);
      },
      async query<T>(sql: string, params: readonly unknown[] = []) {
        return (await client.query(sql, [...params])).rows as T[];
      },
    });
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

function prismaWriter(tx: Tx): RowWriter {
  return {
    async insert(table, columns, rows, read = property) {
      await bulkInsert(tx, table, columns, rows, read);
    },
    query: (sql, params = []) => tx.$queryRawUnsafe(sql, ...params),
  };
}
