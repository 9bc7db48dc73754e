/**
 * Normalised views of a cohort's values, after EU JRC's COINr: min-max onto 0–1 and z-scores. Values
 * are shares (index values 0–1) or points; results are rounded half-up to 4 decimals, as index values
 * are. A cohort that cannot be normalised (all values equal; fewer than two for z-scores) gives nulls
 * rather than invented numbers.
 */

const round4 = (value: number) => (Math.sign(value) * Math.round(Math.abs(value) * 10_000 + 1e-9)) / 10_000;

/** (x − min) ÷ (max − min): the lowest unit 0, the highest 1. */
export function minMax(values: readonly number[]): Array<number | null> {
  if (values.length === 0) return [];
  const low = Math.min(...values);
  const high = Math.max(...values);
  return values.map((value) => (high === low ? null : round4((value - low) / (high - low))));
}

export interface Moments {
  mean: number | null;
  /** Sample standard deviation (n − 1), as COINr's z-score (R's sd) uses. */
  standardDeviation: number | null;
}

export function moments(values: readonly number[]): Moments {
  const n = values.length;
  if (n === 0) return { mean: null, standardDeviation: null };
  const mean = values.reduce((total, value) => total + value, 0) / n;
  if (n < 2) return { mean: round4(mean), standardDeviation: null };
  const variance = values.reduce((total, value) => total + (value - mean) ** 2, 0) / (n - 1);
  return { mean: round4(mean), standardDeviation: round4(Math.sqrt(variance)) };
}

/** (x − mean) ÷ sample standard deviation. */
export function zScores(values: readonly number[]): Array<number | null> {
  const n = values.length;
  if (n < 2) return values.map(() => null);
  const mean = values.reduce((total, value) => total + value, 0) / n;
  const sd = Math.sqrt(values.reduce((total, value) => total + (value - mean) ** 2, 0) / (n - 1));
  return values.map((value) => (sd === 0 ? null : round4((value - mean) / sd)));
}
