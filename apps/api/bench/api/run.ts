/**
 * One dataset of `pnpm bench:api`: the server in its own process under HTTP load, and — in this
 * process, on the same data — each operation's SQL statements (an uncached request to a server
 * without the response cache) and graphql-js `execute` as the ceiling: bare (with its SQL) beside
 * the cached server, over the rows already held in memory beside the uncached one.
 */

import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createPrismaClient, type Db } from '@chiso/db';
import { DEMO_PASSWORD } from '@chiso/db/seed';
import { startApiProcess } from '@chiso/testing/process';
import { demoDataFolder } from '@chiso/testing/templates';
import { createApp } from '../../src/server.ts';
import { demoServer } from '../sql-operations.ts';
import { driveBare } from './bare.ts';
import { driveHttp } from './http-load.ts';
import { rowsInMemory } from './in-memory.ts';
import { categoryQuery, type Dataset, IDS_QUERY, idsFrom, operationsOf } from './operations.ts';
import { ask, signInCookie } from './server.ts';
import type { RunStats } from './stats.ts';

export const ANALYST = 'analyst@chiso.local';

export interface Measurement {
  dataset: string;
  operation: string;
  /** The served process's response cache (off: `bare` is execute over rows held in memory). */
  cache: boolean;
  /** Size of one answer. */
  bytes: number;
  statements: number;
  http: RunStats & { timeouts?: number };
  bare: RunStats;
  /** HTTP req/s ÷ bare (or in-memory) execute/s. */
  ratio: number;
}

export interface Load {
  connections: number;
  seconds: number;
  /** Sent with every HTTP request (accept-encoding). */
  headers?: Record<string, string>;
}

