import type { Hundredths } from '../decimal.ts';
import { rankCohort } from '../rank.ts';

/**
 * Sensitivity of ranks to group weights (COINr's question): each group's weight in turn moves up
 * and down by `percent` while the others stay at 1, and the cohort is ranked again by the weighted
 * share Σ wₖ·pointsₖ ÷ Σ wₖ·maxₖ — exactly, weights as integers over 100. Levels do not depend on
 * weights (they are thresholds per group), so only ranks move.
 */
export interface WeightedUnit<T> {
  item: T;
  /** Points and applicable maximum per group code, hundredths. */
  groups: ReadonlyMap<string, { points: Hundredths; maxPoints: Hundredths }>;
}

export interface RankMove<T> {
  item: T;
  before: number;
  after: number;
}

export interface WeightScenario<T> {
  group: string;
  /** The group's weight in this scenario, e.g. 1.1 or 0.9. */
  weight: number;
  unitsChanged: number;
  /** Largest |after − before| in rank places. */
  maxShift: number;
  /** Mean |after − before| over the whole cohort, 4 decimals. */
  meanShift: number;
  /** Units whose rank changed, biggest moves first. */
  moves: RankMove<T>[];
}

export function weightSensitivity<T>(
  units: readonly WeightedUnit<T>[],
  groups: readonly string[],
  percent = 10,
): WeightScenario<T>[] {
  if (!(Number.isInteger(percent) && percent > 0 && percent < 100)) {
    throw new Error('the weight change is a whole percentage between 1 and 99');
  }
  const rank = (weights: ReadonlyMap<string, number>) => {
    const weighted = units.map((unit, index) => {
      let points = 0;
      let maxPoints = 0;
      for (const [code, value] of unit.groups) {
        const weight = weights.get(code) ?? 100;
        points += weight * value.points;
        maxPoints += weight * value.maxPoints;
      }
      return { index, points, maxPoints };
    });
    const ranks: number[] = [];
    for (const { item, rank: place } of rankCohort(weighted, (w) => w)) ranks[item.index] = place;
    return ranks;
  };
  const baseline = rank(new Map());
  return groups.flatMap((group) =>
    [100 + percent, 100 - percent].map((weight) => {
      const ranks = rank(new Map([[group, weight]]));
      const shifts = units.map((unit, index) => ({
        item: unit.item,
        before: baseline[index] as number,
        after: ranks[index] as number,
      }));
      const moves = shifts
        .filter((move) => move.before !== move.after)
        .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before) || a.before - b.before);
      const total = shifts.reduce((sum, move) => sum + Math.abs(move.after - move.before), 0);
      return {
        group,
        weight: weight / 100,
        unitsChanged: moves.length,
        maxShift: moves.reduce((max, move) => Math.max(max, Math.abs(move.after - move.before)), 0),
        meanShift: units.length === 0 ? 0 : Math.round((total / units.length) * 10_000) / 10_000,
        moves,
      };
    }),
  );
}
