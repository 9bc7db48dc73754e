import { describe, expect, it } from 'vitest';
import { fullInputs, sampleSet } from '../test/sample-set.ts';
import { cohortBestOf, whatIf } from './what-if.ts';

describe('what-if', () => {
  const weaker = { ...fullInputs, 'SS.05': 1, 'SS.06': 'deputy', 'KQ.GD.01': 25 };
  const basis = {
    id: 'me',
    inputs: weaker,
    overrides: { 'SS.04.b': 100 },
    cohortBest: cohortBestOf(sampleSet, [fullInputs, weaker]),
    cohort: [
      { id: 'me', points: 0, maxPoints: 3000, ranked: true },
      { id: 'a', points: 2600, maxPoints: 3000, ranked: true },
      { id: 'b', points: 2400, maxPoints: 3000, ranked: true },
      { id: 'c', points: 2900, maxPoints: 3000, ranked: false },
    ],
  };

  it('scores with the cohort best and the reviewer points, and ranks against the others', () => {
    expect(basis.cohortBest).toEqual({ 'KQ.GD.01': 50 });
    const now = whatIf(sampleSet, basis);
    // 30 − 3 (meetings) − 3 (deputy) − 5 (half the best) − 1 (reviewer gave 1 of 2) = 18.
    expect(now.result.points).toBe(1800);
    expect(now.result.categories[0]?.level?.level).toBe(1);
    expect(now).toMatchObject({ rank: 3, ranked: 3 });
  });

  it('moves points, level and rank when inputs change, dropping the changed node’s reviewer points', () => {
    const after = whatIf(sampleSet, basis, { 'SS.06': 'head', 'SS.05': 4, 'SS.04.b': 2, 'KQ.GD.01': 50 });
    expect(after.result.points).toBe(3000);
    expect(after.result.categories[0]?.level?.level).toBe(4);
    expect(after).toMatchObject({ rank: 1, ranked: 3 });
  });
});
