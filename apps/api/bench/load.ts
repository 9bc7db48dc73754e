/**
 * `pnpm bench:load [--duration 60] [--connections 200] [--warmup 5] [--node-option=…]`: the built
 * server (`dist/main.js`, built first) on a fresh copy of the demo — embedded PGlite, or a new database
 * on the PostgreSQL server of `DATABASE_URL` (an admin URL) — under a mix of people, one connection
 * each, for `--duration` seconds: officers saving their units' entries in the open period, reviewers
 * reviewing and approving, analysts reading the published comparisons (an admin's edit invalidates the
 * response cache every `--invalidate-every` seconds, 15 by default), while `/healthz` is pinged every
 * 20 ms apart. Ends with `load: <n> requests, <errors> errors, p95 <ms> ms, healthz max <ms> ms`
 * (target: 0 errors, p95 ≤ 500 ms, healthz max ≤ 100 ms). Conflicts (a save on a stale revision) are
 * expected, counted apart, not errors.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { postgresBackend } from '@chiso/testing/databases';
import { startApiProcess } from '@chiso/testing/process';
import { demoDataFolder, postgresTemplates, templateKey, urlOf } from '@chiso/testing/templates';
import { categoryQuery, DEMO, type Operation, operationsOf } from './api/operations.ts';
import { ask, buildServer } from './api/server.ts';
import { percentile } from './api/stats.ts';
import { RENAME_GROUP } from './load/documents.ts';
import { drive } from './load/drive.ts';
import { loopDelayMax, pingHealthz, slowPings } from './load/healthz.ts';
import { OPEN_PERIOD, preparePeople } from './load/people.ts';
import { analyst, officer, type Person, reviewer } from './load/people-at-work.ts';
import { breakdown, count, loadLine, newTally } from './load/tally.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '200' },
    /** Seconds between the admin's edits, each invalidating every cached comparison. */
    'invalidate-every': { type: 'string', default: '15' },
    /** Seconds of a tenth of the connections before the measured load (0: measure from a cold start). */
    warmup: { type: 'string', default: '5' },
    'no-build': { type: 'boolean' },
    /** A folder for the server's CPU profile (node --cpu-prof), written when it stops. */
    profile: { type: 'string' },
    /** More of node's options for the server, one each (e.g. --node-option=--trace-gc --server-log). */
    'node-option': { type: 'string', multiple: true },
    /** The server's own long turns (over LONG_TURN_MS) listed beside the slow pings (load/long-turns.mjs). */
    'long-turns': { type: 'boolean' },
    /** The server's request log onto this output. */
    'server-log': { type: 'boolean' },
  },
});
const seconds = Number(values.duration);
const connections = Number(values.connections);
const log = (line: string) => console.log(line);
const busy = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')}`;

/** The demo's groups, each read by the analysts (its published 2021 comparisons). */
const GROUPS = ['nhom-1', 'nhom-2', 'nhom-3'];

if (!values['no-build']) await buildServer();

// A fresh copy of the demo: its data folder, or a database of its own from the PostgreSQL template.
const adminUrl = process.env.DATABASE_URL;
let database: { databaseUrl?: string; dataDir?: string; drop(): Promise<void> };
if (adminUrl) {
  const opened = await postgresBackend(await postgresTemplates(adminUrl, await templateKey())).open({
    demo: true,
  });
  const [row] = await opened.db.$queryRawUnsafe<Array<{ name: string }>>('SELECT current_database() AS name');
  database = { databaseUrl: urlOf(adminUrl, row?.name ?? ''), drop: opened.drop };
} else {
  const folder = await mkdtemp(join(tmpdir(), 'chiso-bench-load-'));
  database = {
    dataDir: await demoDataFolder(join(folder, 'demo')),
    drop: () => rm(folder, { recursive: true, force: true }),
  };
}

