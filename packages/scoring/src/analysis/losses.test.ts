import { describe, expect, it } from 'vitest';
import type { ConditionOutcome } from '../result.ts';
import { blockingGroups, pointsLost } from './losses.ts';

describe('pointsLost', () => {
  it('sums maximum − points per node, most lost first, skipping nodes that do not apply', () => {
    const rows = [
      { code: 'A', points: 100, maxPoints: 100 },
      { code: 'A', points: 0, maxPoints: 100 },
      { code: 'B', points: 50, maxPoints: 200 },
      { code: 'B', points: 50, maxPoints: 200 },
      { code: 'C', points: 0, maxPoints: 0 },
    ];
    expect(pointsLost(rows)).toEqual([
      { code: 'B', lost: 300, possible: 400, units: 2, atZero: 0, atFull: 0 },
      { code: 'A', lost: 100, possible: 200, units: 2, atZero: 1, atFull: 1 },
    ]);
    expect(pointsLost(rows, 1).map((loss) => loss.code)).toEqual(['B']);
  });
});

const failed = (group: string): ConditionOutcome => ({
  condition: { kind: 'groupShare', group, minPercent: 50 },
  met: false,
  points: 0,
  maxPoints: 100,
});

describe('blockingGroups', () => {
  it('counts units per failing condition and category, most first', () => {
    const combined: ConditionOutcome = {
      condition: { kind: 'combinedShare', groups: ['HT', 'NL'], minPercent: 70 },
      met: false,
      points: 10,
      maxPoints: 100,
    };
    expect(
      blockingGroups([
        { category: 'SS', reasons: [failed('CS')] },
        { category: 'SS', reasons: [failed('CS'), combined] },
        { category: 'KQ', reasons: [failed('HD')] },
        { category: 'KQ', reasons: [{ ...failed('GD'), met: true }] },
      ]),
    ).toEqual([
      { category: 'SS', groups: ['CS'], units: 2 },
      { category: 'KQ', groups: ['HD'], units: 1 },
      { category: 'SS', groups: ['HT', 'NL'], units: 1 },
    ]);
  });
});
