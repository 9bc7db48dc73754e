export { applyPath, type PlannedValues } from './apply.ts';
export { type LiftingCriterion, liftingCriteria } from './cohort.ts';
export type { PathStatus } from './explain.ts';
export {
  type GroupGain,
  type NextLevelOptions,
  type NextLevelPath,
  nextLevelPath,
  type PathStep,
} from './path.ts';
export { type CohortTotal, cohortBestOf, type WhatIfBasis, type WhatIfOutcome, whatIf } from './what-if.ts';
