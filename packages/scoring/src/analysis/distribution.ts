import { type Hundredths, mulDiv } from '../decimal.ts';

/** One unit's points on one node. */
export interface NodeValue {
  points: Hundredths;
  /** The applicable maximum; 0 = the node does not apply to the unit. */
  maxPoints: Hundredths;
}

/**
 * A node's spread across a cohort, in hundredths. Quartiles and the median may carry fractions of a
 * hundredth (multiples of 0.25): they interpolate between two units' points, see `quantile`.
 */
export interface Distribution {
  /** Units the node applies to (maxPoints > 0); the statistics describe only these. */
  count: number;
  /** Units in the cohort where the node does not apply (maxPoints 0). */
  notApplicable: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  /** Σ points ÷ count, half-up to 0.01 of a hundredth (4 decimals of a point). */
  mean: number | null;
  atFull: number;
  atZero: number;
}

/**
 * The p-quantile of ascending values by linear interpolation between closest ranks — Hyndman & Fan
 * type 7, as Excel's QUARTILE.INC, R's default and NumPy's default: h = (n − 1)·p, then
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). Chosen because analysts re-check figures in Excel.
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const below = sorted[low] as number;
  const above = sorted[Math.min(low + 1, sorted.length - 1)] as number;
  return below + (h - low) * (above - below);
}

/** min, quartiles, median, max, mean and the counts at full points and at zero. */
export function describeDistribution(values: readonly NodeValue[]): Distribution {
  const applicable = values.filter((value) => value.maxPoints > 0);
  const sorted = applicable.map((value) => value.points).sort((a, b) => a - b);
  const sum = sorted.reduce((total, points) => total + points, 0);
  const count = sorted.length;
  return {
    count,
    notApplicable: values.length - count,
    min: sorted[0] ?? null,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[count - 1] ?? null,
    mean: count === 0 ? null : sum >= 0 ? mulDiv(sum, 100, count) / 100 : -mulDiv(-sum, 100, count) / 100,
    atFull: applicable.filter((value) => value.points >= value.maxPoints).length,
    atZero: applicable.filter((value) => value.points === 0).length,
  };
}
