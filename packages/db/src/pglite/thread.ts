/**
 * The embedded database on a thread of its own (worker.ts), seen from the request thread: every
 * statement is a message, so PostgreSQL's work no longer holds the event loop (/healthz, every
 * other request) while it runs. What the app gets is Prisma's adapter (thread-adapter.ts) and the
 * small interface of embedded.ts; nothing else of PGlite crosses the port.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { EmbeddedSql, EmbeddedTransaction, Results } from './embedded.ts';
import {
  type Call,
  type Request,
  receivedError,
  type ThreadMessage,
  type ThreadOptions,
  type ThreadReady,
} from './protocol.ts';
import { threadAdapterFactory } from './thread-adapter.ts';

export interface PgliteThreadOptions extends ThreadOptions {
  /** The thread's script: a bundle's (built from worker.ts); by default worker.ts itself, under tsx. */
  workerFile?: URL;
}

export interface PgliteThread {
  sql: EmbeddedSql;
  adapter: SqlDriverAdapterFactory;
  /** Closes the database (cleanly: a folder left open needs recovery) and ends the thread. */
  close(): Promise<void>;
}

/**
 * The sources' worker.ts, started through a module that registers tsx in the new thread first: on
 * Node 20 a worker does not inherit the loader hooks of its parent (`--import tsx` in its execArgv
 * is not enough either), and the tests (Vitest) have no tsx to inherit at all.
 */
function sourceWorker(file: URL): URL {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8'));
  const api = pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api'].import.default)).href;
  const start = `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(file.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(start)}`);
}

/**
 * Answers outside a transaction are handed back one per turn of the event loop. Node delivers every
 * message waiting on the port in one callback, so under load the continuations of a dozen requests
 * (executing GraphQL over the rows, writing the answer) ran back to back there, 0.2–0.4 s with no
 * socket read between them, and /healthz waited for all of them. Settled from setImmediate, one
 * each, the poll phase runs between them (an immediate queued by an immediate waits for the next
 * turn). A transaction's answers are settled at once: its next statement follows within microseconds,
 * while the one connection is held for it.
 */
const inTransaction = (request: Request) =>
  ('tx' in request && request.tx !== undefined) ||
  ['begin', 'end', 'startTransaction', 'commit', 'rollback'].includes(request.op);

const paced: Array<() => void> = [];
function settleNext() {
  paced.shift()?.();
  if (paced.length > 0) setImmediate(settleNext);
}
function pace(settle: () => void) {
  paced.push(settle);
  if (paced.length === 1) setImmediate(settleNext);
}

