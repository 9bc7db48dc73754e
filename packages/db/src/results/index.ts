export { type EntryValues, inputsOf, overridesOf } from './inputs.ts';
export {
  type CohortAssessment,
  flatten as flattenResult,
  type MaterialisedResult,
  materialiseCohort,
  scoreCohortWithOverrides,
} from './materialise.ts';
