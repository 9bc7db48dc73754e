export {
  emptyDatabase,
  loadNational,
  type NationalLoadProgress,
  type NationalLoadResult,
  NotNationalError,
} from './load.ts';
export {
  countPlan,
  NATIONAL_CATALOGUE,
  NATIONAL_SETS,
  NATIONAL_YEARS,
  type NationalCounts,
  type NationalGroup,
  type NationalPlan,
  type NationalProvince,
  nationalEntries,
  nationalPlan,
} from './plan.ts';
