import { describe, expect, it } from 'vitest';
import { combinePredecessors } from './lineage.ts';

describe('combinePredecessors', () => {
  it('takes the mean (half-up to 0.01 point), the sum or the maximum', () => {
    expect(combinePredecessors([1400, 501, 0], 'MEAN')).toBe(634); // 633.67 → 634
    expect(combinePredecessors([2000, 600], 'MEAN')).toBe(1300);
    expect(combinePredecessors([1, 2], 'MEAN')).toBe(2); // 1.5 → 2 (half up)
    expect(combinePredecessors([-1, -2], 'MEAN')).toBe(-2); // symmetric: half away from zero
    expect(combinePredecessors([1400, 501, 0], 'SUM')).toBe(1901);
    expect(combinePredecessors([1400, 501, 0], 'MAX')).toBe(1400);
  });

  it('is null without values, and one value is itself under every rule', () => {
    expect(combinePredecessors([], 'MEAN')).toBeNull();
    for (const rule of ['MEAN', 'SUM', 'MAX'] as const) expect(combinePredecessors([777], rule)).toBe(777);
  });
});
