/**
 * Where the server's embedded database runs: on a thread of its own, so that no SQL statement holds
 * the event loop that answers HTTP (`/healthz` waited seconds behind statements under `pnpm
 * bench:load`). `CHISO_PGLITE_THREAD=main` runs it on the request thread, as tests and the CLI do.
 */
import type { CreatePrismaClientOptions } from '@chiso/db';

/** Set to true by scripts/build.ts: the server runs from dist/, and so does the database's thread. */
declare const CHISO_BUNDLE: boolean | undefined;
const bundled = typeof CHISO_BUNDLE !== 'undefined' && CHISO_BUNDLE;

export function databaseThread(
  env: NodeJS.ProcessEnv = process.env,
): Pick<CreatePrismaClientOptions, 'thread' | 'pgliteWorker'> {
  if (env.CHISO_PGLITE_THREAD === 'main') return { thread: 'main' };
  // In the bundle import.meta.url names this source file (scripts/build.ts): dist/ is one folder up.
  // From the sources, @chiso/db starts its own worker.ts.
  return bundled
    ? { thread: 'worker', pgliteWorker: new URL('../dist/worker-pglite.js', import.meta.url) }
    : { thread: 'worker' };
}
