/**
 * `pnpm --filter @chiso/api bench:api:profile [--runs 15] [--postgres <url>]`: where an uncached
 * comparison request spends its time, one request at a time (no load): the whole HTTP request
 * (session lookup, Apollo, JSON), graphql-js `execute` with its SQL, the same over the rows held in
 * memory (GraphQL and the services' work, JSON parsing included), each statement as the client waits
 * for it, and the database's own planning and execution of it (EXPLAIN ANALYZE) — what is left
 * between the last two is the driver and Prisma moving the rows. Medians of `runs`.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createPrismaClient, type Db, Prisma } from '@chiso/db';
import { DEMO_PASSWORD } from '@chiso/db/seed';
import { execute, parse } from 'graphql';
import { schema } from '../src/schema/index.ts';
import { createApp } from '../src/server.ts';
import { analystContext } from './api/analyst-context.ts';
import { rowsInMemory } from './api/in-memory.ts';
import { categoryQuery, DEMO, IDS_QUERY, idsFrom, NATIONAL, operationsOf } from './api/operations.ts';
import { ANALYST } from './api/run.ts';
import { ask, signInCookie } from './api/server.ts';
import { scriptBackend, serveInProcess } from './in-process.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '15' }, postgres: { type: 'string' } },
});
const runs = Number(values.runs);

interface Statement {
  sql: Prisma.Sql;
  ms: number;
}

/** The client with every `$queryRaw` timed as its caller waits for it (model reads are counted apart). */
function timedDb(db: Db, log: Statement[]): Db {
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop !== '$queryRaw') return typeof value === 'function' ? value.bind(target) : value;
      return async (query: TemplateStringsArray | Prisma.Sql, ...rest: unknown[]) => {
        const sql = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...rest);
        const started = performance.now();
        const rows = await target.$queryRaw(sql);
        log.push({ sql, ms: performance.now() - started });
        return rows;
      };
    },
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function medianOf(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The database's own planning and execution time of a statement (no rows sent back). */
async function serverTime(db: Db, sql: Prisma.Sql): Promise<{ planning: number; execution: number }> {
  const plans: Array<{ planning: number; execution: number }> = [];
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 3)); i++) {
    const [row] = await db.$queryRawUnsafe<Array<{ 'QUERY PLAN': unknown }>>(
      `EXPLAIN (ANALYZE, TIMING OFF, SUMMARY, FORMAT JSON) ${sql.text}`,
      ...sql.values,
    );
    const plan = row?.['QUERY PLAN'];
    const [first] = (typeof plan === 'string' ? JSON.parse(plan) : plan) as Array<{
      'Planning Time': number;
      'Execution Time': number;
    }>;
    plans.push({ planning: first?.['Planning Time'] ?? 0, execution: first?.['Execution Time'] ?? 0 });
  }
  return {
    planning: median(plans.map((p) => p.planning)),
    execution: median(plans.map((p) => p.execution)),
  };
}

const ms = (value: number) => value.toFixed(1).padStart(7);

async function profile(dataset: typeof DEMO, db: Db, url: string, close: () => Promise<void>) {
  try {
    const cookie = await signInCookie(url, ANALYST, DEMO_PASSWORD);
    const userId = (await db.user.findUniqueOrThrow({ where: { email: ANALYST } })).id;
    const ids = idsFrom((await ask(url, cookie, IDS_QUERY)).data, dataset);
    const { query, variables } = categoryQuery(dataset, ids);
    const category = (await ask(url, cookie, query, variables)).data.groupRanking.categories[0]?.code;
    console.log(`${dataset.name}: medians of ${runs} requests one at a time, ms`);
    console.log(
      `  ${'operation'.padEnd(20)}    http  execute  in-memory | sql waited | planning + execution (each statement)`,
    );
    const memory = rowsInMemory(db);
    const contextOf = await analystContext(db, userId, 'profile');
    for (const operation of operationsOf(dataset, { ...ids, category }, true)) {
      const document = parse(operation.query);
      const run = (on: Db) => async () => {
        const result = await execute({
          schema,
          document,
          variableValues: operation.variables,
          contextValue: contextOf(on),
        });
        if (result.errors?.length) throw new Error(`${operation.name}: ${result.errors[0]?.message}`);
      };
      const http = await medianOf(() => ask(url, cookie, operation.query, operation.variables));
      const statements: Statement[] = [];
      const executed = await medianOf(run(timedDb(db, statements)));
      const inMemory = await medianOf(run(memory));
      // The statements of one request, each with its median wait over the runs.
      const perRequest = statements.length / (runs + 1);
      const waited = Array.from({ length: perRequest }, (_, index) =>
        median(statements.filter((_, i) => i % perRequest === index).map((s) => s.ms)),
      );
      const server = [];
      for (const statement of statements.slice(0, perRequest))
        server.push(await serverTime(db, statement.sql));
      console.log(
        `  ${operation.name.padEnd(20)} ${ms(http)} ${ms(executed)} ${ms(inMemory)}    | ${ms(waited.reduce((a, b) => a + b, 0))}    | ${server.map((s, i) => `${s.planning.toFixed(1)} + ${s.execution.toFixed(1)} (waited ${(waited[i] ?? 0).toFixed(1)})`).join(', ')}`,
      );
    }
  } finally {
    await close();
  }
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}; load average ${loadavg()
    .map((v) => v.toFixed(2))
    .join(', ')}`,
);
{
  const server = await serveInProcess(await scriptBackend(), { demo: true });
  await profile(DEMO, server.db, server.url, () => server.close());
}
if (values.postgres) {
  const db = await createPrismaClient({ databaseUrl: values.postgres, migrate: true });
  const app = await createApp({ db, responseCache: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  await profile(NATIONAL, db, url, async () => {
    await app.close();
    await db.$close();
  });
}
console.log(
  `load average ${loadavg()
    .map((v) => v.toFixed(2))
    .join(', ')}`,
);
