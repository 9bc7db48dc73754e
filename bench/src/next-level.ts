import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadCriteriaSet } from '@chiso/criteria';
import { nextLevelPath, scoreCohort } from '@chiso/scoring';
import { syntheticCohort } from './cohort.ts';

/**
 * The exact path to the next level for every unit and category of a synthetic cohort on the
 * commune and district sets of 2392: the time per path (median and worst) and how many paths exist.
 * Usage: pnpm --filter @chiso/bench run next-level [units]
 */
const units = Number(process.argv[2] ?? 300);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}`);
for (const code of ['btttt-2392-commune', 'btttt-2392-district']) {
  const set = loadCriteriaSet(code);
  const results = scoreCohort(set, syntheticCohort(set, units));
  const times: number[] = [];
  let found = 0;
  for (const result of results) {
    for (const category of result.categories) {
      const start = performance.now();
      const path = nextLevelPath(set, result, category.code);
      times.push(performance.now() - start);
      if (path?.status === 'PATH') found++;
    }
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const total = times.reduce((sum, time) => sum + time, 0);
  console.log(
    `next-level ${code}: ${times.length} paths asked, ${found} found; median ${median.toFixed(2)} ms, worst ${(times.at(-1) ?? 0).toFixed(1)} ms, total ${total.toFixed(0)} ms (load ${loadavg()[0]?.toFixed(1)})`,
  );
}
