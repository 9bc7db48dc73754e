import { compareFractions, type Hundredths } from './decimal.ts';

export interface Rankable {
  points: Hundredths;
  maxPoints: Hundredths;
}

/** `points` when every maximum is the same; `share` of the applicable maximum otherwise. */
export type RankBy = 'points' | 'share' | 'auto';

export interface Ranked<T> {
  item: T;
  /** 1 = best; tied items share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
}

/** Ranks a cohort, best first, exactly (shares are compared as fractions, never as floats). */
export function rankCohort<T>(
  items: readonly T[],
  select: (item: T) => Rankable,
  by: RankBy = 'auto',
): Ranked<T>[] {
  const entries = items.map((item) => ({ item, value: select(item) }));
  const first = entries[0]?.value.maxPoints;
  const byShare =
    by === 'share' || (by === 'auto' && entries.some((entry) => entry.value.maxPoints !== first));
  const compare = (a: Rankable, b: Rankable) =>
    byShare ? compareShares(b, a) : Math.sign(b.points - a.points);
  entries.sort((a, b) => compare(a.value, b.value));
  const ranked: Ranked<T>[] = [];
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    const tied = previous !== undefined && compare(previous.value, entry.value) === 0;
    ranked.push({ item: entry.item, rank: tied ? (ranked[index - 1] as Ranked<T>).rank : index + 1 });
  });
  return ranked;
}

/** A unit with no applicable maximum has share 0. */
function compareShares(a: Rankable, b: Rankable): number {
  if (a.maxPoints === 0 || b.maxPoints === 0) return shareSign(a) - shareSign(b);
  return compareFractions(a.points, a.maxPoints, b.points, b.maxPoints);
}

function shareSign(value: Rankable): number {
  return value.maxPoints === 0 ? 0 : Math.sign(value.points);
}
