import { describe, expect, it } from 'vitest';
import { describeDistribution, quantile } from './distribution.ts';

const at = (points: number, maxPoints = 1000) => ({ points, maxPoints });

describe('quantile (type 7, as Excel QUARTILE.INC)', () => {
  it('interpolates between closest ranks', () => {
    // Excel: QUARTILE.INC({1,2,3,4},1) = 1.75, ({1,2,3,4},2) = 2.5, ({1,2,3,4},3) = 3.25
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([7], 0.25)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('describeDistribution', () => {
  it('describes points of the units the node applies to', () => {
    // 0, 250, 500, 1000 (+ one unit where it does not apply)
    const stats = describeDistribution([at(500), at(0), at(1000), at(250), at(0, 0)]);
    expect(stats).toEqual({
      count: 4,
      notApplicable: 1,
      min: 0,
      q1: 187.5, // 0 + 0.75 × 250
      median: 375,
      q3: 625, // 500 + 0.25 × 500
      max: 1000,
      mean: 437.5,
      atFull: 1,
      atZero: 1,
    });
  });

  it('rounds the mean half-up to 4 decimals of a point', () => {
    // (1 + 1 + 2) / 3 = 1.3333… hundredths
    expect(describeDistribution([at(1), at(1), at(2)]).mean).toBe(1.33);
    // 2 / 3 = 0.666… → 0.67
    expect(describeDistribution([at(0), at(0), at(2)]).mean).toBe(0.67);
  });

  it('is empty, not wrong, for an empty cohort', () => {
    expect(describeDistribution([])).toEqual({
      count: 0,
      notApplicable: 0,
      min: null,
      q1: null,
      median: null,
      q3: null,
      max: null,
      mean: null,
      atFull: 0,
      atZero: 0,
    });
  });
});
