import { score } from '../aggregate.ts';
import { compileSet } from '../compile.ts';
import type { Hundredths } from '../decimal.ts';
import type { CriteriaSet } from '../model/index.ts';
import { rankCohort } from '../rank.ts';
import type { UnitResult } from '../result.ts';
import type { Inputs } from '../rules/outcome.ts';

/** Another unit of the cohort as the ranking sees it. */
export interface CohortTotal {
  id: string;
  points: Hundredths;
  maxPoints: Hundredths;
  /** Ranked by total (ranked in every category, no outside reason). */
  ranked: boolean;
}

/** Everything a what-if needs besides the set: fetched once, then every change is scored locally. */
export interface WhatIfBasis {
  /** The assessment itself, left out of `cohort` when ranking the changed figures. */
  id: string;
  inputs: Inputs;
  /** Reviewer points, in hundredths, by node code. */
  overrides: Readonly<Record<string, number>>;
  /** Best value per share-of-best criterion in the cohort (`cohortBest`). */
  cohortBest: Readonly<Record<string, number>>;
  cohort: readonly CohortTotal[];
}

export interface WhatIfOutcome {
  result: UnitResult;
  /** Rank by total among the cohort's ranked units with these figures; null when not ranked. */
  rank: number | null;
  /** Units ranked by total, this one included when it is ranked. */
  ranked: number;
}

/**
 * Scores changed inputs of an assessment as publication would, and ranks the total against the
 * rest of its cohort — the same function in the browser and on the server. A changed node drops
 * the reviewer's points: they were given for the old figure.
 */
export function whatIf(set: CriteriaSet, basis: WhatIfBasis, changes: Inputs = {}): WhatIfOutcome {
  const overrides = { ...basis.overrides };
  for (const code of Object.keys(changes)) delete overrides[code];
  const result = score(set, { ...basis.inputs, ...changes }, { cohortBest: basis.cohortBest, overrides });
  const others = basis.cohort.filter((member) => member.ranked && member.id !== basis.id);
  if (result.notRanked.length > 0) return { result, rank: null, ranked: others.length };
  const self = { id: basis.id, points: result.points, maxPoints: result.maxPoints };
  const ranked = rankCohort([...others, self], (member) => member);
  const rank = ranked.find((entry) => entry.item === self)?.rank ?? null;
  return { result, rank, ranked: ranked.length };
}

/** The best value each share-of-best criterion has in the cohort, as `scoreCohort` finds it. */
export function cohortBestOf(set: CriteriaSet, members: readonly Inputs[]): Record<string, number> {
  const best: Record<string, number> = {};
  for (const [code, node] of compileSet(set).leaves) {
    if (node.rule?.kind !== 'bestInCohort') continue;
    let highest = 0;
    for (const inputs of members) {
      const value = inputs[code];
      if (typeof value === 'number' && Number.isFinite(value) && value > highest) highest = value;
    }
    best[code] = highest;
  }
  return best;
}
