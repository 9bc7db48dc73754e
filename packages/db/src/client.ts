/**
 * createPrismaClient(): the one way the app gets a database.
 *
 * - Default: embedded PostgreSQL (PGlite) in a data folder, created and migrated on first start
 *   (pending migrations are applied on every start, which is a no-op when up to date).
 *   `dataDir: "memory://"` gives a throw-away in-memory database (tests).
 * - `databaseUrl` (or DATABASE_URL=postgresql://…): a real PostgreSQL server via @prisma/adapter-pg.
 *   Migrations there are a deploy step (`tsx src/cli.ts deploy`), unless `migrate: true`.
 *
 * Every client counts the SQL statements it sends (`$statements`, see statements.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

import { PrismaClient } from './generated/prisma/client.ts';
import { applyMigrations, pgliteMigrationAdapter, postgresMigrationAdapter } from './migrate/index.ts';
import { type ListenHandlers, listenForChanges } from './notifications.ts';
import { createPgliteCluster, DATA_ROOT } from './pglite/cluster.ts';
import { countingAdapterFactory, StatementCounter } from './statements.ts';
import { gatedTransactions, permits } from './transaction-gate.ts';

const DEFAULT_DATA_DIR = path.join(DATA_ROOT, 'pglite');

export interface CreatePrismaClientOptions {
  /** postgresql://… ; defaults to DATABASE_URL when that is a PostgreSQL URL. */
  databaseUrl?: string;
  /** PGlite data folder or "memory://"; defaults to CHISO_DATA_DIR, then .data/pglite. */
  dataDir?: string;
  /** Apply pending migrations before returning. Default: true for PGlite, false for PostgreSQL. */
  migrate?: boolean;
  /**
   * An embedded database opened by the caller (tests open theirs from a template's dump, see
   * @chiso/testing); the client closes it with `$close()`.
   */
  pglite?: PGlite;
}

/** The embedded database's folder the server would use: CHISO_DATA_DIR, else .data/pglite in the checkout. */
export function pgliteDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHISO_DATA_DIR ?? DEFAULT_DATA_DIR;
}

/** Open (creating when missing) a PGlite database: a folder, or "memory://" for a throw-away one. */
export async function openPglite(dataDir: string = pgliteDataDir()): Promise<PGlite> {
  if (dataDir.includes('://')) return createPgliteCluster(dataDir);
  // PGlite creates the data folder itself, but not its parents.
  await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return PGlite.create(dataDir);
  return createPgliteCluster(dataDir);
}

/**
 * How long a transaction may wait for a connection, and run. Prisma's defaults (2 s, 5 s) turn a burst
 * of writes into failures: at 200 connections every pooled connection (10) is busy for seconds and a
 * save answered "internal error" although it would have succeeded a moment later (`pnpm bench:load`).
 * Waiting longer makes it slow instead; a transaction still may not hold its connection forever.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

/** Pooled PostgreSQL connections per process (node-postgres' default). */
const POOL_SIZE = 10;
/**
 * Of those, how many plain reads keep for themselves: transactions open with the rest at most
 * (transaction-gate.ts). PGlite has one connection: one transaction at a time, reads between them.
 */
const READ_RESERVE = 3;

const isPostgresUrl = (url: string | undefined): url is string => !!url && /^postgres(ql)?:\/\//.test(url);

export async function createPrismaClient(options: CreatePrismaClientOptions = {}) {
  const databaseUrl =
    options.databaseUrl ?? (isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : undefined);
  const counter = new StatementCounter();
  const connectionErrorListeners = new Set<(error: Error) => void>();

  let adapter: SqlDriverAdapterFactory;
  let pglite: PGlite | undefined;
  if (databaseUrl) {
    if (!isPostgresUrl(databaseUrl)) throw new Error(`Not a PostgreSQL URL: ${databaseUrl}`);
    if (options.migrate) await applyMigrations({ adapter: postgresMigrationAdapter(databaseUrl) });
    // A pooled connection the server ends (57P01, a restart) or the network cuts is dropped by the
    // pool, which opens another for the next query; without someone told, it would pass unseen.
    // Keep-alive: a silently cut connection is noticed instead of waited on.
    const connectionLost = (error: Error) => {
      for (const listener of connectionErrorListeners) listener(error);
    };
    adapter = new PrismaPg(
      { connectionString: databaseUrl, keepAlive: true, max: POOL_SIZE },
      { onPoolError: connectionLost, onConnectionError: connectionLost },
    );
  } else {
    pglite = options.pglite ?? (await openPglite(options.dataDir));
    if (options.migrate ?? true) await applyMigrations({ adapter: pgliteMigrationAdapter(pglite) });
    adapter = new PrismaPGlite(pglite);
  }

  const transactions = permits(pglite ? 1 : POOL_SIZE - READ_RESERVE);
  const base = new PrismaClient({
    adapter: countingAdapterFactory(gatedTransactions(adapter, transactions), counter),
    transactionOptions: TRANSACTION_OPTIONS,
  });
  return base.$extends({
    // Per-operation statement counts (exact unless operations overlap in time).
    query: {
      async $allOperations({ model, operation, args, query }) {
        // The embedded database answers without waiting for I/O, so a request's statements would
        // run back to back as microtasks and hold the event loop (every other request, /healthz
        // included) for a whole transaction: let the loop turn before each operation.
        if (pglite) await new Promise((resolve) => setImmediate(resolve));
        const before = counter.statements;
        const result = await query(args);
        counter.recordOperation({ model, operation, statements: counter.statements - before });
        return result;
      },
    },
    client: {
      $statements: counter,
      /** Interactive transactions open and waiting for a permit (transaction-gate.ts). */
      $transactions: transactions as Pick<typeof transactions, 'open' | 'waiting'>,
      /** LISTEN on these channels (notifications.ts); close the listener before `$close()`. */
      $listen: (channels: readonly string[], handlers: ListenHandlers) =>
        listenForChanges(pglite ? { pglite } : { databaseUrl: databaseUrl as string }, channels, handlers),
      /** The embedded database behind this client, if it is one (bulk loads COPY into it directly). */
      $pglite: pglite,
      /** The PostgreSQL server's URL, if this client talks to one (bulk loads COPY over their own connection). */
      $postgresUrl: databaseUrl,
      /**
       * Be told when a pooled PostgreSQL connection fails (the pool has dropped it already and opens
       * another on the next query): the server logs it. Returns what stops telling.
       */
      $onConnectionError(listener: (error: Error) => void): () => void {
        connectionErrorListeners.add(listener);
        return () => connectionErrorListeners.delete(listener);
      },
      /** Disconnect Prisma and close the embedded database, if any. */
      async $close(): Promise<void> {
        await base.$disconnect();
        await pglite?.close();
      },
    },
  });
}

export type Db = Awaited<ReturnType<typeof createPrismaClient>>;

/** The client inside `db.$transaction(async (tx) => …)`: what services write through. */
export type Tx = Parameters<Extract<Parameters<Db['$transaction']>[0], (...args: never[]) => unknown>>[0];
