import { loadCriteriaSet } from '@chiso/criteria';
import { encodeCohort, scoreCohort, scoreFlat } from '@chiso/scoring';
import { syntheticCohort } from './src/cohort.ts';
const set = loadCriteriaSet('btttt-2392-district');
const cohort = syntheticCohort(set, 12000);
const cpu = (label: string, runs: number, work: () => void) => {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) { const c0 = process.cpuUsage(); const t = performance.now(); work(); const c = process.cpuUsage(c0); times.push((c.user + c.system) / 1000); }
  times.sort((a, b) => a - b);
  console.log(label, 'cpu median', times[Math.floor(runs / 2)]!.toFixed(1), 'ms');
};
const enc = encodeCohort(set, cohort);
cpu('encode', 5, () => encodeCohort(set, cohort));
cpu('flat', 15, () => scoreFlat(enc));
cpu('tree', 3, () => scoreCohort(set, cohort));
