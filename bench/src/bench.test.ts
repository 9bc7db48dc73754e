import { loadCriteriaSet } from '@chiso/criteria';
import { scoreCohort } from '@chiso/scoring';
import { describe, expect, it } from 'vitest';
import { syntheticCohort } from './cohort.ts';
import { floatScore } from './float-reference.ts';

const set = loadCriteriaSet('btttt-2392-district');

describe('benchmark inputs', () => {
  it('are the same on every run (seeded) and cover every scored node', () => {
    const first = syntheticCohort(set, 20);
    expect(syntheticCohort(set, 20)).toEqual(first);
    expect(syntheticCohort(set, 20, 7)).not.toEqual(first);
    const scored = scoreCohort(set, first);
    const spread = scored.map((result) => result.index);
    expect(Math.max(...spread) - Math.min(...spread)).toBeGreaterThan(0.3);
  });
});

describe('the floating-point reference', () => {
  it('agrees with the engine except where float rounding bites (0.285 → 0.28)', () => {
    const ratioCode = 'SS.16'; // a 1-point ratio criterion of the district set
    const inputs = { [ratioCode]: { numerator: 57, denominator: 200 } };
    expect(floatScore(set, inputs, {}).leaves[ratioCode]).toBe(0.28);
    const exact = scoreCohort(set, [{ unitId: 'a', inputs }])[0]!;
    expect(exact.points).toBe(29);
  });
});
