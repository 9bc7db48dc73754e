import type { CohortMember } from '../aggregate.ts';
import type { CriteriaSet } from '../model/index.ts';
import { reaches } from './decimal.ts';
import { encodeCohort, type FlatCohort, VALUE } from './inputs.ts';
import { addLeafColumn } from './leaves.ts';
import type { FlatSet, LevelProgram } from './program.ts';
import { competitionRanks } from './ranks.ts';

/** Level of a category with level rules that the unit does not reach (không được xếp hạng). */
export const LEVEL_NOT_REACHED = 0;
/** Level of a category without level rules (ranked on points alone). */
export const NO_LEVEL_RULES = -1;

/**
 * A cohort scored in flat arrays: everything the rankings read, no result objects. Points are
 * hundredths, in columns: per-category arrays are [category × size + member] (category = position in
 * `FlatSet.categories`); rank 0 = no rank. Leaf points are summed, not kept (`flatResult` has them).
 */
export interface FlatCohortScores {
  cohort: FlatCohort;
  /** Per leaf: the cohort's best value for share-of-best nodes, NaN for the others. */
  best: Float64Array;
  /** Points of the nodes that add up others, [position in `FlatSet.inner` × size + member]. */
  innerPoints: Float64Array;
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
  const { leafCount, inner, leafNode, leafMax, categories } = flat;
  const kinds = cohort.scoringKind;
  const best = cohortBest(cohort);
  const innerPoints = new Float64Array(size * inner.length);
  const points = new Float64Array(size);
  // A leaf's column is added straight into its parent's; a leaf with overrides, a weight or limited
  // to some kinds is scored into a scratch column first, adjusted, then added.
  const scratch = new Float64Array(size);
  for (let leaf = 0; leaf < leafCount; leaf++) {
    const node = leafNode[leaf] as number;
    const firstOverride = cohort.overrideStart[leaf] as number;
    const lastOverride = cohort.overrideStart[leaf + 1] as number;
    const plain = firstOverride === lastOverride && flat.weight[node] === 1 && flat.appliesToAll[node] === 1;
    if (plain) {
      addLeafColumn(
        cohort,
        leaf,
        best[leaf] as number,
        innerPoints,
        (flat.innerOf[flat.parent[node] as number] as number) * size,
      );
      continue;
    }
    scratch.fill(0);
    addLeafColumn(cohort, leaf, best[leaf] as number, scratch, 0);
    for (let entry = firstOverride; entry < lastOverride; entry++) {
      const points = Math.min(
        Math.max(0, Math.round(cohort.overridePoints[entry] as number)),
        leafMax[leaf] as number,
      );
      scratch[cohort.overrideMember[entry] as number] = points;
    }
    addUp(flat, kinds, scratch, 0, node, innerPoints, points);
  }
  // Children follow their parent: walking backwards, a node is complete when it is reached.
  for (let position = inner.length - 1; position >= 0; position--) {
    addUp(flat, kinds, innerPoints, position * size, inner[position] as number, innerPoints, points);
  }
  const maxPoints = new Float64Array(size);
  for (let m = 0; m < size; m++) maxPoints[m] = flat.totalMax[kinds[m] as number] as number;
  const categoryCount = categories.length;
  const levels = new Int8Array(size * categoryCount);
  const categoryUnranked = new Uint8Array(size * categoryCount);
  const unranked = cohort.external.slice();
  for (let c = 0; c < categoryCount; c++) {
    levelColumn(cohort, flat.levels[c] as LevelProgram[], innerPoints, levels, c * size);
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
    innerPoints,
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

/**
 * Adds a complete node column (`from[start + member]`) into its parent's column, or into the totals
 * for a category: zeroed first for members of kinds the node does not apply to, then weighed.
 */
function addUp(
  flat: FlatSet,
  kinds: Uint8Array,
  from: Float64Array,
  start: number,
  node: number,
  innerPoints: Float64Array,
  totals: Float64Array,
): void {
  const size = kinds.length;
  if (flat.appliesToAll[node] === 0) {
    // Its children still score (and count where they apply), as in `score`.
    for (let m = 0; m < size; m++) {
      if (flat.applicable[(kinds[m] as number) * flat.nodeCount + node] === 0) from[start + m] = 0;
    }
  }
  const up = flat.parent[node] as number;
  const target = up >= 0 ? innerPoints : totals;
  const at = up >= 0 ? (flat.innerOf[up] as number) * size : 0;
  const weight = flat.weight[node] as number;
  if (weight === 1) {
    for (let m = 0; m < size; m++) target[at + m] = (target[at + m] as number) + (from[start + m] as number);
  } else {
    for (let m = 0; m < size; m++) {
      target[at + m] = (target[at + m] as number) + Math.round((from[start + m] as number) * weight);
    }
  }
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
  innerPoints: Float64Array,
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
          if (group >= 0) points += innerPoints[group * size + m] as number;
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
  const { cohort, unranked, categoryUnranked, innerPoints } = scores;
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
  const kinds = cohort.scoringKind;
  for (let c = 0; c < flat.categories.length; c++) {
    const node = flat.categories[c] as number;
    const column = (flat.innerOf[node] as number) * size;
    const unranked = c * size;
    count = 0;
    for (let m = 0; m < size; m++) {
      if (categoryUnranked[unranked + m] === 1) continue;
      points[count] = innerPoints[column + m] as number;
      maxima[count] = flat.maxima[(kinds[m] as number) * flat.nodeCount + node] as number;
      who[count++] = m;
    }
    const ranks = competitionRanks(points, maxima, count);
    for (let i = 0; i < count; i++) scores.categoryRank[unranked + (who[i] as number)] = ranks[i] as number;
  }
}
