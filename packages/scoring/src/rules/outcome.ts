import type { Hundredths } from '../decimal.ts';
import type { Problem } from '../problems/index.ts';

/** What a unit reports for one scored node; its shape depends on the rule kind. */
export type InputValue = boolean | number | string | { numerator: number; denominator: number };
export type Inputs = Readonly<Record<string, InputValue | null | undefined>>;

export type FindingCode =
  /** Nothing was reported: scored 0. */
  | 'MISSING'
  /** The value has the wrong type or is out of range: scored 0. */
  | 'INVALID_INPUT'
  /** A ratio's denominator was 0: scored as the rule says. */
  | 'ZERO_DENOMINATOR'
  /** The value was above 100 % (or above the cohort's best) and was held at the maximum. */
  | 'CAPPED'
  /** A share-of-best criterion scored without the cohort: the unit was taken as the best. */
  | 'COHORT_BEST_UNKNOWN';

export interface RuleOutcome {
  points: Hundredths;
  finding?: FindingCode;
  /** Why an input is invalid, in words a person can act on (the same code the API refuses it with). */
  problem?: Problem;
}

export interface RuleContext {
  max: Hundredths;
  /** The best value in the cohort, for share-of-best rules. */
  best: number | undefined;
}

export function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function invalid(problem: Problem): RuleOutcome {
  return { points: 0, finding: 'INVALID_INPUT', problem };
}
