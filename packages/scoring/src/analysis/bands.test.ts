import { describe, expect, it } from 'vitest';
import { bandOf, checkBands, EGDI_BANDS } from './bands.ts';

describe('bands', () => {
  it('places index values in the UN EGDI bands, bounds exactly', () => {
    const band = (points: number, max: number) => bandOf(points, max, EGDI_BANDS);
    expect(band(7501, 10_000)).toBe('VERY_HIGH');
    expect(band(3, 4)).toBe('HIGH'); // 0.75 is not above 0.75
    expect(band(1, 2)).toBe('HIGH');
    expect(band(4999, 10_000)).toBe('MIDDLE');
    expect(band(1, 4)).toBe('MIDDLE');
    expect(band(2499, 10_000)).toBe('LOW');
    expect(band(0, 0)).toBe('LOW');
  });

  it('takes configured bands in any order and refuses bad bounds', () => {
    const bands = checkBands([
      { code: 'PASS', min: 0.6, inclusive: true },
      { code: 'FAIL', min: 0, inclusive: true },
    ]);
    expect(bands.map((b) => b.code)).toEqual(['PASS', 'FAIL']);
    expect(bandOf(60, 100, bands)).toBe('PASS');
    expect(bandOf(59, 100, bands)).toBe('FAIL');
    expect(bandOf(0, 100, checkBands([{ code: 'X', min: 0.1, inclusive: true }]))).toBeNull();
    expect(() => checkBands([{ code: 'X', min: 1.5, inclusive: true }])).toThrow(/between 0 and 1/);
    expect(() => checkBands([{ code: 'X', min: 0.12345, inclusive: true }])).toThrow(/4 decimals/);
    expect(() =>
      checkBands([
        { code: 'X', min: 0.1, inclusive: true },
        { code: 'X', min: 0.2, inclusive: true },
      ]),
    ).toThrow(/once/);
  });
});
