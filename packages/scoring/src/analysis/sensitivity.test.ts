import { describe, expect, it } from 'vitest';
import { weightSensitivity } from './sensitivity.ts';

const unit = (name: string, a: number, b: number, maxA = 1000, maxB = 1000) => ({
  item: name,
  groups: new Map([
    ['A', { points: a, maxPoints: maxA }],
    ['B', { points: b, maxPoints: maxB }],
  ]),
});

describe('weightSensitivity', () => {
  it('counts units that change rank when one group weighs ±10 %', () => {
    // Totals at equal weights: P 1000, Q 990, R 500.
    const units = [unit('P', 1000, 0), unit('Q', 0, 990), unit('R', 250, 250)];
    const [aUp, aDown, bUp, bDown] = weightSensitivity(units, ['A', 'B']);
    // A × 1.1: P 1100/2100, Q 990/2100, R 525/2100 → unchanged.
    expect(aUp).toMatchObject({ group: 'A', weight: 1.1, unitsChanged: 0, maxShift: 0, meanShift: 0 });
    // A × 0.9: P 900, Q 990, R 475 → P and Q swap.
    expect(aDown).toMatchObject({ group: 'A', weight: 0.9, unitsChanged: 2, maxShift: 1, meanShift: 0.6667 });
    expect(aDown?.moves).toEqual([
      { item: 'P', before: 1, after: 2 },
      { item: 'Q', before: 2, after: 1 },
    ]);
    // B × 1.1: P 1000, Q 1089 → swap; B × 0.9: P 1000, Q 891 → unchanged.
    expect(bUp?.unitsChanged).toBe(2);
    expect(bDown?.unitsChanged).toBe(0);
  });

  it('ranks by weighted share when maxima differ, exactly', () => {
    // S has no B (maximum 0): share = 900/1000 at any weight of B; T 1700/2000 = 0.85 at weight 1.
    const units = [unit('S', 900, 0, 1000, 0), unit('T', 800, 900)];
    const scenarios = weightSensitivity(units, ['B'], 20);
    // B × 1.2: T (800 + 1080)/(1000 + 1200) = 0.8545 < 0.9; B × 0.8: T 1520/1800 = 0.8444 → no change.
    expect(scenarios.map((s) => [s.weight, s.unitsChanged])).toEqual([
      [1.2, 0],
      [0.8, 0],
    ]);
    expect(() => weightSensitivity(units, ['B'], 0)).toThrow(/whole percentage/);
  });
});
