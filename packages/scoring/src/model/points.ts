import { z } from 'zod';
import { problemFlag } from '../problems/index.ts';

/**
 * Points in criteria files are decimals with at most two places (0.25, 1.5, 20). The engine holds
 * them as integer hundredths so that every sum is exact.
 */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.round(value * 100) / 100 === value;
}

export const PointsValue = z
  .number()
  .finite()
  .nonnegative()
  .refine(hasAtMostTwoDecimals, problemFlag('POINTS_TWO_DECIMALS'));

/** A percentage threshold in [0, 100]. */
export const Percent = z.number().finite().min(0).max(100);
