import type { CohortMember } from '../aggregate.ts';
import type { CriteriaSet } from '../model/index.ts';
import { reaches } from './decimal.ts';
import { encodeCohort, type FlatCohort, VALUE } from './inputs.ts';
import { scoreLeafColumn } from './leaves.ts';
import type { LevelProgram } from './program.ts';
import { competitionRanks } from './ranks.ts';

/** Level of a category with level rules that the unit does not reach (không được xếp hạng). */
export const LEVEL_NOT_REACHED = 0;
/** Level of a category without level rules (ranked on points alone). */
export const NO_LEVEL_RULES = -1;

/**
 * A cohort scored in flat arrays: everything the rankings read, no result objects. Points are
 * hundredths. Per-node arrays are columns [node × size + member], per-category ones
 * [category × size + member] (category = position in `FlatSet.categories`); rank 0 = no rank.
 */
export interface FlatCohortScores {
  cohort: FlatCohort;
  /** Per leaf: the cohort's best value for share-of-best nodes, NaN for the others. */
  best: Float64Array;
  nodePoints: Float64Array;
  points: Float64Array;
  maxPoints: Float64Array;
  /** The level reached per category, LEVEL_NOT_REACHED or NO_LEVEL_RULES. */
  levels: Int8Array;
  /** 1 where the member has no rank in the category (a caller's reason or the level not reached). */
  categoryUnranked: Uint8Array;
  /** 1 where the member has no rank by total. */
  unranked: Uint8Array;
  rank: Int32Array;
  categoryRank: Int32Array;
}

/**
 * Scores a cohort as `scoreCohort` + `rankResults` do. `flatResult` builds a member's result tree
 * when one is wanted.
 */
export function scoreCohortFlat(set: CriteriaSet, members: readonly CohortMember[]): FlatCohortScores {
  return scoreFlat(encodeCohort(set, members));
}

/**
 * Scores inputs laid out by `encodeCohort`, in tight loops over columns: a cohort pass for the best
 * values, one loop per leaf over the members, overrides, then the columns summed up by parent index
 * (children follow their parent, so walking backwards completes a node before it is added up), then
 * levels, not-ranked flags and ranks.
 */
export function scoreFlat(cohort: FlatCohort): FlatCohortScores {
  const { flat } = cohort;
  const size = cohort.members.length;
  const { nodeCount, leafCount, categories, applicable, appliesToAll, parent, weight, leafNode, leafMax } =
    flat;
  const kinds = cohort.scoringKind;
  const best = cohortBest(cohort);
  const nodePoints = new Float64Array(size * nodeCount);
  for (let leaf = 0; leaf < leafCount; leaf++) {
    scoreLeafColumn(cohort, leaf, best[leaf] as number, nodePoints, (leafNode[leaf] as number) * size);
  }
  for (let m = 0; m < size; m++) {
    for (
      let entry = cohort.overrideStart[m] as number;
      entry < (cohort.overrideStart[m + 1] as number);
      entry++
    ) {
      const leaf = cohort.overrideLeaf[entry] as number;
      const points = Math.min(
        Math.max(0, Math.round(cohort.overridePoints[entry] as number)),
        leafMax[leaf] as number,
      );
      nodePoints[(leafNode[leaf] as number) * size + m] = points;
    }
  }
  const points = new Float64Array(size);
  for (let node = nodeCount - 1; node >= 0; node--) {
    const column = node * size;
    if (appliesToAll[node] === 0) {
      // A node limited to other kinds counts nothing for those members (its children still score).
      for (let m = 0; m < size; m++)
        if (applicable[(kinds[m] as number) * nodeCount + node] === 0) nodePoints[column + m] = 0;
    }
    const up = parent[node] as number;
    const target = up >= 0 ? nodePoints : points;
    const targetColumn = up >= 0 ? up * size : 0;
    const nodeWeight = weight[node] as number;
    if (nodeWeight === 1) {
      for (let m = 0; m < size; m++)
        target[targetColumn + m] = (target[targetColumn + m] as number) + (nodePoints[column + m] as number);
    } else {
      for (let m = 0; m < size; m++) {
        target[targetColumn + m] =
          (target[targetColumn + m] as number) + Math.round((nodePoints[column + m] as number) * nodeWeight);
      }
    }
  }
  const maxPoints = new Float64Array(size);
  for (let m = 0; m < size; m++) maxPoints[m] = flat.totalMax[kinds[m] as number] as number;
  const categoryCount = categories.length;
  const levels = new Int8Array(size * categoryCount);
  const categoryUnranked = new Uint8Array(size * categoryCount);
  const unranked = cohort.external.slice();
  for (let c = 0; c < categoryCount; c++) {
    levelColumn(cohort, flat.levels[c] as LevelProgram[], nodePoints, levels, c * size);
    for (let m = 0; m < size; m++) {
      const notRanked = cohort.external[m] === 1 || levels[c * size + m] === LEVEL_NOT_REACHED;
      if (notRanked) {
        categoryUnranked[c * size + m] = 1;
        unranked[m] = 1;
      }
    }
  }
  const scores = {
    cohort,
    best,
    nodePoints,
    points,
    maxPoints,
    levels,
    categoryUnranked,
    unranked,
    rank: new Int32Array(size),
    categoryRank: new Int32Array(size * categoryCount),
  };
  rankAll(scores);
  return scores;
}