log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}; ${busy()}`);
log(
  `database: ${adminUrl ? 'PostgreSQL' : 'embedded PGlite'}, a fresh copy of the demo; ${connections} connections for ${seconds} s`,
);
const longTurns = values['long-turns']
  ? join(await mkdtemp(join(tmpdir(), 'chiso-turns-')), 'turns.json')
  : null;
/** What `--long-turns` counts as a long turn of the server's event loop. */
const LONG_TURN_MS = 60;
/** When the pings began (ms since the epoch), and the line the run ends with. */
let pingsFrom = 0;
let last = '';
const server = await startApiProcess({
  built: true,
  databaseUrl: database.databaseUrl,
  dataDir: database.dataDir,
  log: values['server-log'],
  nodeArgs: [
    ...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []),
    ...(values['node-option'] ?? []),
    ...(longTurns ? [`--import=${new URL('./load/long-turns.mjs', import.meta.url).href}`] : []),
  ],
  env: longTurns ? { CHISO_LONG_TURNS_FILE: longTurns, CHISO_LONG_TURN_MS: String(LONG_TURN_MS) } : undefined,
});
try {
  const started = performance.now();
  // Of the connections: officers (at most one per unit with editable work), a fifth reviewers, the rest analysts.
  const reviewers = Math.max(1, Math.round(connections / 5));
  const people = await preparePeople(server.url, {
    connections,
    officers: Math.round(connections * 0.4),
    reviewers,
  });
  const period = (code: string) => people.periods.get(code) as string;
  const operations: Operation[] = [];
  for (const group of GROUPS) {
    const ids = { periods: people.periods, group: people.groups.get(group) as string };
    const dataset = { ...DEMO, group };
    const { query, variables } = categoryQuery(dataset, ids);
    const category = (await ask(server.url, people.analysts[0] as string, query, variables)).data.groupRanking
      .categories[0]?.code;
    operations.push(
      ...operationsOf(dataset, { ...ids, category }, true).map((op) => ({
        ...op,
        name: `${op.name} (${group})`,
      })),
    );
  }
  const persons: Person[] = [
    ...people.officers.map((each) => officer(each.cookie, each.assessmentIds)),
    ...people.reviewers.map((cookie, index) => reviewer(cookie, index, reviewers, period(OPEN_PERIOD))),
    ...people.analysts.map((cookie, index) => analyst(cookie, operations, index)),
  ];
  log(
    `people: ${people.officers.length} officers (one per unit with a draft or returned assessment), ${reviewers} reviewers, ${people.analysts.length} analysts, signed in once each; prepared in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );

  // /healthz is pinged from here to the end: the warm-up's seconds count for it too.
  const healthz = pingHealthz(server.url);
  const { raised } = await healthz.begin();
  pingsFrom = performance.timeOrigin + performance.now();
  log(
    `healthz pinger: ${raised ? 'priority over the load generator (nice -10)' : 'normal priority (no right to raise it)'}`,
  );
  await loopDelayMax(server.url);
  // The day's first users before the crowd: every tenth person for `--warmup` seconds, their answers
  // not counted. The crowd then meets a server that has run each kind of request before (its code
  // compiled, the documents parsed, the published cohorts made), as it does at work; with
  // `--warmup 0` all 200 connections send their first requests at once to a server just started
  // (bench/RESULTS.md, stop 28).
  const warmup = Number(values.warmup);
  // Its errors count with the load's.
  let warmErrors = 0;
  if (warmup > 0) {
    const warm = newTally();
    const few = persons.filter((_, index) => index % 10 === 0);
    const failures = await drive(server.url, few, warmup, warm);
    const asked = [...warm.latencies.values()].reduce((sum, each) => sum + each.length, 0);
    warmErrors = warm.errors + failures;
    log(`warm-up: ${few.length} connections for ${warmup} s, ${asked} requests, ${warmErrors} errors`);
    for (const problem of warm.problems) log(`  error: ${problem}`);
  }

  const tally = newTally();
  // The admin's edit: a group's name, back and forth (shown beside results, so every cached answer goes).
  const groupId = people.groups.get('nhom-1') as string;
  let edits = 0;
  const editor = setInterval(async () => {
    const name = edits++ % 2 ? 'Nhóm 1: Sở, ban, ngành' : 'Nhóm 1: Sở, ban, ngành tỉnh';
    const at = performance.now();
    try {
      const { data } = await ask(server.url, people.adminCookie, RENAME_GROUP, {
        input: { id: groupId, name },
      });
      const ok = data.updateUnitGroup.__typename !== 'AppError';
      count(
        tally,
        'admin rename group',
        performance.now() - at,
        ok ? 'ok' : 'error',
        ok ? undefined : data.updateUnitGroup.message,
      );
    } catch (error) {
      count(tally, 'admin rename group', performance.now() - at, 'error', String(error));
    }
  }, Number(values['invalidate-every']) * 1000);
  const failures = await drive(server.url, persons, seconds, tally);
  const loopDelay = await loopDelayMax(server.url);
  clearInterval(editor);
  const { latencies: pings, ...pinged } = await healthz.stop();

  for (const line of breakdown(tally)) log(line);
  const sortedPings = [...pings].sort((a, b) => a - b);
  log(
    `healthz: ${pings.length} pings, p50 ${percentile(sortedPings, 50).toFixed(0)} ms, p99 ${percentile(sortedPings, 99).toFixed(0)} ms`,
  );
  const slow = slowPings({ latencies: pings, ...pinged });
  log(`healthz over 100 ms (from the warm-up's start): ${slow.length ? slow.join(', ') : 'none'}`);
  log(
    `server event loop: longest delay ${loopDelay === null ? 'unknown' : `${loopDelay.toFixed(0)} ms`} from the warm-up's start`,
  );
  log(
    `conflicts: ${tally.conflicts} (expected now and then, not errors); load generator failures: ${failures}`,
  );
  for (const problem of tally.problems) log(`  error: ${problem}`);
  log(busy());
  last = loadLine(tally, failures + warmErrors, pings);
} finally {
  server.stop();
  // Gone before its database is (and its CPU profile written).
  await server.exited;
  await database.drop();
}
if (longTurns) {
  // Written by the server as it exited: when each began, on the same clock as the pings.
  const turns = JSON.parse(await readFile(longTurns, 'utf8')) as Array<[number, number]>;
  const listed = turns
    .filter(([at]) => at >= pingsFrom)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([at, ms]) => `${ms.toFixed(0)} ms at ${((at - pingsFrom) / 1000).toFixed(1)} s`);
  log(
    `server turns over ${LONG_TURN_MS} ms (from the warm-up's start): ${listed.length ? listed.join(', ') : 'none'}`,
  );
  await rm(dirname(longTurns), { recursive: true, force: true });
}
log(last);
