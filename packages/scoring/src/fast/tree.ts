import { score } from '../aggregate.ts';
import type { UnitResult } from '../result.ts';
import type { FlatCohortScores } from './evaluate.ts';

/** The cohort's best values as `ScoreOptions.cohortBest` takes them. */
export function cohortBestRecord(scores: FlatCohortScores): Record<string, number> {
  const best: Record<string, number> = {};
  for (const leaf of scores.cohort.flat.bestLeaves)
    best[scores.cohort.flat.leafCode[leaf] as string] = scores.best[leaf] as number;
  return best;
}

/**
 * One member's full result tree (names, findings, level outcomes with their conditions, reasons),
 * built only when asked — by the tree engine with the cohort's best values, so it is the very object
 * `scoreCohort` gives for that member.
 */
export function flatResult(
  scores: FlatCohortScores,
  member: number,
  cohortBest: Readonly<Record<string, number>> = cohortBestRecord(scores),
): UnitResult & { unitId: string } {
  const found = scores.cohort.members[member];
  if (!found) throw new RangeError(`no member ${member} in a cohort of ${scores.cohort.members.length}`);
  const { unitId, inputs, unitKind, overrides, notRanked } = found;
  return {
    unitId,
    ...score(scores.cohort.flat.set, inputs, {
      cohortBest,
      ...(unitKind === undefined ? {} : { unitKind }),
      ...(overrides === undefined ? {} : { overrides }),
      ...(notRanked === undefined ? {} : { notRanked }),
    }),
  };
}
