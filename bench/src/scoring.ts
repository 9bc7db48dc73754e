import { cpus } from 'node:os';
import { loadCriteriaSet } from '@chiso/criteria';
import { scoreCohort, type UnitResult, walkSet } from '@chiso/scoring';
import { syntheticCohort } from './cohort.ts';
import { floatScore } from './float-reference.ts';
import { medianMs } from './measure.ts';

/**
 * Scores a synthetic national cohort (default 12,000 units) on the 150-criterion district set with
 * the exact engine and, side by side in the same process, with the floating-point reference.
 * Usage: pnpm bench:scoring [units] [runs]
 */
const units = Number(process.argv[2] ?? 12_000);
const runs = Number(process.argv[3] ?? 5);
const set = loadCriteriaSet('btttt-2392-district');
const criteria = [...walkSet(set)].filter((node) => node.kind === 'criterion').length;
const cohort = syntheticCohort(set, units);

let exact: Array<UnitResult & { unitId: string }> = [];
const exactMs = medianMs(runs, () => {
  exact = scoreCohort(set, cohort);
});

const best: Record<string, number> = {};
for (const { node } of walkSet(set)) {
  if (!('rule' in node) || !node.rule) continue;
  const code = node.code;
  best[code] = Math.max(0, ...cohort.map((member) => Number(member.inputs[code]) || 0));
}
let reference: ReturnType<typeof floatScore>[] = [];
const referenceMs = medianMs(runs, () => {
  reference = cohort.map((member) => floatScore(set, member.inputs, best));
});

// How many criterion values floating point gets wrong, against the exact engine.
let wrong = 0;
let compared = 0;
exact.forEach((result, index) => {
  const floats = reference[index]?.leaves ?? {};
  const visit = (node: UnitResult['categories'][number]) => {
    if (node.code in floats) {
      compared++;
      if (Math.round((floats[node.code] as number) * 100) !== node.points) wrong++;
    }
    node.children.forEach(visit);
  };
  result.categories.forEach(visit);
});

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}`);
console.log(
  `exact engine ${exactMs.toFixed(0)} ms; float reference ${referenceMs.toFixed(0)} ms (median of ${runs})`,
);
console.log(`float reference got ${wrong} of ${compared} criterion values wrong`);
console.log(
  `scoring: ${units} units x ${criteria} criteria: median ${exactMs.toFixed(0)} ms, ${Math.round(units / (exactMs / 1000))} results/s, ${(exactMs / referenceMs).toFixed(2)}x reference`,
);
