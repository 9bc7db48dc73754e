/**
 * At most `permits` interactive transactions open at once; the others wait here, in order.
 *
 * Why: a transaction holds a connection across its JavaScript work, and under a burst of writes
 * (officers saving all day) every pooled PostgreSQL connection — or PGlite's only one — is held by a
 * writer while the rest queue for it. A plain read (a published ranking, the review queue) then
 * waits behind every queued writer: seconds to tens of seconds under `pnpm bench:load`. Waiting for
 * a permit instead keeps connections free for reads; writers still go one after another in the
 * order they came.
 */
import type { SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

/** A first-come, first-served semaphore (here for transactions; the API's request turns use it too). */
export interface Permits {
  /** Resolves with the function that gives the permit back (once, however often it is called). */
  acquire(): Promise<() => void>;
  /** Permits held now, and callers waiting for one. */
  readonly open: number;
  readonly waiting: number;
}

export function permits(count: number): Permits {
  let open = 0;
  const queue: Array<() => void> = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else open -= 1;
  };
  return {
    acquire() {
      if (open < count) {
        open += 1;
        return Promise.resolve(once(release));
      }
      return new Promise((resolve) => queue.push(() => resolve(once(release))));
    },
    get open() {
      return open;
    },
    get waiting() {
      return queue.length;
    },
  };
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/** The factory's connections open a transaction only with a permit, given back at commit or rollback. */
export function gatedTransactions<F extends SqlDriverAdapterFactory>(factory: F, gate: Permits): F {
  return new Proxy(factory, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj);
      if (prop !== 'connect') return typeof value === 'function' ? value.bind(obj) : value;
      return async () => {
        const adapter = await obj.connect();
        return new Proxy(adapter, {
          get(target, member) {
            const own = Reflect.get(target, member, target);
            if (member !== 'startTransaction') return typeof own === 'function' ? own.bind(target) : own;
            return async (...args: Parameters<typeof target.startTransaction>) => {
              const release = await gate.acquire();
              let transaction: Transaction;
              try {
                transaction = await target.startTransaction(...args);
              } catch (error) {
                release();
                throw error;
              }
              return endsWith(transaction, release);
            };
          },
        });
      };
    },
  });
}

/** The transaction, calling `release` once it has committed or rolled back (whether that worked or not). */
function endsWith(transaction: Transaction, release: () => void): Transaction {
  return new Proxy(transaction, {
    get(target, member) {
      const value = Reflect.get(target, member, target);
      if (member !== 'commit' && member !== 'rollback') {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async () => {
        try {
          return await (value as () => Promise<void>).call(target);
        } finally {
          release();
        }
      };
    },
  });
}
