import { describe, expect, it } from 'vitest';
import { compareFractions, mulDiv, ratio, reachesPercent, toHundredths } from './decimal.ts';

describe('exact points', () => {
  it('rounds half up where floating point rounds down (57/200 × 1 point = 0.285 → 0.29)', () => {
    expect(Math.round((57 / 200) * 1 * 100) / 100).toBe(0.28); // the trap
    expect(mulDiv(57, 100, 200)).toBe(29);
  });

  it('adds hundredths exactly: 0.1 + 0.2 = 0.30', () => {
    expect(toHundredths(0.1) + toHundredths(0.2)).toBe(30);
  });

  it('reads decimal inputs as written (57.5 % of 2 points = 1.15)', () => {
    expect(mulDiv(57.5, 200, 100)).toBe(115);
    expect(mulDiv(1.005, 100, 1)).toBe(101); // 1.005 is below 1.005 in binary; as written it rounds up
    expect(mulDiv(1e-7, 100, 1)).toBe(0);
    expect(mulDiv(2e21, 1, 1e21)).toBe(2);
  });

  it('falls back to big integers when products exceed 2^53', () => {
    expect(mulDiv(2 ** 52, 300, 2 ** 52)).toBe(300);
    expect(mulDiv(9_007_199_254_740_991, 15000, 9_007_199_254_740_991 * 2)).toBe(7500);
  });

  it('compares shares exactly', () => {
    expect(compareFractions(1, 3, 2, 6)).toBe(0);
    expect(compareFractions(2372, 3000, 4060, 6000)).toBe(1);
    expect(reachesPercent(7000, 10000, 70)).toBe(true);
    expect(reachesPercent(6999, 10000, 70)).toBe(false);
    expect(reachesPercent(6250, 10000, 62.5)).toBe(true);
    expect(ratio(6710, 9000)).toBe(0.7456);
    expect(ratio(0, 0)).toBe(0);
  });
});
