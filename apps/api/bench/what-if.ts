/**
 * `pnpm --filter @chiso/api bench:what-if [runs]`: the what-if operations that score or rank a
 * whole cohort in loops, as services on the demo (PGlite), over its largest published cohort (the
 * 177 communes of 2021): rankSensitivity (±10 % per group) and the preview of a criteria version
 * over the cohort (compiled scoring), end to end with their reads, then again with the what-if
 * memory holding the cohort (a server with change notifications: only the scoring runs). Target
 * ≤ 100 ms each (issue 15).
 * The preview's scoring alone is timed beside the tree engine on the same members.
 */
import { cpus, loadavg } from 'node:os';
import { inputsOf, overridesOf } from '@chiso/db';
import { rankResults, scoreCohort, scoreCohortFlat } from '@chiso/scoring';
import { createWhatIfMemory } from '../src/cache/what-if-memory.ts';
import type { Context } from '../src/context.ts';
import { criteriaOf } from '../src/services/assessments/criteria.ts';
import { rankSensitivity } from '../src/services/comparisons/sensitivity.ts';
import { previewVersionOnCohort } from '../src/services/criteria/preview.ts';
import { demoServer } from './sql-operations.ts';

const runs = Number(process.argv[2] ?? 15);

async function median(work: () => Promise<unknown> | unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const started = performance.now();
const { server } = await demoServer();
console.log(`demo loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
try {
  const db = server.db;
  const period = await db.period.findFirstOrThrow({ where: { code: '2021' } });
  const group = await db.unitGroup.findFirstOrThrow({ where: { code: 'nhom-3' } });
  const assignment = await db.periodAssignment.findFirstOrThrow({
    where: { periodId: period.id, unitGroupId: group.id },
    select: { versionId: true },
  });
  const context = {
    db,
    viewer: {
      kind: 'user',
      role: 'ADMIN',
      // A national admin: every province's cohorts.
      provinceId: null,
      userId: 'bench',
      unitIds: [],
      sessionId: 'bench',
      mustChangePassword: false,
    },
  } as unknown as Context;
  const cohort = { periodId: period.id, unitGroupId: group.id };
  // Each question asked first (its reads) and again (the what-if memory's cohort, scoring only).
  const remembering = { ...context, whatIf: createWhatIfMemory() };
  const sensitivity = (on: Context) => rankSensitivity(on, { ...cohort, percent: 10 });
  const preview = (on: Context) => previewVersionOnCohort(on, { ...cohort, versionId: assignment.versionId });
  const size = (await sensitivity(context)).cohortSize;
  const previewed = (await preview(context)).cohortSize;
  const sensitivityMs = await median(() => sensitivity(context));
  const previewMs = await median(() => preview(context));
  const sensitivityAgainMs = await median(() => sensitivity(remembering));
  const previewAgainMs = await median(() => preview(remembering));

  // The preview's scoring alone, compiled and with the tree engine, on the same members.
  const version = await db.criteriaVersion.findUniqueOrThrow({ where: { id: assignment.versionId } });
  const set = criteriaOf(version);
  const assessments = await db.assessment.findMany({
    where: { ...cohort, status: 'PUBLISHED' },
    select: { id: true, entries: { select: { nodeCode: true, input: true, reviewedPoints: true } } },
  });
  const members = assessments.map((assessment) => ({
    unitId: assessment.id,
    inputs: inputsOf(assessment.entries),
    overrides: overridesOf(assessment.entries),
  }));
  const compiledMs = await median(() => scoreCohortFlat(set, members));
  const treeMs = await median(() => rankResults(scoreCohort(set, members), (result) => result));

  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}; load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')}`,
  );
  console.log(
    `scoring ${members.length} members: compiled ${compiledMs.toFixed(2)} ms, tree engine ${treeMs.toFixed(1)} ms (median of ${runs})`,
  );
  console.log(
    `what-if: rankSensitivity ${size} units median ${sensitivityMs.toFixed(1)} ms read, ${sensitivityAgainMs.toFixed(1)} ms again; preview of a version over ${previewed} units median ${previewMs.toFixed(1)} ms read, ${previewAgainMs.toFixed(1)} ms again (target ≤ 100 ms)`,
  );
} finally {
  await server.close();
}
