import { rankCohort } from '../rank.ts';

/**
 * Below this, distinct shares p/m (p ≤ m) differ by at least 1/m² > 2^-50, far more than a double's
 * rounding, and equal shares divide to the same double: the quotient orders shares exactly.
 */
const EXACT_SHARE_LIMIT = 2 ** 25;

/**
 * Competition ranks (1, 2, 2, 4) of `count` entries, best first, exactly as `rankCohort(…, 'auto')`
 * gives them: by points when every maximum is the same, by share of the maximum otherwise. A rank
 * is 1 + the number of entries strictly better, so no comparator sort is needed: the keys are
 * sorted as numbers and each entry finds its place by binary search.
 */
export function competitionRanks(points: Float64Array, maxima: Float64Array, count: number): Int32Array {
  const ranks = new Int32Array(count);
  if (count === 0) return ranks;
  const first = maxima[0] as number;
  let byShare = false;
  let exact = true;
  for (let i = 0; i < count; i++) {
    const max = maxima[i] as number;
    const value = points[i] as number;
    if (max !== first) byShare = true;
    if (!(max < EXACT_SHARE_LIMIT && value >= 0 && value <= max && Number.isInteger(value))) exact = false;
  }
  if (byShare && !exact) return referenceRanks(points, maxima, count);
  if (!byShare && exact && first <= COUNTING_SPREAD * count) return countedRanks(points, first, count, ranks);
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const max = maxima[i] as number;
    // A unit with no applicable maximum has share 0, as in `rankCohort`.
    keys[i] = byShare ? (max === 0 ? 0 : (points[i] as number) / max) : (points[i] as number);
  }
  const sorted = keys.slice().sort();
  for (let i = 0; i < count; i++) ranks[i] = 1 + count - firstAbove(sorted, keys[i] as number);
  return ranks;
}

/** Up to this many possible points per entry, counting each value beats sorting the keys. */
const COUNTING_SPREAD = 16;

/**
 * Ranks of whole points in [0, max] (one maximum for all): how many entries hold each value, then
 * from the top down how many hold more — a rank is 1 + that, with no sort and no search.
 */
function countedRanks(points: Float64Array, max: number, count: number, ranks: Int32Array): Int32Array {
  const above = new Int32Array(max + 2);
  for (let i = 0; i < count; i++) above[points[i] as number] = (above[points[i] as number] as number) + 1;
  // above[v] becomes the number of entries with more than v points.
  let more = 0;
  for (let value = max; value >= 0; value--) {
    const here = above[value] as number;
    above[value] = more;
    more += here;
  }
  for (let i = 0; i < count; i++) ranks[i] = 1 + (above[points[i] as number] as number);
  return ranks;
}

/** The index of the first sorted key above `key`. */
function firstAbove(sorted: Float64Array, key: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Shares too large for the quotient to order exactly: the reference ranking. */
function referenceRanks(points: Float64Array, maxima: Float64Array, count: number): Int32Array {
  const ranks = new Int32Array(count);
  const entries = Array.from({ length: count }, (_, index) => ({
    index,
    points: points[index] as number,
    maxPoints: maxima[index] as number,
  }));
  for (const { item, rank } of rankCohort(entries, (entry) => entry)) ranks[item.index] = rank;
  return ranks;
}
