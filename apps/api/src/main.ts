/**
 * Quick start: the API on the embedded database (or DATABASE_URL), on PORT (default 4000). The demo
 * is loaded on the first start of the embedded default only (start.ts).
 *
 * Its bundle is started with `--max-semi-space-size=64` (package.json's `start`, which the benchmarks'
 * servers and docs/deploy.md follow): every request leaves short-lived garbage, and under 200
 * connections node's default young generation was collected 1,422–1,602 times in a run of `pnpm
 * bench:load` (~80 s of the server's life), pausing the one request thread 11.9–12.3 s in all. With
 * room for 64 MB: 365–436 times, 5.0–5.2 s — but more of those pauses last over 20 ms (40–57 a run,
 * not 16–28): it gives the thread time back, not a shorter longest wait (bench/RESULTS.md, "load",
 * stop 29).
 */

import { existsSync } from 'node:fs';
import { createPrismaClient } from '@chiso/db';
import { CONSOLE_DIST } from './console.ts';
import { databaseThread } from './database-thread.ts';
import { createApp } from './server.ts';
import { accountsNotice, prepareDatabase, startModeOf } from './start.ts';

// Every import has been evaluated by now: what a start costs before any database work.
const modulesLoaded = performance.now();
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';

// The embedded database on its own thread (database-thread.ts); DATABASE_URL ignores it.
const db = await createPrismaClient({ migrate: true, ...databaseThread() });
// A real database logs every request unless told not to; the demo only when asked.
const mode = startModeOf(process.env, process.argv.slice(2));
const logger = process.env.CHISO_LOG ? process.env.CHISO_LOG === '1' : mode.external || mode.production;
const prepared = await prepareDatabase(db, mode);
const app = await createApp({ db, logger, jobs: 'at-start' });
const close = async () => {
  await app.close();
  await db.$close();
  process.exit(0);
};
process.on('SIGINT', close);
process.on('SIGTERM', close);
await app.listen({ port, host });

const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
const seconds = (ms: number) => (ms / 1000).toFixed(1);
console.log(`
chiso is running at ${url} (started in ${seconds(performance.now())} s, modules ${seconds(modulesLoaded)} s)
  Admin console    ${url}/${existsSync(`${CONSOLE_DIST}/index.html`) ? '' : '  (not built: pnpm --filter @chiso/admin build)'}
  GraphQL API      ${url}/graphql
  GraphQL IDE      ${url}/graphiql
  Health           ${url}/healthz  (ready: ${url}/readyz, metrics: ${url}/metrics)
${accountsNotice(prepared)}
`);
