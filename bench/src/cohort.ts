import { type CohortMember, type CriteriaSet, seededRandom, syntheticInputs } from '@chiso/scoring';

/** A synthetic national cohort: units spread over every maturity, a few inputs missing. */
export function syntheticCohort(set: CriteriaSet, units: number, seed = 2022): CohortMember[] {
  const random = seededRandom(seed);
  return Array.from({ length: units }, (_, index) => ({
    unitId: String(index).padStart(5, '0'),
    inputs: syntheticInputs(set, { maturity: random(), random, missing: 0.03 }),
  }));
}
