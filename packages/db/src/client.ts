/**
 * createPrismaClient(): the one way the app gets a database.
 *
 * - Default: embedded PostgreSQL (PGlite) in a data folder, created and migrated on first start
 *   (pending migrations are applied on every start, which is a no-op when up to date).
 *   `dataDir: "memory://"` gives a throw-away in-memory database (tests). On this thread by default
 *   (tests, the CLI); `thread: 'worker'` opens it on a thread of its own (the server: pglite/thread.ts).
 * - `databaseUrl` (or DATABASE_URL=postgresql://…): a real PostgreSQL server via @prisma/adapter-pg.
 *   Migrations there are a deploy step (`tsx src/cli.ts deploy`), unless `migrate: true`.
 *
 * Every client counts the SQL statements it sends (`$statements`, see statements.ts).
 */
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

import { PrismaClient } from './generated/prisma/client.ts';
import { applyMigrations, pgliteMigrationAdapter, postgresMigrationAdapter } from './migrate/index.ts';
import { type ListenHandlers, listenForChanges } from './notifications.ts';
import type { EmbeddedSql } from './pglite/embedded.ts';
import { openPglite, pgliteDataDir } from './pglite/open.ts';
import { startPgliteThread } from './pglite/thread.ts';
import { countingAdapterFactory, StatementCounter } from './statements.ts';
import { gatedTransactions, permits } from './transaction-gate.ts';

export { openPglite, pgliteDataDir } from './pglite/open.ts';

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
  /**
   * Where the embedded database runs: on this thread ('main', the default: tests, the CLI), or on a
   * worker thread of its own ('worker': the server, whose event loop then runs no SQL). Not with `pglite`.
   */
  thread?: 'main' | 'worker';
  /** The worker thread's script when the caller is a bundle (apps/api's dist/worker-pglite.js). */
  pgliteWorker?: URL;
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
  /** The embedded database, on this thread or on its own. */
  let embedded: EmbeddedSql | undefined;
  /** Set when the embedded database runs on this thread. */
  let pglite: PGlite | undefined;
  let closeEmbedded = async () => {};
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
  } else if (options.thread === 'worker') {
    if (options.pglite) throw new Error('an embedded database opened by the caller runs on its thread');
    const thread = await startPgliteThread({
      dataDir: options.dataDir ?? pgliteDataDir(),
      migrate: options.migrate ?? true,
      ...(options.pgliteWorker ? { workerFile: options.pgliteWorker } : {}),
    });
    embedded = thread.sql;
    adapter = thread.adapter;
    closeEmbedded = thread.close;
  } else {
    const opened = options.pglite ?? (await openPglite(options.dataDir));
    if (options.migrate ?? true) await applyMigrations({ adapter: pgliteMigrationAdapter(opened) });
    adapter = new PrismaPGlite(opened);
    embedded = pglite = opened;
    closeEmbedded = () => opened.close();
  }

  const transactions = permits(embedded ? 1 : POOL_SIZE - READ_RESERVE);
  const base = new PrismaClient({
    adapter: countingAdapterFactory(gatedTransactions(adapter, transactions), counter),
    transactionOptions: TRANSACTION_OPTIONS,
  });
  return base.$extends({
    // Per-operation statement counts (exact unless operations overlap in time).
    query: {
      async $allOperations({ model, operation, args, query }) {
        // The embedded database on this thread answers without waiting for I/O, so a request's
        // statements would run back to back as microtasks and hold the event loop (every other
        // request, /healthz included) for a whole transaction: let the loop turn before each
        // operation. On its own thread every answer is a message: the loop turns anyway.
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
        listenForChanges(
          embedded ? { embedded } : { databaseUrl: databaseUrl as string },
          channels,
          handlers,
        ),
      /**
       * The embedded database behind this client, if it is one, on whichever thread: pg-boss's SQL,
       * LISTEN, and the bulk loads' COPY (pglite/embedded.ts says what it offers).
       */
      $pglite: embedded,
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
        await closeEmbedded();
      },
    },
  });
}

export type Db = Awaited<ReturnType<typeof createPrismaClient>>;

/** The client inside `db.$transaction(async (tx) => …)`: what services write through. */
export type Tx = Parameters<Extract<Parameters<Db['$transaction']>[0], (...args: never[]) => unknown>>[0];
