import { mulDiv, reachesPercent } from '../decimal.ts';

/**
 * The exact decimal arithmetic of `../decimal.ts` without strings or BigInt in the common case.
 * A double below 10^9 that reads back from `u / 10^s` (s ≤ 6) *is* that decimal: doubles there are
 * closer together than 10^-6, so no other decimal of scale ≤ 6 rounds to it, and the shortest
 * decimal `String(x)` writes is the same rational. Anything else takes the reference path.
 */
const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
const LARGEST_FAST_DECIMAL = 1e9;

/** The scale s (0–6) with x = round(x·10^s) / 10^s exactly as a decimal, or −1 (take the slow path). */
function decimalScale(value: number): number {
  if (!(value >= 0 && value < LARGEST_FAST_DECIMAL)) return -1;
  for (let scale = 0; scale < POW10.length; scale++) {
    const factor = POW10[scale] as number;
    if (Math.round(value * factor) / factor === value) return scale;
  }
  return -1;
}

/** Below this, products and quotients of integers take the plain-number path. */
const FAST_INTEGER = 2 ** 52;

/**
 * round-half-up(n ÷ d) for integers 0 ≤ n, 0 < d below 2^52, without `%` (fmod is slow): the float
 * quotient is within 1 of the true one, the remainder n − q·d is exact, and one step corrects q.
 */
function divideHalfUp(numerator: number, denominator: number): number {
  let quotient = Math.floor(numerator / denominator);
  let remainder = numerator - quotient * denominator;
  if (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  } else if (remainder >= denominator) {
    quotient += 1;
    remainder -= denominator;
  }
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

/** Below this a float quotient is within 10^-8 of the exact decimal one (a few roundings of 2^-53 each). */
const FLOAT_QUOTIENT_LIMIT = 1e7;
/** How far from a rounding boundary the float quotient must be to be trusted. */
const BOUNDARY_MARGIN = 1e-6;
/** Smaller operands (down to subnormals) lose relative precision in floating point: exact path. */
const SMALLEST_FLOAT_OPERAND = 1e-100;

/**
 * `mulDiv(a, b, c)`: round-half-up(a × b ÷ c), identical results, for non-negative a, c > 0 and an
 * integer b ≥ 0. First in floating point: below 10^7 (and for operands that are not tiny) the float quotient is within 10^-8 of the exact
 * one, so unless it lies within 10^-6 of a rounding boundary (a tie such as 28.5, or a whole number)
 * rounding it gives the exact result; near a boundary, integer arithmetic, then the reference.
 */
export function fastMulDiv(a: number, b: number, c: number): number {
  const quotient = (a * b) / c;
  if (
    quotient < FLOAT_QUOTIENT_LIMIT &&
    c > SMALLEST_FLOAT_OPERAND &&
    (a === 0 || a > SMALLEST_FLOAT_OPERAND)
  ) {
    const shifted = quotient + 0.5;
    const rounded = Math.floor(shifted);
    const gap = shifted - rounded;
    if (gap > BOUNDARY_MARGIN && gap < 1 - BOUNDARY_MARGIN) return rounded;
  }
  if (Number.isInteger(a) && Number.isInteger(c)) {
    const numerator = a * b;
    if (numerator < FAST_INTEGER && c < FAST_INTEGER) return divideHalfUp(numerator, c);
    return mulDiv(a, b, c);
  }
  const aScale = decimalScale(a);
  const cScale = decimalScale(c);
  if (aScale >= 0 && cScale >= 0) {
    const aFactor = POW10[aScale] as number;
    const cFactor = POW10[cScale] as number;
    // a·b/c = (ua/10^sa)·b / (uc/10^sc) = ua·b·10^sc / (uc·10^sa)
    const numerator = Math.round(a * aFactor) * b * cFactor;
    const denominator = Math.round(c * cFactor) * aFactor;
    if (numerator < FAST_INTEGER && denominator < FAST_INTEGER) return divideHalfUp(numerator, denominator);
  }
  return mulDiv(a, b, c);
}

/** A percentage threshold prepared once: `reaches(points, max)` is `reachesPercent(points, max, percent)`. */
export interface PercentThreshold {
  percent: number;
  /** percent × 10^scale, an integer; −1 when the percentage is not a short decimal. */
  units: number;
  /** 100 × 10^scale. */
  factor: number;
}

export function percentThreshold(percent: number): PercentThreshold {
  const scale = decimalScale(percent);
  if (scale < 0) return { percent, units: -1, factor: 0 };
  const factor = POW10[scale] as number;
  return { percent, units: Math.round(percent * factor), factor: 100 * factor };
}

/** points ≥ percent % of max, exactly. */
export function reaches(threshold: PercentThreshold, points: number, max: number): boolean {
  if (threshold.units >= 0) {
    const left = points * threshold.factor;
    const right = threshold.units * max;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left >= right;
  }
  return reachesPercent(points, max, threshold.percent);
}
