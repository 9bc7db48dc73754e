/**
 * The API in this process (`createApp`), over a copy of a test template — what the SQL counts, the
 * bare graphql-js ceiling and the national check talk to. The benchmarks use the server as people run
 * it, not the tests' harness.
 */

import type { Db } from '@chiso/db';
import { type OpenOptions, pgliteBackend, type TestBackend } from '@chiso/testing/databases';
import { pgliteTemplates, templateKey } from '@chiso/testing/templates';
import { createApp } from '../src/server.ts';

export interface InProcessServer {
  db: Db;
  url: string;
  close(): Promise<void>;
}

/**
 * Without the response cache: every request reaches the resolvers and its statements are counted.
 * Without the viewer cache too: every request looks its session up, so a count does not depend on
 * whether the previous request took longer than the cache's five seconds (it did on a slow CI machine).
 */
export async function serveInProcess(
  backend: TestBackend,
  options: OpenOptions = {},
): Promise<InProcessServer> {
  const database = await backend.open(options);
  const app = await createApp({ db: database.db, responseCache: false, viewerTtlMs: 0 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return {
    db: database.db,
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: async () => {
      // Fastify's close would wait for any socket still busy with an unread answer.
      app.server.closeAllConnections();
      await app.close();
      await database.drop();
    },
  };
}

/** The scripts' database (outside Vitest): PGlite from the templates, built on first use and kept. */
export async function scriptBackend(): Promise<TestBackend> {
  return pgliteBackend(await pgliteTemplates(await templateKey()));
}
