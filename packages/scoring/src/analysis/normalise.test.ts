import { describe, expect, it } from 'vitest';
import { minMax, moments, zScores } from './normalise.ts';

describe('normalised views', () => {
  it('min-max puts the lowest at 0 and the highest at 1', () => {
    expect(minMax([1, 0.5625, 0.475, 0.45])).toEqual([1, 0.2045, 0.0455, 0]);
    expect(minMax([0.3, 0.3])).toEqual([null, null]);
    expect(minMax([])).toEqual([]);
  });

  it('z-scores use the sample standard deviation (n − 1)', () => {
    // mean 5, sample sd √(32 ÷ 7) = 2.1381
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(moments(values)).toEqual({ mean: 5, standardDeviation: 2.1381 });
    expect(zScores(values)).toEqual([-1.4031, -0.4677, -0.4677, -0.4677, 0, 0, 0.9354, 1.8708]);
    expect(zScores([1])).toEqual([null]);
    expect(zScores([2, 2, 2])).toEqual([null, null, null]);
  });
});
