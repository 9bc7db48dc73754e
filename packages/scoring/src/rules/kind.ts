import type { z } from 'zod';
import type { Hundredths } from '../decimal.ts';
import type { Locale } from '../model/text.ts';
import type { Problem } from '../problems/index.ts';
import type { InputValue, RuleContext, RuleOutcome } from './outcome.ts';

/**
 * Why a reported value cannot be stored, for the API to refuse it. The engine itself is more lenient
 * (it scores a bad value 0 with a finding), so a typo is caught before it silently costs points.
 */
export type InputProblem = Problem;

/**
 * A mistake in a rule as written in a criteria set, found with the node's maximum in hand; its
 * field is relative to the node, e.g. `rule.steps[1].points`.
 */
export type RuleIssue = Problem;

/** A zod object schema whose `kind` is one literal: the shape every rule kind's model has. */
type KindSchema = z.ZodObject<{ kind: z.ZodLiteral<string> } & z.ZodRawShape>;

/**
 * Everything the engine knows about one rule kind, in one place: adding a kind is one such module
 * and one line in `registry.ts`.
 */
export interface RuleKindModule<S extends KindSchema = KindSchema, I = unknown> {
  kind: z.infer<S>['kind'];
  /** The rule as a criteria file writes it. */
  model: S;
  /** The shape of what a unit reports (before the checks of `checkInput`). */
  input: z.ZodType<I>;
  /** Whether a reported value may be stored; `max` is the node's maximum. */
  checkInput(rule: z.infer<S>, value: unknown, context: { max: Hundredths }): InputProblem | undefined;
  /** Points for a present value; an unusable one scores 0 with a finding. */
  evaluate(rule: z.infer<S>, value: unknown, context: RuleContext): RuleOutcome;
  /** One line on how the value becomes points ("số cuộc họp: ≥ 4 → 4,00"), '' when the kind says it all. */
  describe(rule: z.infer<S>, locale: Locale): string;
  /** Checks that need the node's maximum (the model alone cannot know it). */
  checkRule?(rule: z.infer<S>, max: Hundredths): RuleIssue[];
  /** Scoring needs the best value reported in the cohort (the aggregate collects it first). */
  usesCohortBest?: true;
  /** A plausible value for demo data and benchmarks: `level` 0–1 is the share of the maximum to earn. */
  sample(rule: z.infer<S>, context: { maxPoints: number; level: number; random: () => number }): InputValue;
}

/** Lets TypeScript infer a module's types from its model and input schemas. */
export function defineRuleKind<S extends KindSchema, I>(module: RuleKindModule<S, I>): RuleKindModule<S, I> {
  return module;
}
