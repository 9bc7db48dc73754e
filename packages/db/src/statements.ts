/**
 * SQL statement counting at the driver-adapter level: every statement Prisma sends through the
 * adapter (`queryRaw` / `executeRaw`, inside or outside transactions) is counted, so tests can
 * assert "this resolver issues at most N queries" (no N+1).
 */
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';

/**
 * Transaction control differs per adapter (adapter-pg sends BEGIN itself and COMMIT through
 * executeRaw; PGlite commits implicitly), so it is counted apart from data statements to keep the
 * data counts identical on PGlite and PostgreSQL.
 */
const TX_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET\s+TRANSACTION|--)/i;

export interface OperationStats {
  model: string | undefined;
  operation: string;
  statements: number;
}

export class StatementCounter {
  /** Data statements (SELECT/INSERT/UPDATE/DELETE…) since creation or the last reset(). */
  statements = 0;
  /** BEGIN/COMMIT/ROLLBACK/SAVEPOINT… seen by the adapter. */
  txControl = 0;
  /** The most recent SQL texts, oldest first (bounded). */
  readonly recent: string[] = [];
  /** Per Prisma operation (filled by the `$extends` query extension in client.ts), bounded. */
  readonly operations: OperationStats[] = [];

  record(sql: string): void {
    if (TX_CONTROL.test(sql)) this.txControl++;
    else this.statements++;
    this.recent.push(sql);
    if (this.recent.length > 200) this.recent.shift();
  }

  recordOperation(stats: OperationStats): void {
    this.operations.push(stats);
    if (this.operations.length > 200) this.operations.shift();
  }

  reset(): void {
    this.statements = 0;
    this.txControl = 0;
    this.recent.length = 0;
    this.operations.length = 0;
  }

  /**
   * Count the data statements issued while `fn` runs. Exact when nothing else uses the client
   * concurrently (as in a test).
   */
  async measure<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number; sql: string[] }> {
    const before = this.statements;
    const mark = this.recent.length;
    const result = await fn();
    return { result, statements: this.statements - before, sql: this.recent.slice(mark) };
  }
}

type Queryable = Pick<SqlDriverAdapter, 'queryRaw' | 'executeRaw'>;

/** Wrap queryRaw/executeRaw of an adapter or transaction; other members are passed through. */
function countQueries<T extends Queryable>(target: T, counter: StatementCounter, extra: Partial<T> = {}): T {
  return new Proxy(target, {
    get(obj, prop) {
      if (prop in extra) return extra[prop as keyof T];
      if (prop === 'queryRaw' || prop === 'executeRaw') {
        return (query: SqlQuery) => {
          counter.record(query.sql);
          return obj[prop](query);
        };
      }
      const value = Reflect.get(obj, prop, obj);
      // Bind to the real object so the adapter's own internal calls are not counted twice.
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}

/** A driver adapter factory whose connections count the statements they run. */
export function countingAdapterFactory<F extends SqlDriverAdapterFactory>(
  factory: F,
  counter: StatementCounter,
): F {
  return new Proxy(factory, {
    get(obj, prop) {
      if (prop === 'connect') {
        return async () => {
          const adapter = await obj.connect();
          return countQueries(adapter, counter, {
            startTransaction: async (isolationLevel) =>
              countQueries<Transaction>(await adapter.startTransaction(isolationLevel), counter),
          });
        };
      }
      const value = Reflect.get(obj, prop, obj);
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}
