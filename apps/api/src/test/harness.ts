/**
 * API tests through real HTTP: a server on a random port over a fresh copy of a template database
 * (PGlite for `test`, PostgreSQL for `test:pg`; see @chiso/testing), with one signed-in client per role.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, type Role, userSearchName } from '@chiso/db';
import { Client, type GraphQLResponse } from '@chiso/testing/client';
import type { TestBackend, TestDatabase } from '@chiso/testing/databases';
import { testBackends } from '@chiso/testing/vitest';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../auth/password.ts';
import type { ResponseCacheOptions } from '../cache/response-cache.ts';
import type { Context } from '../context.ts';
import { sha256Of } from '../dashboards/operations.ts';
import { LocalEvidenceStore } from '../evidence/local-store.ts';
import type { EvidenceStore } from '../evidence/store.ts';
import type { TimeBudget } from '../limits/time-budget.ts';
import { createApp } from '../server.ts';

export { Client, type GraphQLResponse, type TestBackend, testBackends };

/**
 * A dashboard: its token may run only registered operations, so this client registers each document
 * it sends (straight in the table, as an admin would) and then sends only its hash.
 */
export class PersistedClient extends Client {
  constructor(
    url: string,
    secret: string,
    private readonly db: Db,
  ) {
    super(url, secret);
  }

  override async request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    const sha256 = sha256Of(query);
    await this.db.persistedOperation.upsert({
      where: { sha256 },
      create: { name: `test-${sha256.slice(0, 16)}`, sha256, document: query },
      update: {},
    });
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256 } } }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }
}

export const TEST_PASSWORD = 'mat-khau-thu-nghiem';

export interface TestServer extends TestDatabase {
  url: string;
  app: FastifyInstance;
  anonymous(): Client;
  /** A client signed in as a user with this email (see `createUser`). */
  signedIn(email: string): Promise<Client>;
  withToken(secret: string): Client;
  close(): Promise<void>;
}

/**
 * Starts the API on a fresh database of the given backend — migrated and empty, or with the demo
 * data (`demo: true`). Call `close()` in afterAll.
 */
export async function startTestServer(
  backend: TestBackend,
  options: {
    evidence?: EvidenceStore;
    responseCache?: ResponseCacheOptions | false;
    /** Viewers remembered this long (off unless asked: tests change users behind the API's back). */
    viewerTtlMs?: number;
    demo?: boolean;
    /** Read at every request: a test may lower it for a while. */
    timeBudget?: TimeBudget;
  } = {},
): Promise<TestServer> {
  const database = await backend.open({ demo: options.demo });
  // Evidence files go to a temporary folder unless the test brings its own store.
  const evidenceRoot = options.evidence ? undefined : await mkdtemp(join(tmpdir(), 'chiso-evidence-'));
  const evidence = options.evidence ?? new LocalEvidenceStore({ root: evidenceRoot as string });
  // Without the response cache unless asked: tests count each resolver's statements and write
  // fixtures straight to the tables, behind the API's back (cache/response-cache.test.ts turns it on).
  const app = await createApp({
    db: database.db,
    evidence,
    logger: process.env.CHISO_TEST_LOG === '1',
    responseCache: options.responseCache ?? false,
    viewerTtlMs: options.viewerTtlMs ?? 0,
    ...(options.timeBudget ? { timeBudget: options.timeBudget } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    ...database,
    url,
    app,
    anonymous: () => new Client(url),
    withToken: (secret) => new PersistedClient(url, secret, database.db),
    signedIn: async (email) => {
      const client = new Client(url);
      await client.signIn(email, TEST_PASSWORD);
      return client;
    },
    close: async () => {
      // A response a test did not read to the end (a large asset) keeps its socket busy, and
      // Fastify's close would wait for it until Node's request timeout: the tests are over, cut them.
      app.server.closeAllConnections();
      await app.close();
      await database.drop();
      if (evidenceRoot) await rm(evidenceRoot, { recursive: true, force: true });
    },
  };
}

/**
 * What a service called directly in a test needs of a request: the database and a national
 * analyst (no province: every province's rows), the rest of the context left out.
 */
export const nationalAnalyst = (db: Db): Context =>
  ({
    db,
    viewer: {
      kind: 'user',
      userId: 'reader',
      role: 'ANALYST',
      provinceId: null,
      unitIds: [],
      sessionId: 's',
      mustChangePassword: false,
    },
  }) as unknown as Context;

let passwordHash: Promise<string> | undefined;

/** A user with the test password (hashed once per process: argon2 is slow on purpose). */
export async function createUser(
  server: Pick<TestServer, 'db'>,
  user: { email: string; name?: string; role: Role; unitId?: string | null; provinceId?: string | null },
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return server.db.user.create({
    data: {
      email: user.email,
      name: user.name ?? user.email,
      searchName: userSearchName({ name: user.name ?? user.email, email: user.email }),
      role: user.role,
      provinceId: user.provinceId ?? null,
      passwordHash: await passwordHash,
      ...(user.unitId ? { units: { create: [{ unitId: user.unitId }] } } : {}),
    },
  });
}
