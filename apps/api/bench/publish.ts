/**
 * `pnpm --filter @chiso/api bench:publish [runs]`: publishing the demo's 2022 period (238
 * assessments, every one approved, the period closed), on the embedded database — and on PostgreSQL
 * too when TEST_POSTGRES_URL names a server that may CREATE DATABASE.
 *
 * Beside the whole publication, its writes alone, side by side on the same scored rows: the result
 * rows written as one JSON parameter per table (materialiseCohort), against Prisma's createMany
 * (what materialiseCohort did before: one bound parameter per value, compiled per statement). Each
 * write runs in a transaction rolled back, so every run starts from the same tables.
 */
import { cpus, loadavg } from 'node:os';
import { type Db, materialiseCohort, type Tx } from '@chiso/db';
import type { TestBackend } from '@chiso/testing/databases';
import { postgresBackend } from '@chiso/testing/databases';
import { postgresTemplates, templateKey } from '@chiso/testing/templates';
import type { Context } from '../src/context.ts';
import { scoreCohortRows } from '../src/services/assessments/cohort-scoring.ts';
import {
  cohortsOf,
  loadForScoring,
  sortForPublication,
} from '../src/services/assessments/publication-scope.ts';
import { publishPeriodResults } from '../src/services/assessments/publish.ts';
import { scriptBackend } from './in-process.ts';

const runs = Number(process.argv[2] ?? 5);

class RolledBack extends Error {}

/** The median of `runs` timings of `work` inside a transaction that is then rolled back. */
async function rolledBack(db: Db, work: (tx: Tx) => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await db
      .$transaction(
        async (tx) => {
          const started = performance.now();
          await work(tx);
          times.push(performance.now() - started);
          throw new RolledBack();
        },
        { timeout: 600_000 },
      )
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function measure(name: string, backend: TestBackend) {
  const server = await backend.open({ demo: true });
  try {
    const db = server.db;
    const period = await db.period.findFirstOrThrow({ where: { code: '2022' } });
    // Every assessment approved, the period closed: what the e2e's admin publishes.
    await db.assessment.updateMany({
      where: { periodId: period.id, status: { in: ['DRAFT', 'SUBMITTED', 'RETURNED'] } },
      data: { status: 'APPROVED' },
    });
    await db.period.update({ where: { id: period.id }, data: { status: 'CLOSED' } });
    const context = {
      db,
      locale: 'vi',
      viewer: {
        kind: 'user',
        role: 'ADMIN',
        provinceId: period.provinceId,
        userId: 'bench',
        unitIds: [],
        sessionId: 'bench',
        mustChangePassword: false,
      },
    } as unknown as Context;

    // The cohorts' rows, scored once, written both ways.
    const sorted = await sortForPublication(db, period, { periodId: period.id });
    const scoring = await loadForScoring(db, sorted.approved);
    const scored = await Promise.all(
      cohortsOf(sorted.approved, scoring).map(async (cohort) => ({
        cohort,
        rows: await scoreCohortRows(context, cohort),
      })),
    );
    const nodes = scored.reduce((sum, { rows }) => sum + rows.nodes.length, 0);
    const bulk = await rolledBack(db, async (tx) => {
      for (const { cohort, rows } of scored) await materialiseCohort(tx, cohort, rows);
    });
    const createMany = await rolledBack(db, async (tx) => {
      for (const { cohort, rows } of scored) {
        const ids = cohort.assessments.map((assessment) => assessment.id);
        await tx.resultNode.deleteMany({ where: { assessmentId: { in: ids } } });
        await tx.assessmentResult.deleteMany({ where: { assessmentId: { in: ids } } });
        await tx.assessmentResult.createMany({ data: rows.results });
        await tx.resultNode.createMany({ data: rows.nodes });
      }
    });

    const started = performance.now();
    const publication = await publishPeriodResults(context, { periodId: period.id });
    const whole = performance.now() - started;
    console.log(
      `publish ${name}: ${sorted.approved.length} assessments, ${publication.cohortCount} cohorts, ${nodes} result nodes: ` +
        `whole publication ${whole.toFixed(0)} ms; writes (median of ${runs}) ${bulk.toFixed(0)} ms as JSON rows, ` +
        `${createMany.toFixed(0)} ms with createMany (${(createMany / bulk).toFixed(1)}×)`,
    );
  } finally {
    await server.drop();
  }
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}, Node ${process.version}`,
);
await measure('PGlite', await scriptBackend());
const url = process.env.TEST_POSTGRES_URL;
if (url) await measure('PostgreSQL', postgresBackend(await postgresTemplates(url, await templateKey())));
