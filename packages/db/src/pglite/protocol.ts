/**
 * The messages between the request thread and the database thread (worker.ts, thread.ts). Everything
 * in them is plain data (structured clone): SQL, parameters, result sets, and errors taken apart.
 */
import type {
  ConnectionInfo,
  IsolationLevel,
  SqlDriverAdapter,
  SqlQuery,
  TransactionOptions,
} from '@prisma/driver-adapter-utils';
import { DriverAdapterError, isDriverAdapterError } from '@prisma/driver-adapter-utils';

/** What the thread is started with (`workerData`). */
export interface ThreadOptions {
  dataDir: string;
  migrate: boolean;
}

export type Request =
  // The small interface of embedded.ts; `tx` names a transaction begun with `begin`.
  | { op: 'query'; text: string; params?: unknown[]; blob?: Uint8Array; tx?: number }
  | { op: 'exec'; text: string }
  | { op: 'listen'; channel: string }
  | { op: 'unlisten'; channel: string }
  | { op: 'begin' }
  | { op: 'end'; tx: number; commit: boolean }
  // Prisma's driver adapter, run by pglite-prisma-adapter in the thread; `tx` from `startTransaction`.
  | { op: 'queryRaw' | 'executeRaw'; query: SqlQuery; tx?: number }
  | { op: 'executeScript'; script: string }
  | { op: 'startTransaction'; isolationLevel?: IsolationLevel }
  | { op: 'commit' | 'rollback'; tx: number }
  | { op: 'close' };

/** The database is open and migrated; what Prisma's client asks of an adapter before any query. */
export interface ThreadReady {
  provider: SqlDriverAdapter['provider'];
  adapterName: string;
  connectionInfo?: ConnectionInfo | undefined;
}

/** A request sent to the thread; resolves to its answer (`transfer`: buffers moved, not copied). */
export type Call = <T>(request: Request, transfer?: readonly ArrayBuffer[]) => Promise<T>;

/** The transaction `startTransaction` began in the thread. */
export interface StartedTransaction {
  id: number;
  options: TransactionOptions;
}

/** An error as sent: a driver adapter's (what Prisma turns into its known errors), or any other. */
export type SentError =
  | { adapter: DriverAdapterError['cause'] }
  | { name: string; message: string; stack?: string | undefined; fields: Record<string, unknown> };

type Reply = { id: number; value: unknown } | { id: number; error: SentError };

export type ThreadMessage =
  | Reply
  /** Posted while the statement that caused it is answered: before its reply, on the same port. */
  | { notification: { channel: string; payload: string } }
  | { ready: ThreadReady }
  | { failed: SentError };

export function sendError(error: unknown): SentError {
  if (isDriverAdapterError(error)) return { adapter: error.cause };
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  // PostgreSQL's fields (code, detail, constraint…): callers test `code` (pg-boss, retryOnDeadlock).
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { name: error.name, message: error.message, stack: error.stack, fields };
}

/** The error again, on this side: a DriverAdapterError exactly as the adapter threw it in-process. */
export function receivedError(sent: SentError): Error {
  if ('adapter' in sent) return new DriverAdapterError(sent.adapter);
  const error = Object.assign(new Error(sent.message), sent.fields);
  error.name = sent.name;
  if (sent.stack) error.stack = `${sent.stack}\n    at (the embedded database's thread)`;
  return error;
}
