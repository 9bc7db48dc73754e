/**
 * Prisma's driver adapter for the database thread: each call forwarded to pglite-prisma-adapter
 * running there, so result sets are its own (type parsers included) and its errors come back as the
 * DriverAdapterError it threw (protocol.ts), which Prisma turns into P2002 and the rest as in-process.
 */
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';
import type { Call, StartedTransaction, ThreadReady } from './protocol.ts';

/**
 * A parameter as the thread can receive it. Structured clone keeps dates, bytes, bigints and plain
 * values, but turns an object of a class into a plain one: Prisma hands decimals over as Decimal
 * objects, which PGlite would have written as their text, so their text is sent.
 */
function cloneable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneable);
  if (value === null || typeof value !== 'object' || value instanceof Date || ArrayBuffer.isView(value)) {
    return value;
  }
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null ? value : String(value);
}

const sent = (query: SqlQuery): SqlQuery => ({ ...query, args: query.args.map(cloneable) });

export function threadAdapterFactory(call: Call, ready: ThreadReady): SqlDriverAdapterFactory {
  const { provider, adapterName, connectionInfo } = ready;

  const queryable = (tx?: number): SqlQueryable => {
    const on = tx === undefined ? {} : { tx };
    return {
      provider,
      adapterName,
      queryRaw: (query) => call<SqlResultSet>({ op: 'queryRaw', query: sent(query), ...on }),
      executeRaw: (query) => call<number>({ op: 'executeRaw', query: sent(query), ...on }),
    };
  };

  const adapter: SqlDriverAdapter = {
    ...queryable(),
    executeScript: (script) => call<void>({ op: 'executeScript', script }),
    async startTransaction(isolationLevel): Promise<Transaction> {
      const { id, options } = await call<StartedTransaction>({
        op: 'startTransaction',
        ...(isolationLevel ? { isolationLevel } : {}),
      });
      return {
        ...queryable(id),
        options,
        commit: () => call<void>({ op: 'commit', tx: id }),
        rollback: () => call<void>({ op: 'rollback', tx: id }),
      };
    },
    // Asked without awaiting, so the thread's answer is the one it gave at start.
    ...(connectionInfo ? { getConnectionInfo: () => connectionInfo } : {}),
    // The connection is the thread's; closing it is the client's `$close()`.
    dispose: async () => {},
  };

  return { provider, adapterName, connect: async () => adapter };
}
