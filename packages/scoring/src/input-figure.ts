import type { InputValue } from './rules/outcome.ts';

/**
 * A reported value as one figure a target can name: a number as it is, a ratio as a percentage
 * (2 decimals); null for yes/no, choices and anything unreadable.
 */
export function inputFigure(input: unknown): number | null {
  const value = input as InputValue | null | undefined;
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && typeof value.numerator === 'number' && value.denominator > 0) {
    return Math.round((value.numerator / value.denominator) * 10_000) / 100;
  }
  return null;
}
