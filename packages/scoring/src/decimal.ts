/**
 * Exact arithmetic for points.
 *
 * Points are integer hundredths (`Hundredths`): 23.72 points is 2372. Inputs people report (counts,
 * percentages such as 57.5) are read as the exact decimals they were written as, never as binary
 * floating point, and every quotient is rounded once, half-up, to the unit asked for. This is what
 * makes 57/200 × 1 point = 0.285 round to 0.29 (floating point gives 0.28), and 0.1 + 0.2 = 0.30.
 */
export type Hundredths = number;

/** Points written in a criteria file (at most two decimals, already validated) → hundredths. */
export function toHundredths(points: number): Hundredths {
  return Math.round(points * 100);
}

/** Hundredths → the decimal number (for JSON, GraphQL, charts): 2372 → 23.72. */
export function fromHundredths(value: Hundredths): number {
  return value / 100;
}

/** A non-negative decimal as `units / 10^scale` with `units` an integer. */
interface Scaled {
  units: bigint;
  scale: number;
}

const POW10 = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);

/**
 * The decimal a number was written as: `String(x)` gives the shortest decimal that reads back as the
 * same double, i.e. what a person or a JSON file wrote.
 */
function scaled(value: number): Scaled {
  if (Number.isInteger(value)) return { units: BigInt(value), scale: 0 };
  const [mantissa = '0', exponentText] = String(value).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const scale = fraction.length - exponent;
  const digits = BigInt(whole + fraction);
  return scale >= 0 ? { units: digits, scale } : { units: digits * 10n ** BigInt(-scale), scale: 0 };
}

/** round-half-up(numerator / denominator) for non-negative integers. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator - quotient * denominator;
  return remainder * 2n >= denominator ? quotient + 1n : quotient;
}

/** Fast path: both integers below 2^53, so `%` and `/` are exact. */
function divideHalfUpSafe(numerator: number, denominator: number): number {
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

/**
 * round-half-up(a × b ÷ c) for non-negative decimals a, c and a non-negative integer b (typically a
 * maximum in hundredths), as an integer. `c` must not be 0.
 */
export function mulDiv(a: number, b: number, c: number): number {
  // Integers, and products that stay below 2^53, take the plain-number path (the common case).
  if (Number.isInteger(a) && Number.isInteger(c)) {
    const numerator = a * b;
    if (Number.isSafeInteger(numerator) && Number.isSafeInteger(c)) return divideHalfUpSafe(numerator, c);
  }
  const x = scaled(a);
  const z = scaled(c);
  // a·b/c = (xu/10^xs)·b / (zu/10^zs) = xu·b·10^zs / (zu·10^xs)
  const numerator = x.units * BigInt(b) * pow10(z.scale);
  const denominator = z.units * pow10(x.scale);
  return Number(divideHalfUp(numerator, denominator));
}

function pow10(exponent: number): bigint {
  const small = POW10[exponent];
  return small === undefined ? 10n ** BigInt(exponent) : BigInt(small);
}

/** Exact comparison of a ÷ b with c ÷ d for non-negative integers (b, d > 0): −1, 0 or 1. */
export function compareFractions(a: number, b: number, c: number, d: number): number {
  const left = a * d;
  const right = c * b;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return Math.sign(left - right);
  const big = BigInt(a) * BigInt(d) - BigInt(c) * BigInt(b);
  return big > 0n ? 1 : big < 0n ? -1 : 0;
}

/** points ≥ percent % of max, exactly (percent may be a decimal such as 62.5). */
export function reachesPercent(points: Hundredths, max: Hundredths, percent: number): boolean {
  const p = scaled(percent);
  return BigInt(points) * 100n * pow10(p.scale) >= p.units * BigInt(max);
}

/** points ÷ max rounded half-up to `decimals` places (index values, shares shown to people). */
export function ratio(points: Hundredths, max: Hundredths, decimals = 4): number {
  if (max === 0) return 0;
  const factor = POW10[decimals] ?? 10 ** decimals;
  return mulDiv(points, factor, max) / factor;
}

/** points ÷ max ≥ fraction, exactly (fraction 0–1 as written in a criteria file, e.g. 0.75); max > 0. */
export function reachesFraction(points: Hundredths, max: Hundredths, fraction: number): boolean {
  const f = scaled(fraction);
  return BigInt(points) * pow10(f.scale) >= f.units * BigInt(max);
}
