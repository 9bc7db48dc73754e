import { describe, expect, it } from 'vitest';
import { inputFigure } from './input-figure.ts';

describe('inputFigure', () => {
  it('reads a number as it is and a ratio as a percentage', () => {
    expect(inputFigure(87)).toBe(87);
    expect(inputFigure({ numerator: 2, denominator: 3 })).toBe(66.67);
  });
  it('has no figure for answers, an empty denominator or nothing', () => {
    expect(inputFigure(true)).toBeNull();
    expect(inputFigure('head')).toBeNull();
    expect(inputFigure({ numerator: 1, denominator: 0 })).toBeNull();
    expect(inputFigure(null)).toBeNull();
  });
});
