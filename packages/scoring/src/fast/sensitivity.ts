import type { RankMove, WeightScenario } from '../analysis/sensitivity.ts';
import { competitionRanks } from './ranks.ts';

/** One criteria group's points and applicable maximum for every unit, hundredths, in unit order. */
export interface GroupColumn {
  code: string;
  points: Float64Array;
  maxPoints: Float64Array;
}

/**
 * `weightSensitivity` over columns: the same scenarios, moves and shifts, but each scenario is the
 * baseline sums plus one column times the weight change (Σ wₖ·pointsₖ ÷ Σ wₖ·maxₖ, weights as
 * integers over 100), ranked with `competitionRanks` — no per-unit maps, no comparator sorts.
 * Every column holds one entry per item.
 */
export function weightSensitivityFlat<T>(
  items: readonly T[],
  columns: readonly GroupColumn[],
  groups: readonly string[],
  percent = 10,
): WeightScenario<T>[] {
  if (!(Number.isInteger(percent) && percent > 0 && percent < 100)) {
    throw new Error('the weight change is a whole percentage between 1 and 99');
  }
  const size = items.length;
  const basePoints = new Float64Array(size);
  const baseMax = new Float64Array(size);
  for (const column of columns) {
    for (let i = 0; i < size; i++) {
      basePoints[i] = (basePoints[i] as number) + 100 * (column.points[i] as number);
      baseMax[i] = (baseMax[i] as number) + 100 * (column.maxPoints[i] as number);
    }
  }
  const baseline = competitionRanks(basePoints, baseMax, size);
  const points = new Float64Array(size);
  const maxima = new Float64Array(size);
  return groups.flatMap((group) => {
    const column = columns.find((candidate) => candidate.code === group);
    return [100 + percent, 100 - percent].map((weight) => {
      const change = weight - 100;
      for (let i = 0; i < size; i++) {
        points[i] = (basePoints[i] as number) + (column ? change * (column.points[i] as number) : 0);
        maxima[i] = (baseMax[i] as number) + (column ? change * (column.maxPoints[i] as number) : 0);
      }
      return scenario(items, group, weight, baseline, competitionRanks(points, maxima, size));
    });
  });
}

function scenario<T>(
  items: readonly T[],
  group: string,
  weight: number,
  before: Int32Array,
  after: Int32Array,
): WeightScenario<T> {
  const moves: RankMove<T>[] = [];
  let total = 0;
  let maxShift = 0;
  items.forEach((item, i) => {
    const shift = Math.abs((after[i] as number) - (before[i] as number));
    if (shift === 0) return;
    total += shift;
    maxShift = Math.max(maxShift, shift);
    moves.push({ item, before: before[i] as number, after: after[i] as number });
  });
  moves.sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before) || a.before - b.before);
  return {
    group,
    weight: weight / 100,
    unitsChanged: moves.length,
    maxShift,
    meanShift: items.length === 0 ? 0 : Math.round((total / items.length) * 10_000) / 10_000,
    moves,
  };
}
