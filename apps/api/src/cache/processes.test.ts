/**
 * Two API processes on one PostgreSQL (test:pg only): what one publishes or reopens, and a sign-out
 * made through it, reach the other at once through the database's notifications — its cached
 * ranking and its remembered viewer are forgotten.
 * The last test starts two real server processes (the bundle, as production runs it); the others run
 * both servers in this Vitest worker, to keep them fast: the second is a second `createApp` with its
 * own Prisma client (its own connection pool), its own listening connection and its own caches. They
 * share no mutable memory — only the GraphQL schema and memos of immutable published criteria sets.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrismaClient, type Db } from '@chiso/db';
import { startApiProcess } from '@chiso/testing/process';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalEvidenceStore } from '../evidence/local-store.ts';
import { createApp } from '../server.ts';
import { createComparisonFixture, type Fixture, gid } from '../services/comparisons/fixture.ts';
import {
  createUser,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  testBackends,
} from '../test/harness.ts';

const RANKING = `query ($p: ID!, $g: ID!) { groupRanking(periodId: $p, unitGroupId: $g, by: TOTAL) {
  cohortSize entries { unit { code } rank } } }`;
const postgres = (await testBackends()).find((backend) => backend.name === 'PostgreSQL' && backend.enabled);

interface Answer {
  data?: { groupRanking?: { entries: Array<{ unit: { code: string } }> } } | null;
  errors?: Array<{ extensions?: { code?: string } }>;
}

describe.skipIf(!postgres)('two API processes on one PostgreSQL', () => {
  let a: TestServer;
  let b: { app: FastifyInstance; db: Db; url: string; evidence: string };
  let fixture: Fixture;
  let vars: { p: string; g: string };

  /** A request with a session cookie (the same session works on both: it lives in the database). */
  const post = async (url: string, cookie: string, query: string, variables: object = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    return {
      cookie: response.headers.get('set-cookie')?.split(';')[0],
      answer: (await response.json()) as Answer,
    };
  };
  const signIn = async (email: string) => {
    const { cookie } = await post(
      a.url,
      '',
      'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }',
      { e: email, p: TEST_PASSWORD },
    );
    return cookie as string;
  };
  /** B's ranking and how many statements it cost B. */
  const rankingOnB = async (cookie: string) => {
    const { result, statements } = await b.db.$statements.measure(() => post(b.url, cookie, RANKING, vars));
    return { answer: result.answer, statements };
  };
  /** A server's count of cache clears for a lost (or regained) listening connection, from /metrics. */
  const clearedForConnection = async (url: string) => {
    const metrics = await (await fetch(`${url}/metrics`)).text();
    return Number(
      metrics.match(
        /^chiso_cache_invalidations_total\{cache="responses",cause="connection"\} (\d+)$/m,
      )?.[1] ?? 0,
    );
  };
  const codes = (answer: Answer) => answer.data?.groupRanking?.entries.map((entry) => entry.unit.code) ?? [];

  let databaseUrl: string;

  beforeAll(async () => {
    a = await startTestServer(postgres as NonNullable<typeof postgres>, { responseCache: {} });
    fixture = await createComparisonFixture(a.db);
    await createUser(a, { email: 'analyst@chiso.test', role: 'ANALYST' });
    await createUser(a, { email: 'admin@chiso.test', role: 'ADMIN' });
    vars = { p: gid('Period', fixture.periods.y2022), g: gid('UnitGroup', fixture.groupId) };
    // B: the same database by name, reached through the admin URL the tests were given.
    const [{ name }] = await a.db.$queryRaw<[{ name: string }]>`SELECT current_database() AS name`;
    const url = new URL(process.env.TEST_POSTGRES_URL as string);
    url.pathname = `/${name}`;
    databaseUrl = url.href;
    const db = await createPrismaClient({ databaseUrl: url.href, migrate: false });
    const evidence = await mkdtemp(join(tmpdir(), 'chiso-evidence-b-'));
    const app = await createApp({
      db,
      evidence: new LocalEvidenceStore({ root: evidence }),
      responseCache: {},
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    b = {
      app,
      db,
      evidence,
      url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    };
  });
  afterAll(async () => {
    await b?.app.close();
    await b?.db.$close();
    if (b) await rm(b.evidence, { recursive: true, force: true });
    await a?.close();
  });

  it('a reopening through A replaces the ranking B has cached, at once', async () => {
    const analyst = await signIn('analyst@chiso.test');
    expect(codes((await rankingOnB(analyst)).answer)).toContain('A');
    const cached = await rankingOnB(analyst);
    expect(cached.statements).toBe(0);
    expect(codes(cached.answer)).toContain('A');

    const assessment = await a.db.assessment.findFirstOrThrow({
      where: { unitId: fixture.units.A as string, periodId: fixture.periods.y2022 },
    });
    const { answer: reopened } = await post(
      a.url,
      await signIn('admin@chiso.test'),
      `mutation ($id: ID!) { reopenAssessment(input: { id: $id, reason: "Số liệu cần rà soát" }) { __typename } }`,
      { id: gid('Assessment', assessment.id) },
    );
    expect(reopened.data).toEqual({ reopenAssessment: { __typename: 'ReopenAssessmentPayload' } });
    // The notification travels A's commit → PostgreSQL → B's listening connection: milliseconds.
    await expect
      .poll(async () => codes((await rankingOnB(analyst)).answer), { interval: 5 })
      .not.toContain('A');
  });

  it('B serves nothing from its cache while its listening connection is lost, then listens again', async () => {
    const analyst = await signIn('analyst@chiso.test');
    await rankingOnB(analyst);
    expect((await rankingOnB(analyst)).statements).toBe(0);
    const lostOrBack = () => clearedForConnection(b.url);
    const before = await lostOrBack();
    // Both servers' listening connections are cut, as a restarted PostgreSQL or a network cut would.
    await a.db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'chiso-change-listener'`;
    // Lost (everything forgotten, nothing served), then listening again (forgotten once more).
    await expect.poll(lostOrBack, { interval: 20 }).toBe(before + 2);
    expect((await rankingOnB(analyst)).statements).toBeGreaterThan(0);
    expect((await rankingOnB(analyst)).statements).toBe(0);
  });

  it('a sign-out through A is honoured by B at once, though B remembered the session', async () => {
    const analyst = await signIn('analyst@chiso.test');
    await rankingOnB(analyst);
    expect((await rankingOnB(analyst)).statements).toBe(0);
    await post(a.url, analyst, 'mutation { signOut }');
    await expect
      .poll(async () => (await rankingOnB(analyst)).answer.errors?.[0]?.extensions?.code, { interval: 5 })
      .toBe('UNAUTHENTICATED');
  });

  it('two server processes (node dist/main.js): a result withdrawn through one leaves the other’s cached ranking at once, also after PostgreSQL ended all their sessions', async () => {
    // The bundle production runs (turbo builds it before test:pg), each with its own caches and queue.
    const start = () => startApiProcess({ databaseUrl, built: true, timeoutMs: 60_000 });
    const [one, two] = await Promise.all([start(), start()]);
    try {
      const analyst = await signIn('analyst@chiso.test');
      const ranking = async () => codes((await post(two.url, analyst, RANKING, vars)).answer);
      const [ranked] = await ranking();
      expect(await ranking()).toContain(ranked); // now from the second process's cache
      /** An admin reopens a unit's assessment through the first process: its result is withdrawn. */
      const withdraw = async (code: string) => {
        const assessment = await a.db.assessment.findFirstOrThrow({
          where: { unit: { code }, periodId: fixture.periods.y2022 },
        });
        const { answer } = await post(
          one.url,
          await signIn('admin@chiso.test'),
          `mutation ($id: ID!) { reopenAssessment(input: { id: $id, reason: "Số liệu cần rà soát" }) { __typename } }`,
          { id: gid('Assessment', assessment.id) },
        );
        expect(answer.data).toEqual({ reopenAssessment: { __typename: 'ReopenAssessmentPayload' } });
      };
      await withdraw(ranked as string);
      await expect.poll(ranking, { interval: 5, timeout: 2_000 }).not.toContain(ranked);

      // PostgreSQL ends every session of the database (an administrator's command, 57P01, as a
      // restart or a network cut would): the pools, the queue and the listening connection log it and
      // recover; neither process dies of it.
      const cleared = await clearedForConnection(two.url);
      await a.db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`;
      await ranking(); // may fail: it may be handed a pooled connection whose end is not read yet
      expect(await ranking()).not.toEqual([]);
      // Lost, then listening again: whatever was missed meanwhile is forgotten, then cached anew.
      await expect.poll(() => clearedForConnection(two.url), { interval: 50 }).toBe(cleared + 2);
      const [next] = await ranking();
      expect(await ranking()).toContain(next);
      // A withdrawal after the reconnection reaches the other process's cache as before.
      await withdraw(next as string);
      await expect.poll(ranking, { interval: 5, timeout: 2_000 }).not.toContain(next);
      const exited = Promise.race([one.exited, two.exited]).then(() => 'exited');
      const alive = new Promise((resolve) => setTimeout(resolve, 100, 'alive'));
      expect(await Promise.race([exited, alive])).toBe('alive');
    } finally {
      one.stop();
      two.stop();
    }
  });
});
