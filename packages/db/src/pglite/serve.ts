/**
 * The database thread's side of protocol.ts: each request run on the one PGlite, Prisma's through
 * pglite-prisma-adapter itself (its type parsers and error conversion), open transactions kept by id
 * until the request thread ends them.
 */
import type { MessagePort } from 'node:worker_threads';
import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type { SqlDriverAdapter, Transaction } from '@prisma/driver-adapter-utils';
import { type Request, sendError, type ThreadMessage } from './protocol.ts';

/** A transaction of `begin`: PGlite's own, held open until `end` settles its callback. */
interface Held {
  tx: PgliteTransaction;
  end(commit: boolean): Promise<void>;
}

const ROLLBACK = Symbol('rollback');

function hold(pglite: PGlite): Promise<Held> {
  return new Promise((started, failed) => {
    let finish: (commit: boolean) => void = () => {};
    const done = pglite
      .transaction(
        (tx) =>
          new Promise<void>((resolve, reject) => {
            // PGlite commits when the callback resolves and rolls back when it throws.
            finish = (commit) => (commit ? resolve() : reject(ROLLBACK));
            started({ tx, end });
          }),
      )
      .catch((error: unknown) => {
        if (error !== ROLLBACK) throw error;
      });
    const end = async (commit: boolean) => {
      finish(commit);
      await done;
    };
    done.catch(failed);
  });
}

export function serve(port: MessagePort, pglite: PGlite, adapter: SqlDriverAdapter): void {
  const transactions = new Map<number, Transaction>();
  const held = new Map<number, Held>();
  const stops = new Map<string, () => Promise<void>>();
  let nextId = 1;

  const post = (message: ThreadMessage) => port.postMessage(message);
  const found = <T>(map: Map<number, T>, id: number): T => {
    const value = map.get(id);
    if (!value) throw new Error(`no open transaction ${id} in the database thread`);
    return value;
  };

  async function run(request: Request): Promise<unknown> {
    switch (request.op) {
      case 'query': {
        const on = request.tx === undefined ? pglite : found(held, request.tx).tx;
        const blob = request.blob ? { blob: new Blob([request.blob]) } : undefined;
        return on.query(request.text, request.params, blob);
      }
      case 'exec':
        return pglite.exec(request.text);
      case 'listen':
        if (!stops.has(request.channel)) {
          // PGlite hands a notification to its listeners while the statement's answer is read
          // (queued as a microtask), so it is posted here before that statement's own reply.
          const notify = (payload: string) => post({ notification: { channel: request.channel, payload } });
          stops.set(request.channel, await pglite.listen(request.channel, notify));
        }
        return undefined;
      case 'unlisten': {
        const stop = stops.get(request.channel);
        stops.delete(request.channel);
        if (stop && !pglite.closed) await stop();
        return undefined;
      }
      case 'begin': {
        const id = nextId++;
        held.set(id, await hold(pglite));
        return id;
      }
      case 'end': {
        const tx = found(held, request.tx);
        held.delete(request.tx);
        return tx.end(request.commit);
      }
      case 'queryRaw':
      case 'executeRaw': {
        const on = request.tx === undefined ? adapter : found(transactions, request.tx);
        return request.op === 'queryRaw' ? on.queryRaw(request.query) : on.executeRaw(request.query);
      }
      case 'executeScript':
        return adapter.executeScript(request.script);
      case 'startTransaction': {
        const tx = await adapter.startTransaction(request.isolationLevel);
        const id = nextId++;
        transactions.set(id, tx);
        return { id, options: tx.options };
      }
      case 'commit':
      case 'rollback': {
        const tx = found(transactions, request.tx);
        transactions.delete(request.tx);
        return request.op === 'commit' ? tx.commit() : tx.rollback();
      }
      case 'close':
        // Closed cleanly, or the next open of the folder would have to recover it.
        await pglite.close();
        return undefined;
    }
  }

  port.on('message', ({ id, request }: { id: number; request: Request }) => {
    run(request).then(
      (value) => post({ id, value }),
      (error: unknown) => post({ id, error: sendError(error) }),
    );
  });
}