/** This process's own view of the data: a database client and a server without the response cache. */
async function localServer(
  databaseUrl: string | null,
): Promise<{ db: Db; url: string; close(): Promise<void> }> {
  if (!databaseUrl) {
    const { server } = await demoServer();
    return { db: server.db, url: server.url, close: () => server.close() };
  }
  const db = await createPrismaClient({ databaseUrl });
  const app = await createApp({ db, responseCache: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    db,
    url,
    close: async () => {
      await app.close();
      await db.$close();
    },
  };
}

/** Every operation of a dataset against a served process with its response cache on, or off. */
export async function benchDataset(
  dataset: Dataset,
  databaseUrl: string | null,
  load: Load,
  report: (line: string) => void,
  cache = true,
  /** Only the operations whose names begin with one of these (null: all). */
  only: readonly string[] | null = null,
): Promise<Measurement[]> {
  report(
    `${dataset.name}: starting the server (response cache ${cache ? 'on' : 'off'}) and this process's copy…`,
  );
  // The demo from the test template's folder: seeding it again takes minutes on a busy machine.
  const dataDir = databaseUrl ? undefined : await demoDataFolder(resolve(`.data/bench-api-${process.pid}`));
  const [local, served] = await Promise.all([
    localServer(databaseUrl),
    startApiProcess({
      built: true,
      databaseUrl,
      dataDir,
      env: cache ? {} : { CHISO_RESPONSE_CACHE: 'off' },
    }),
  ]);
  try {
    const localCookie = await signInCookie(local.url, ANALYST, DEMO_PASSWORD);
    const servedCookie = await signInCookie(served.url, ANALYST, DEMO_PASSWORD);
    const userId = (await local.db.user.findUniqueOrThrow({ where: { email: ANALYST } })).id;
    const operations = async (url: string, cookie: string) => {
      const ids = idsFrom((await ask(url, cookie, IDS_QUERY)).data, dataset);
      const { query, variables } = categoryQuery(dataset, ids);
      const category = (await ask(url, cookie, query, variables)).data.groupRanking.categories[0]?.code;
      // The cached run keeps its three operations; the uncached one compares every comparison query.
      return operationsOf(dataset, { ...ids, category }, !cache).filter(
        (operation) => !only || only.some((name) => operation.name.startsWith(name)),
      );
    };
    const localOps = await operations(local.url, localCookie);
    const servedOps = await operations(served.url, servedCookie);
    // Beside the uncached server: execute over the rows held in memory (read once in the warm-up).
    const executeDb = cache ? local.db : rowsInMemory(local.db);
    const measurements: Measurement[] = [];
    for (const [index, operation] of localOps.entries()) {
      const { result, statements } = await local.db.$statements.measure(() =>
        ask(local.url, localCookie, operation.query, operation.variables),
      );
      const target = servedOps[index] ?? operation;
      // Warm: the served process fills its response cache and Apollo's document cache.
      await ask(served.url, servedCookie, target.query, target.variables);
      const http = await driveHttp({
        url: served.url,
        body: JSON.stringify({ query: target.query, variables: target.variables }),
        headers: { ...load.headers, cookie: servedCookie },
        connections: load.connections,
        seconds: load.seconds,
      });
      const bare = await driveBare({
        db: executeDb,
        query: operation.query,
        variables: operation.variables,
        userId,
        clients: load.connections,
        seconds: load.seconds,
      });
      const measurement: Measurement = {
        dataset: dataset.name,
        operation: operation.name,
        cache,
        bytes: result.bytes,
        statements,
        http,
        bare,
        ratio: http.rps / bare.rps,
      };
      report(describe(measurement));
      measurements.push(measurement);
    }
    return measurements;
  } finally {
    served.stop();
    await local.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

const fixed = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function describe(m: Measurement): string {
  const ceiling = m.cache ? 'bare graphql-js' : 'in-memory execute';
  return `  ${m.dataset} | ${m.cache ? '' : 'no cache | '}${m.operation} | ${fixed(m.bytes / 1000, 1)} kB, ${m.statements} sql | http ${fixed(m.http.rps)} req/s, p50 ${fixed(m.http.p50, 1)} ms, p95 ${fixed(m.http.p95, 1)} ms${m.http.timeouts ? `, ${m.http.timeouts} timed out` : ''} | ${ceiling} ${fixed(m.bare.rps)} /s, p95 ${fixed(m.bare.p95, 1)} ms | ${fixed(m.ratio, 2)}× ${m.cache ? 'bare' : 'in-memory'}`;
}

/** The cached run's line: each figure the worst over every dataset and operation. */
export function summaryLine(measurements: readonly Measurement[]): string {
  if (measurements.length === 0) throw new Error('nothing was measured');
  const worst = measurements.reduce((a, b) => (b.http.p95 > a.http.p95 ? b : a));
  const rps = Math.min(...measurements.map((m) => m.http.rps));
  const ratio = Math.min(...measurements.map((m) => m.ratio));
  const statements = Math.max(...measurements.map((m) => m.statements));
  return `api: worst p95 ${fixed(worst.http.p95, 1)} ms (${worst.operation}, ${worst.dataset}), ${fixed(rps)} req/s, ${fixed(ratio, 2)} of bare graphql-js, max ${statements} sql statements`;
}

/**
 * The uncached run's line: the worst ratio to in-memory execute, the province ranking's lowest
 * throughput and highest p95, and the matrices' highest p95, over every dataset.
 */
export function uncachedSummaryLine(measurements: readonly Measurement[]): string {
  const ranking = measurements.filter((m) => m.operation === 'province ranking');
  const matrix = measurements.filter((m) => m.operation.startsWith('matrix'));
  if (ranking.length === 0 || matrix.length === 0)
    throw new Error('the ranking and a matrix must be measured');
  const worst = measurements.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  const max = (values: number[]) => Math.max(...values);
  return `api uncached: worst ${fixed(worst.ratio, 2)} of in-memory execute (${worst.operation}, ${worst.dataset}), ranking ${fixed(Math.min(...ranking.map((m) => m.http.rps)))} req/s p95 ${fixed(max(ranking.map((m) => m.http.p95)), 1)} ms, matrix p95 ${fixed(max(matrix.map((m) => m.http.p95)), 1)} ms`;
}
