import { cpus, loadavg } from 'node:os';
import { loadCriteriaSet } from '@chiso/criteria';
import {
  encodeCohort,
  type FlatCohort,
  type FlatCohortScores,
  flatDifferences,
  scoreCohort,
  scoreFlat,
  type UnitResult,
  walkSet,
} from '@chiso/scoring';
import { syntheticCohort } from './cohort.ts';
import { floatScore } from './float-reference.ts';
import { medianMs } from './measure.ts';

/**
 * Scores a synthetic national cohort (default 12,000 units) on the 150-criterion district set with
 * the compiled path (flat arrays), the exact tree engine it must agree with, and, side by side in the
 * same process, the floating-point reference.
 * Usage: pnpm bench:scoring [units] [runs]
 */
const units = Number(process.argv[2] ?? 12_000);
const runs = Number(process.argv[3] ?? 5);
const set = loadCriteriaSet('btttt-2392-district');
const criteria = [...walkSet(set)].filter((node) => node.kind === 'criterion').length;
const cohort = syntheticCohort(set, units);

// The compiled path: inputs laid out once (as a loader would), then scored, levelled and ranked.
let encoded: FlatCohort | undefined;
const encodeMs = medianMs(runs, () => {
  encoded = encodeCohort(set, cohort);
});
let compiled: FlatCohortScores | undefined;
const compiledMs = medianMs(Math.max(runs, 11), () => {
  compiled = scoreFlat(encoded as FlatCohort);
});

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

// Totals, category points, levels, not-ranked reasons and ranks (rankResults over the tree's results).
const differences = flatDifferences(compiled as FlatCohortScores, exact);

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}, load ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}`,
);
console.log(
  `tree engine ${exactMs.toFixed(0)} ms; float reference ${referenceMs.toFixed(0)} ms (median of ${runs})`,
);
console.log(`float reference got ${wrong} of ${compared} criterion values wrong`);
console.log(
  `compiled: inputs laid out once in ${encodeMs.toFixed(0)} ms; scored, levelled and ranked in ${compiledMs.toFixed(1)} ms (median of ${Math.max(runs, 11)})`,
);
for (const difference of differences.slice(0, 10)) console.log(`  difference: ${difference}`);
console.log(
  `scoring: ${units} units x ${criteria} criteria: median ${compiledMs.toFixed(1)} ms compiled, tree engine ${exactMs.toFixed(0)} ms, ${(exactMs / compiledMs).toFixed(0)}x; ${differences.length} differences`,
);
