import { describe, expect, it } from 'vitest';
import { rankCohort } from './rank.ts';

const unit = (id: string, points: number, maxPoints = 15000) => ({ id, points, maxPoints });
const ranks = (items: ReturnType<typeof unit>[], by?: 'points' | 'share' | 'auto') =>
  rankCohort(items, (item) => item, by).map(({ item, rank }) => `${item.id}:${rank}`);

describe('ranking within a cohort', () => {
  it('ranks by points, best first; ties share a rank and the next is skipped', () => {
    expect(ranks([unit('a', 4060), unit('b', 6710), unit('c', 4060), unit('d', 100)])).toEqual([
      'b:1',
      'a:2',
      'c:2',
      'd:4',
    ]);
  });

  it('ranks by share of the applicable maximum when maxima differ (640 vs 500 points)', () => {
    expect(
      ranks([unit('province', 32000, 64000), unit('district', 30000, 50000), unit('x', 25000, 50000)]),
    ).toEqual(['district:1', 'province:2', 'x:2']);
  });

  it('compares shares exactly, not as rounded floats', () => {
    expect(ranks([unit('a', 1, 3), unit('b', 33333, 100000)], 'share')).toEqual(['a:1', 'b:2']);
  });

  it('puts a unit with nothing applicable at share 0', () => {
    expect(ranks([unit('none', 0, 0), unit('some', 1, 100)])).toEqual(['some:1', 'none:2']);
  });

  it('handles an empty cohort', () => {
    expect(ranks([])).toEqual([]);
  });
});
