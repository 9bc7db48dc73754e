/**
 * What the app asks of the embedded database beside Prisma: pg-boss's SQL, LISTEN for change
 * notifications, one statement at start, and the bulk loads' transactions (COPY from a blob).
 * PGlite itself has all of it (tests and the CLI run it on their own thread); so does the server's
 * database thread (thread.ts), which has nothing more: nobody reaches past these methods.
 */
import type { Results } from '@electric-sql/pglite';

export type { Results };

export interface EmbeddedTransaction {
  /** One statement in the transaction; `blob` is what `COPY … FROM '/dev/blob'` reads. */
  query<T>(text: string, params?: unknown[], options?: { blob?: Blob }): Promise<Results<T>>;
}

export interface EmbeddedSql extends EmbeddedTransaction {
  readonly closed: boolean;
  /** Several statements, no parameters: each one's result. */
  exec(text: string): Promise<Results[]>;
  /** Resolves once listening; what it resolves to stops listening. */
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: EmbeddedTransaction) => Promise<T>): Promise<T>;
}
