/**
 * The API in this process, through its public entry (`@chiso/api`: createApp), over a copy of a test
 * template — what the SQL counts, the bare graphql-js ceiling and the national check talk to. The
 * benchmarks use the API as any caller would, not its own test harness.
 */
import { createApp } from '@chiso/api';
import type { Db } from '@chiso/db';
import { type OpenOptions, pgliteBackend, type TestBackend } from '@chiso/testing/databases';
import { pgliteTemplates, templateKey } from '@chiso/testing/templates';

export interface InProcessServer {
  db: Db;
  url: string;
  close(): Promise<void>;
}

/** Without the response cache: every request reaches the resolvers and its statements are counted. */
export async function serveInProcess(
  backend: TestBackend,
  options: OpenOptions = {},
): Promise<InProcessServer> {
  const database = await backend.open(options);
  const app = await createApp({ db: database.db, responseCache: false });
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
