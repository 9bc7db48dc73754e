import { type Hundredths, mulDiv } from '../decimal.ts';
import type { Rule } from '../model/rules.ts';
import { evaluateRule } from '../rules/index.ts';
import type { InputValue } from '../rules/outcome.ts';

/** One point total a scored node can still reach, and the smallest input that reaches it. */
export interface Rung {
  points: Hundredths;
  /** Absent: only a reviewer's points reach it (the node's points were set by a reviewer). */
  input?: InputValue;
}

export interface LadderContext {
  max: Hundredths;
  points: Hundredths;
  input: InputValue | null | undefined;
  /** The node's points were set by a reviewer: any hundredth up to the maximum is theirs to give. */
  overridden: boolean;
  best: number | undefined;
}

/**
 * Every total above the current one that the node's rule allows, lowest first, each with the
 * smallest input that reaches it. Discrete rules (yes/no, steps, choices, counts) score each
 * candidate with the engine's own rule; the continuous ones (shares, ratios of whole counts, manual
 * points) use the same half-up rounding in integers, which the property tests check against it.
 */
export function ladder(rule: Rule, context: LadderContext): Rung[] {
  const { max, points } = context;
  if (points >= max) return [];
  if (context.overridden) return everyHundredth(points, max, (target) => ({ points: target }));
  const scored = (input: InputValue): Rung => ({
    points: evaluateRule(rule, input, { max, best: context.best }).points,
    input,
  });
  switch (rule.kind) {
    case 'yesNo':
      return climbing(points, [scored(true)]);
    case 'choice':
      return climbing(
        points,
        [...rule.options].sort((a, b) => a.points - b.points).map((option) => scored(option.value)),
      );
    case 'steps':
      return climbing(
        points,
        [...rule.steps].sort((a, b) => a.min - b.min).map((step) => scored(step.min)),
      );
    case 'cappedCount': {
      const perItem = Math.round(rule.pointsPerItem * 100);
      const counts = Math.ceil(max / perItem);
      return climbing(
        points,
        Array.from({ length: counts }, (_, index) => scored(index + 1)),
      );
    }
    case 'manual':
      return everyHundredth(points, max, (target) => ({ points: target, input: target / 100 }));
    case 'share':
      // k hundredths of a percent score round-half-up(k × max ÷ 10 000): the least k for each total.
      return everyHundredth(points, max, (target) => {
        const k = Math.min(10_000, ceilDiv((2 * target - 1) * 5_000, max));
        return { points: halfUp(k * max, 10_000), input: k / 100 };
      });
    case 'ratio': {
      const current = ratioParts(context.input);
      // Without a usable denominator the plan says the share to reach, as hundredths of the maximum.
      const denominator = current && current.denominator > 0 ? current.denominator : max;
      if (!Number.isInteger(denominator)) {
        return everyHundredth(points, max, (target) =>
          scored({ numerator: smallestReaching(target, max, denominator, 0.01), denominator }),
        );
      }
      return everyHundredth(points, max, (target) => {
        const numerator = leastWhole(target, max, denominator);
        return { points: halfUp(numerator * max, denominator), input: { numerator, denominator } };
      });
    }
    case 'bestInCohort': {
      const best = context.best;
      // Unknown or zero best: any value above it is held at the maximum.
      if (best === undefined || best === 0) return climbing(points, [scored(1)]);
      if (!Number.isInteger(best)) {
        return everyHundredth(points, max, (target) => scored(smallestReaching(target, max, best, 0.01)));
      }
      return everyHundredth(points, max, (target) => {
        const value = leastWhole(target, max, best);
        return { points: halfUp(value * max, best), input: value };
      });
    }
  }
}

/** Rungs above `points`, keeping for each total the first (smallest) input that gives it. */
function climbing(points: Hundredths, candidates: readonly Rung[]): Rung[] {
  const rungs: Rung[] = [];
  for (const rung of candidates) {
    if (rung.points <= points) continue;
    const top = rungs.at(-1);
    if (!top || rung.points > top.points) rungs.push(rung);
  }
  return rungs;
}

/** Each hundredth above `points` mapped to its smallest input; totals that coincide are merged. */
function everyHundredth(points: Hundredths, max: Hundredths, reach: (target: Hundredths) => Rung): Rung[] {
  const rungs: Rung[] = [];
  for (let target = points + 1; target <= max; target++) {
    const top = rungs.at(-1);
    if (top && top.points >= target) continue;
    rungs.push(reach(target));
  }
  return climbing(points, rungs);
}

/** round-half-up(numerator ÷ denominator) for non-negative safe integers, as `mulDiv` rounds. */
const halfUp = (numerator: number, denominator: number) =>
  Math.floor((2 * numerator + denominator) / (2 * denominator));

/** ⌈a ÷ b⌉ for a ≥ 0, b > 0 integers, without floating-point division. */
const ceilDiv = (a: number, b: number) => Math.floor((a + b - 1) / b);

/** The least whole n ≤ whole with round-half-up(n × max ÷ whole) ≥ target (whole counts: documents, files). */
function leastWhole(target: Hundredths, max: Hundredths, whole: number): number {
  return Math.min(whole, Math.max(0, ceilDiv((2 * target - 1) * whole, 2 * max)));
}

/**
 * The smallest multiple of `step` whose value ÷ `whole` × max rounds (half up) to at least `target`,
 * never above `whole`.
 */
function smallestReaching(target: Hundredths, max: Hundredths, whole: number, step: number): number {
  const exact = ((2 * target - 1) * whole) / (2 * max);
  const round = (value: number) => Math.round(value / step) * step;
  let value = Math.min(whole, round(Math.max(0, Math.ceil(exact / step - 1e-9) * step)));
  value = Number(value.toFixed(2));
  // Floating point may leave the first guess one step short (or past): settle on the engine's answer.
  while (value < whole && mulDiv(value, max, whole) < target) value = Number((value + step).toFixed(2));
  while (value - step >= 0 && mulDiv(Number((value - step).toFixed(2)), max, whole) >= target) {
    value = Number((value - step).toFixed(2));
  }
  return Math.min(value, whole);
}

function ratioParts(input: InputValue | null | undefined): { numerator: number; denominator: number } | null {
  if (typeof input !== 'object' || input === null) return null;
  const { numerator, denominator } = input;
  return Number.isFinite(numerator) && Number.isFinite(denominator) && denominator >= 0
    ? { numerator, denominator }
    : null;
}
