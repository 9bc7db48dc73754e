/**
 * `pnpm bench:api [--seconds 10] [--connections 50] [--postgres <url>] [--provinces 22,…] [--no-cache]
 * [--identity] [--only matrix,summary] [--no-build]`: the API as production runs it (`dist/main.js`, built first) under load
 * (see api/run.ts) on the embedded database with the demo, then on PostgreSQL with the national dataset
 * (loaded first when missing — idempotent, resumable; `--provinces` loads only those): first with the
 * response cache (ending with the `api:` line), then without it, every comparison query beside execute
 * over the rows held in memory (the `api uncached:` line, last).
 * `--no-cache` runs only the second part; `--only` only the operations whose names begin so (a summary
 * line needs its operations). PostgreSQL is skipped without --postgres or BENCH_POSTGRES_URL.
 * Run with NODE_ENV=production (package.json), as the bundle is built: graphql-js in this process then
 * executes as in the server.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@chiso/db';
import { loadNational, NATIONAL_CATALOGUE, nationalPlan } from '@chiso/db/national';
import { DEMO, NATIONAL } from './api/operations.ts';
import { benchDataset, type Measurement, summaryLine, uncachedSummaryLine } from './api/run.ts';
import { buildServer } from './api/server.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    postgres: { type: 'string' },
    provinces: { type: 'string' },
    'no-cache': { type: 'boolean' },
    identity: { type: 'boolean' },
    only: { type: 'string' },
    'no-build': { type: 'boolean' },
  },
});
if (!values['no-build']) await buildServer();
// Clients accept gzip as browsers and fetch() do, unless --identity.
const load = {
  seconds: Number(values.seconds),
  connections: Number(values.connections),
  headers: values.identity ? {} : { 'accept-encoding': 'gzip' },
};
const only = values.only?.split(',') ?? null;
const postgres = values.postgres ?? process.env.BENCH_POSTGRES_URL ?? null;
const log = (line: string) => console.log(line);
const busy = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')}`;

log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}; ${busy()}`,
);
log(
  `load: ${load.connections} clients, ${load.seconds} s per operation (HTTP, then execute in this process); response cache ${values['no-cache'] ? 'off' : 'on, then off'}, ${values.identity ? 'no compression' : 'accept-encoding: gzip'}`,
);
const modes = values['no-cache'] ? [false] : [true, false];
const measurements: Measurement[] = [];
for (const cache of modes) measurements.push(...(await benchDataset(DEMO, null, load, log, cache, only)));
if (postgres) {
  const db = await createPrismaClient({ databaseUrl: postgres, migrate: true });
  try {
    const plan = nationalPlan(
      JSON.parse(readFileSync(NATIONAL_CATALOGUE, 'utf8')),
      values.provinces?.split(','),
    );
    const started = performance.now();
    const loaded = await loadNational(db, plan, ({ province, skipped }) => {
      if (!skipped) log(`  national dataset: ${province.code} ${province.name} loaded`);
    });
    log(
      `national dataset: ${loaded.skipped} provinces there, ${loaded.loaded} loaded in ${((performance.now() - started) / 1000).toFixed(0)} s; ${await db.resultNode.count()} result nodes`,
    );
  } finally {
    await db.$close();
  }
  for (const cache of modes)
    measurements.push(...(await benchDataset(NATIONAL, postgres, load, log, cache, only)));
} else {
  log('PostgreSQL: skipped (pass --postgres <url> or set BENCH_POSTGRES_URL)');
}
log(busy());
const cached = measurements.filter((m) => m.cache);
if (cached.length > 0) log(summaryLine(cached));
const uncached = measurements.filter((m) => !m.cache);
if (uncached.length > 0 && !only) log(uncachedSummaryLine(uncached));
