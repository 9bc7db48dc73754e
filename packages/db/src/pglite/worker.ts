/**
 * The embedded database's own thread (started by thread.ts): opens the data folder as openPglite
 * does, applies pending migrations, then answers the request thread over its port (serve.ts), so
 * that no SQL runs on the thread that answers HTTP.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openPglite } from './open.ts';
import { sendError, type ThreadMessage, type ThreadOptions } from './protocol.ts';
import { serve } from './serve.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread (thread.ts starts it)');
const { dataDir, migrate } = workerData as ThreadOptions;
const post = (message: ThreadMessage) => port.postMessage(message);

/**
 * This thread yields a shared core to the request thread (nice 5). The request thread answers
 * everyone — health checks, cached reads, the continuation of every statement — and this one the
 * statement in hand; on two busy cores the scheduler gave them equal turns and the request thread's
 * loop stood still while this one ran (`pnpm bench:load`: its longest delay 109–141 ms, with this
 * 52–101 ms, saves as many and as fast; bench/RESULTS.md, stop 28). Raising a nice value needs no
 * privilege; on Linux it is this thread's own (elsewhere it would be the whole process's: left be).
 */
const YIELDING = 5;
if (process.platform === 'linux') {
  try {
    setPriority(YIELDING);
  } catch {
    // A sandbox that refuses it (a seccomp profile) leaves both threads at one priority, as before.
  }
}

let pglite: PGlite | undefined;
try {
  pglite = await openPglite(dataDir);
  if (migrate) {
    // Loaded only when asked: the schema engine is the largest thing this thread would import.
    const { applyMigrations, pgliteMigrationAdapter } = await import('../migrate/index.ts');
    await applyMigrations({ adapter: pgliteMigrationAdapter(pglite) });
  }
  const factory = new PrismaPGlite(pglite);
  const adapter = await factory.connect();
  serve(port, pglite, adapter);
  post({
    ready: {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      connectionInfo: adapter.getConnectionInfo?.(),
    },
  });
} catch (error) {
  // An open folder left unclosed would need recovery at its next open.
  await pglite?.close().catch(() => {});
  post({ failed: sendError(error) });
}
