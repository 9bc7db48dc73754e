import { compareFractions, type Hundredths } from '../decimal.ts';

/**
 * Bands of index values (points ÷ maximum), highest first: a unit is in the first band whose lower
 * bound it reaches. The comparison is exact (fractions, never floats).
 */
export interface IndexBand {
  code: string;
  /** Lower bound, 0–1, at most 4 decimals. */
  min: number;
  /** true: the bound itself belongs to the band (≥); false: strictly above it (>). */
  inclusive: boolean;
}

/** UN EGDI: very high > 0.75, high 0.50–0.75, middle 0.25–0.50, low < 0.25. */
export const EGDI_BANDS: readonly IndexBand[] = [
  { code: 'VERY_HIGH', min: 0.75, inclusive: false },
  { code: 'HIGH', min: 0.5, inclusive: true },
  { code: 'MIDDLE', min: 0.25, inclusive: true },
  { code: 'LOW', min: 0, inclusive: true },
];

/** Sorted highest first; refuses bounds outside 0–1, with more than 4 decimals, or repeated. */
export function checkBands(bands: readonly IndexBand[]): IndexBand[] {
  const sorted = [...bands].sort((a, b) => b.min - a.min || Number(a.inclusive) - Number(b.inclusive));
  for (const band of sorted) {
    if (!(band.min >= 0 && band.min <= 1) || Math.round(band.min * 10_000) !== band.min * 10_000) {
      throw new Error(`band ${band.code}: the lower bound must be between 0 and 1 with at most 4 decimals`);
    }
  }
  const codes = new Set(sorted.map((band) => band.code));
  if (codes.size !== sorted.length) throw new Error('each band code once');
  return sorted;
}

/** The band of points ÷ maxPoints (a unit with no applicable maximum counts as 0); null below all. */
export function bandOf(
  points: Hundredths,
  maxPoints: Hundredths,
  bands: readonly IndexBand[],
): string | null {
  for (const band of bands) {
    const bound = Math.round(band.min * 10_000);
    const order = maxPoints === 0 ? Math.sign(0 - bound) : compareFractions(points, maxPoints, bound, 10_000);
    if (order > 0 || (order === 0 && band.inclusive)) return band.code;
  }
  return null;
}
