/**
 * The compiled scoring path: a criteria version compiled once into flat arrays over integer
 * hundredths, a cohort scored and ranked in tight loops. The tree engine (`aggregate.ts`) stays the
 * reference: the benchmark and a property test check both give the same results.
 */

export { flatDifferences } from './differences.ts';
export {
  type FlatCohortScores,
  LEVEL_NOT_REACHED,
  NO_LEVEL_RULES,
  scoreCohortFlat,
  scoreFlat,
} from './evaluate.ts';
export { encodeCohort, type FlatCohort } from './inputs.ts';
export { compileFlat, type FlatSet } from './program.ts';
export { competitionRanks } from './ranks.ts';
export { type GroupColumn, weightSensitivityFlat } from './sensitivity.ts';
export { cohortBestRecord, flatResult } from './tree.ts';
