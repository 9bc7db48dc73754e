/**
 * `pnpm bench:api`'s plumbing, quickly and without timed or throughput assertions: percentiles, the
 * summary line's shape, and a smoke run of the province ranking on the demo data — over HTTP and as
 * bare graphql-js — that must finish without an error, whatever its figures (the machine may be busy:
 * a "more than 0 requests" check failed that way). `pnpm bench:api` measures.
 */
import { DEMO_PASSWORD } from '@chiso/db/seed';
import { testBackends } from '@chiso/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoServer } from '../sql-operations.ts';
import { driveBare } from './bare.ts';
import { driveHttp } from './http-load.ts';
import { DEMO, IDS_QUERY, idsFrom, type Operation, operationsOf } from './operations.ts';
import { ANALYST, type Measurement, summaryLine } from './run.ts';
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
        bytes: 1,
        statements: 3,
        http: run(900, 12),
        bare: run(300, 40),
        ratio: 3,
      },
      {
        dataset: 'b',
        operation: 'summary',
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
});

const [backend] = await testBackends();

describe('a smoke run of one operation', () => {
  let close: () => Promise<void>;
  let url: string;
  let cookie: string;
  let ranking: Operation;
  let run: (operation: Operation) => ReturnType<typeof driveBare>;

  beforeAll(async () => {
    const { server } = await demoServer(backend);
    close = () => server.close();
    url = server.url;
    cookie = await signInCookie(url, ANALYST, DEMO_PASSWORD);
    [ranking] = operationsOf(DEMO, idsFrom((await ask(url, cookie, IDS_QUERY)).data, DEMO)) as [Operation];
    const userId = (await server.db.user.findUniqueOrThrow({ where: { email: ANALYST } })).id;
    run = (operation) => driveBare({ db: server.db, ...operation, userId, clients: 1, seconds: 0.1 });
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

  it('executes the same operation bare, and refuses one that fails', async () => {
    await expect(run(ranking)).resolves.toMatchObject({ seconds: expect.any(Number) });
    await expect(run({ ...ranking, variables: { ...ranking.variables, g: 'bad' } })).rejects.toThrow();
  });
});
