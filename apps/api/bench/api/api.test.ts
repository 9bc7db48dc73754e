/**
 * `pnpm bench:api`'s plumbing, quickly and without timed or throughput assertions: percentiles, the
 * summary line's shape, and a smoke run of the province ranking on the demo data — over HTTP and as
 * bare graphql-js — that must finish without an error, whatever its figures (the machine may be busy:
 * a "more than 0 requests" check failed that way). `pnpm bench:api` measures.
 */
import type { Db } from '@chiso/db';
import { DEMO_PASSWORD } from '@chiso/db/seed';
import { testBackends } from '@chiso/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InProcessServer } from '../in-process.ts';
import { demoServer } from '../sql-operations.ts';
import { driveBare } from './bare.ts';
import { driveHttp } from './http-load.ts';
import { rowsInMemory } from './in-memory.ts';
import { DEMO, IDS_QUERY, idsFrom, type Operation, operationsOf } from './operations.ts';
import { ANALYST, type Measurement, summaryLine, uncachedSummaryLine } from './run.ts';
import { ask, signInCookie } from './server.ts';
import { percentile, runStats } from './stats.ts';

describe('statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(
      percentile(
        [...samples].sort((a, b) => a - b),
        95,
      ),
    ).toBe(95);
    expect(runStats(samples, 2)).toMatchObject({ requests: 100, rps: 50, p50: 50, p95: 95, p99: 99 });
  });

  it('ends with the line the issue asks for, each figure the worst', () => {
    const run = (rps: number, p95: number) => ({ requests: 1, seconds: 1, rps, p50: 1, p95, p99: p95 });
    const measurements: Measurement[] = [
      {
        dataset: 'a',
        operation: 'ranking',
        cache: true,
        bytes: 1,
        statements: 3,
        http: run(900, 12),
        bare: run(300, 40),
        ratio: 3,
      },
      {
        dataset: 'b',
        operation: 'summary',
        cache: true,
        bytes: 1,
        statements: 4,
        http: run(600, 31.46),
        bare: run(1000, 9),
        ratio: 0.6,
      },
    ];
    expect(summaryLine(measurements)).toBe(
      'api: worst p95 31.5 ms (summary, b), 600 req/s, 0.60 of bare graphql-js, max 4 sql statements',
    );
  });

  it('ends the uncached run with the worst ratio to in-memory execute and the ranking and matrix figures', () => {
    const run = (rps: number, p95: number) => ({ requests: 1, seconds: 1, rps, p50: 1, p95, p99: p95 });
    const uncached = (dataset: string, operation: string, rps: number, p95: number, ratio: number) => ({
      dataset,
      operation,
      cache: false,
      bytes: 1,
      statements: 2,
      http: run(rps, p95),
      bare: run(rps / ratio, 1),
      ratio,
    });
    expect(
      uncachedSummaryLine([
        uncached('a', 'province ranking', 120, 80, 0.5),
        uncached('a', 'matrix, one period', 40, 140.04, 0.41),
        uncached('b', 'province ranking', 90, 95.26, 0.6),
        uncached('b', 'matrix, two periods', 30, 160, 0.35),
        uncached('b', 'distribution', 300, 20, 0.32),
      ]),
    ).toBe(
      'api uncached: worst 0.32 of in-memory execute (distribution, b), ranking 90 req/s p95 95.3 ms, matrix p95 160.0 ms',
    );
  });
});

const [backend] = await testBackends();

describe('a smoke run of one operation', () => {
  let close: () => Promise<void>;
  let url: string;
  let cookie: string;
  let ranking: Operation;
  let run: (operation: Operation, db?: Db) => ReturnType<typeof driveBare>;
  let server: InProcessServer;

  beforeAll(async () => {
    ({ server } = await demoServer(backend));
    close = () => server.close();
    url = server.url;
    cookie = await signInCookie(url, ANALYST, DEMO_PASSWORD);
    [ranking] = operationsOf(DEMO, idsFrom((await ask(url, cookie, IDS_QUERY)).data, DEMO)) as [Operation];
    const userId = (await server.db.user.findUniqueOrThrow({ where: { email: ANALYST } })).id;
    run = (operation, db = server.db) => driveBare({ db, ...operation, userId, clients: 1, seconds: 0.1 });
  });
  afterAll(async () => {
    await close?.();
  });

  it('drives the ranking over HTTP without a failed answer', async () => {
    const run = driveHttp({
      url,
      body: JSON.stringify({ query: ranking.query, variables: ranking.variables }),
      headers: { cookie },
      connections: 1,
      seconds: 0.2,
    });
    await expect(run).resolves.toMatchObject({ requests: expect.any(Number), timeouts: 0 });
  });

  it('refuses a run whose answers are errors', async () => {
    await expect(
      driveHttp({ url, body: '{"query":"{ nope }"}', headers: {}, connections: 1, seconds: 0.5 }),
    ).rejects.toThrow(/non-2xx/);
  });

  it('executes over rows held in memory: each read reaches the database once', async () => {
    const inMemory = rowsInMemory(server.db);
    const first = await server.db.$statements.measure(() => run({ ...ranking }, inMemory));
    const again = await server.db.$statements.measure(() => run({ ...ranking }, inMemory));
    expect(first.statements).toBeGreaterThan(0);
    expect(again.statements).toBe(0);
  });

  it('executes the same operation bare, and refuses one that fails', async () => {
    await expect(run(ranking)).resolves.toMatchObject({ seconds: expect.any(Number) });
    await expect(run({ ...ranking, variables: { ...ranking.variables, g: 'bad' } })).rejects.toThrow();
  });
});
