import { z } from 'zod';
import { PointsValue } from './points.ts';
import { LocalizedText } from './text.ts';

/**
 * How a criterion (or indicator) turns what a unit reports into points. Each kind is data,
 * checked by zod; nothing in a criteria file is ever evaluated as code.
 */
export const YesNoRule = z
  .object({
    kind: z.literal('yesNo'),
    /** The question the unit answers, when the criterion's name is not already one. */
    question: LocalizedText.optional(),
  })
  .strict();

/** numerator ÷ denominator × max, capped at max. */
export const RatioRule = z
  .object({
    kind: z.literal('ratio'),
    numerator: LocalizedText,
    denominator: LocalizedText,
    /** What a denominator of 0 earns: nothing (default) or everything ("no documents, none unsigned"). */
    zeroDenominator: z.enum(['zero', 'full']).default('zero'),
  })
  .strict();

/** A reported percentage (0–100) × max. */
export const ShareRule = z
  .object({
    kind: z.literal('share'),
    measure: LocalizedText,
  })
  .strict();

/** The highest threshold the reported value reaches gives its points. */
export const StepsRule = z
  .object({
    kind: z.literal('steps'),
    measure: LocalizedText,
    steps: z.array(z.object({ min: z.number().finite(), points: PointsValue }).strict()).min(1),
  })
  .strict();

/** points per item, never more than the criterion's maximum. */
export const CappedCountRule = z
  .object({
    kind: z.literal('cappedCount'),
    item: LocalizedText,
    pointsPerItem: PointsValue.refine((points) => points > 0, { message: 'must be more than 0' }),
  })
  .strict();

/** One answer from a list, each worth fixed points (chaired by the head = full, a deputy = half). */
export const ChoiceRule = z
  .object({
    kind: z.literal('choice'),
    options: z
      .array(
        z
          .object({
            value: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'an identifier such as "head" or "deputy"'),
            label: LocalizedText,
            points: PointsValue,
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

/** own value ÷ the best value in the cohort × max, so scoring may need the whole cohort. */
export const BestInCohortRule = z
  .object({
    kind: z.literal('bestInCohort'),
    measure: LocalizedText,
  })
  .strict();

/** Points given directly by the assessor, in [0, max]. */
export const ManualRule = z
  .object({
    kind: z.literal('manual'),
    guidance: LocalizedText.optional(),
  })
  .strict();

export const Rule = z.discriminatedUnion('kind', [
  YesNoRule,
  RatioRule,
  ShareRule,
  StepsRule,
  CappedCountRule,
  ChoiceRule,
  BestInCohortRule,
  ManualRule,
]);
export type Rule = z.infer<typeof Rule>;
export type RuleKind = Rule['kind'];
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;
export const RULE_KINDS = Rule.options.map((option) => option.shape.kind.value) as RuleKind[];