export async function startPgliteThread(options: PgliteThreadOptions): Promise<PgliteThread> {
  const file = options.workerFile ?? new URL('./worker.ts', import.meta.url);
  const worker = new Worker(file.pathname.endsWith('.ts') ? sourceWorker(file) : file, {
    workerData: { dataDir: options.dataDir, migrate: options.migrate } satisfies ThreadOptions,
  });
  const pending = new Map<
    number,
    { resolve(value: unknown): void; reject(error: Error): void; paced: boolean }
  >();
  const channels = new Map<string, { listeners: Set<(payload: string) => void>; listening: Promise<void> }>();
  let nextId = 1;
  let stopped: Error | undefined;
  let closing: Promise<void> | undefined;
  let started: { resolve(ready: ThreadReady): void; reject(error: Error): void };
  const ready = new Promise<ThreadReady>((resolve, reject) => {
    started = { resolve, reject };
  });

  // The thread keeps the process alive only while an answer is awaited, as an in-process PGlite
  // (no handle of its own) would: a CLI or test that forgets `$close()` still ends.
  const keepAlive = () => (pending.size > 0 ? worker.ref() : worker.unref());

  const stop = (error: Error) => {
    stopped ??= error;
    started.reject(error);
    for (const call of pending.values()) call.reject(stopped);
    pending.clear();
  };
  // A thread that dies (PostgreSQL aborting in WebAssembly) fails every statement from then on, as
  // an in-process PGlite that aborted would: said once here, since no request's error names it.
  const died = (error: Error) => {
    if (!closing && !stopped) console.error("chiso: the embedded database's thread stopped:", error);
    stop(error);
  };
  worker.on('error', died);
  worker.on('exit', (code) => died(new Error(`the embedded database's thread ended (exit code ${code})`)));
  worker.on('message', (message: ThreadMessage) => {
    if ('notification' in message) {
      const { channel, payload } = message.notification;
      for (const listener of channels.get(channel)?.listeners ?? []) listener(payload);
    } else if ('ready' in message) {
      started.resolve(message.ready);
    } else if ('failed' in message) {
      started.reject(receivedError(message.failed));
    } else {
      const call = pending.get(message.id);
      pending.delete(message.id);
      keepAlive();
      if (!call) return;
      const settle = () =>
        'error' in message ? call.reject(receivedError(message.error)) : call.resolve(message.value);
      if (call.paced) pace(settle);
      else settle();
    }
  });

  const call: Call = <T>(request: Request, transfer: readonly ArrayBuffer[] = []) =>
    new Promise<T>((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = nextId++;
      pending.set(id, {
        resolve: resolve as (value: unknown) => void,
        reject,
        paced: !inTransaction(request),
      });
      keepAlive();
      worker.postMessage({ id, request }, [...transfer]);
    });

  let info: ThreadReady;
  try {
    info = await ready;
  } catch (error) {
    stopped = error instanceof Error ? error : new Error(String(error));
    await worker.terminate();
    throw error;
  }
  keepAlive();

  const query = async <T>(text: string, params?: unknown[], options?: { blob?: Blob }, tx?: number) => {
    // The blob's bytes move to the thread (transferred, not copied): COPY reads them there.
    const blob = options?.blob ? new Uint8Array(await options.blob.arrayBuffer()) : undefined;
    return call<Results<T>>(
      {
        op: 'query',
        text,
        ...(params ? { params } : {}),
        ...(blob ? { blob } : {}),
        ...(tx === undefined ? {} : { tx }),
      },
      blob ? [blob.buffer as ArrayBuffer] : [],
    );
  };

  const sql: EmbeddedSql = {
    get closed() {
      return closing !== undefined;
    },
    query: (text, params, options) => query(text, params, options),
    exec: (text) => call<Results[]>({ op: 'exec', text }),
    async listen(channel, callback) {
      let entry = channels.get(channel);
      if (!entry) {
        entry = { listeners: new Set(), listening: call({ op: 'listen', channel }) };
        channels.set(channel, entry);
      }
      const { listeners, listening } = entry;
      listeners.add(callback);
      try {
        await listening;
      } catch (error) {
        if (channels.get(channel) === entry) channels.delete(channel);
        throw error;
      }
      return async () => {
        listeners.delete(callback);
        if (listeners.size > 0 || channels.get(channel) !== entry) return;
        channels.delete(channel);
        if (!stopped) await call({ op: 'unlisten', channel });
      };
    },
    async transaction(fn) {
      const id = await call<number>({ op: 'begin' });
      const tx: EmbeddedTransaction = { query: (text, params, options) => query(text, params, options, id) };
      let result: Awaited<ReturnType<typeof fn>>;
      try {
        result = await fn(tx);
      } catch (error) {
        await call({ op: 'end', tx: id, commit: false }).catch(() => {});
        throw error;
      }
      await call({ op: 'end', tx: id, commit: true });
      return result;
    },
  };

  return {
    sql,
    adapter: threadAdapterFactory(call, info),
    close() {
      closing ??= (async () => {
        try {
          if (!stopped) await call({ op: 'close' });
        } finally {
          stopped ??= new Error('the embedded database is closed');
          await worker.terminate();
        }
      })();
      return closing;
    },
  };
}
