export { type EntryRow, replaceEntries, upsertEntries } from './entries.ts';
export { type EntryValues, inputsOf, overridesOf } from './inputs.ts';
export {
  type CohortAssessment,
  type CohortRows,
  cohortResultRows,
  flatten as flattenResult,
  type MaterialisedResult,
  materialiseCohort,
  scoreCohortWithOverrides,
} from './materialise.ts';