/** The best value per share-of-best leaf among members it counts for (finite numbers only). */
function cohortBest(cohort: FlatCohort): Float64Array {
  const { flat, tags, values } = cohort;
  const size = cohort.members.length;
  const best = new Float64Array(flat.leafCount).fill(Number.NaN);
  for (const leaf of flat.bestLeaves) {
    let highest = 0;
    for (let m = 0; m < size; m++) {
      if (flat.countsForBest[(cohort.bestKind[m] as number) * flat.leafCount + leaf] === 0) continue;
      const value = values[leaf * size + m] as number;
      if (tags[leaf * size + m] === VALUE.NUMBER && Number.isFinite(value) && value > highest)
        highest = value;
    }
    best[leaf] = highest;
  }
  return best;
}

/** Per member, the highest level whose conditions all hold, as `evaluateLevels`. */
function levelColumn(
  cohort: FlatCohort,
  rules: readonly LevelProgram[],
  nodePoints: Float64Array,
  levels: Int8Array,
  start: number,
): void {
  const size = cohort.members.length;
  if (rules.length === 0) {
    levels.fill(NO_LEVEL_RULES, start, start + size);
    return;
  }
  for (let m = 0; m < size; m++) {
    let reached = LEVEL_NOT_REACHED;
    const kind = cohort.scoringKind[m] as number;
    for (const rule of rules) {
      if (rule.level <= reached) continue;
      let met = true;
      for (const condition of rule.conditions) {
        let points = 0;
        for (const group of condition.groups)
          if (group >= 0) points += nodePoints[group * size + m] as number;
        const max = condition.maxByKind[kind] as number;
        met = condition.threshold ? reaches(condition.threshold, points, max) : points >= condition.minPoints;
        if (!met) break;
      }
      if (met) reached = rule.level;
    }
    levels[start + m] = reached;
  }
}

/** Ranks by total among members ranked everywhere, and per category among members ranked there. */
function rankAll(scores: FlatCohortScores): void {
  const { cohort, unranked, categoryUnranked, nodePoints } = scores;
  const { flat } = cohort;
  const size = cohort.members.length;
  const points = new Float64Array(size);
  const maxima = new Float64Array(size);
  const who = new Int32Array(size);
  let count = 0;
  for (let m = 0; m < size; m++) {
    if (unranked[m] === 1) continue;
    points[count] = scores.points[m] as number;
    maxima[count] = scores.maxPoints[m] as number;
    who[count++] = m;
  }
  const overall = competitionRanks(points, maxima, count);
  for (let i = 0; i < count; i++) scores.rank[who[i] as number] = overall[i] as number;
  flat.categories.forEach((node, c) => {
    count = 0;
    for (let m = 0; m < size; m++) {
      if (categoryUnranked[c * size + m] === 1) continue;
      points[count] = nodePoints[node * size + m] as number;
      maxima[count] = flat.maxima[(cohort.scoringKind[m] as number) * flat.nodeCount + node] as number;
      who[count++] = m;
    }
    const ranks = competitionRanks(points, maxima, count);
    for (let i = 0; i < count; i++) scores.categoryRank[c * size + (who[i] as number)] = ranks[i] as number;
  });
}
