import { z } from 'zod';
import { mulDiv } from '../decimal.ts';
import { LocalizedText } from '../model/text.ts';
import { problem } from '../problems/index.ts';
import { defineRuleKind } from './kind.ts';
import { invalid, isAmount } from './outcome.ts';

/** Own value ÷ the best value in the cohort × max, so scoring may need the whole cohort. */
export const bestInCohort = defineRuleKind({
  kind: 'bestInCohort',
  model: z
    .object({
      kind: z.literal('bestInCohort'),
      measure: LocalizedText,
    })
    .strict(),
  input: z.number().nonnegative(),
  checkInput: (_rule, value) => (isAmount(value) ? undefined : problem('BEST_IN_COHORT_NOT_AN_AMOUNT')),
  evaluate(_rule, value, { max, best }) {
    if (!isAmount(value)) return invalid(problem('BEST_IN_COHORT_NOT_AN_AMOUNT'));
    if (best === undefined) return { points: value > 0 ? max : 0, finding: 'COHORT_BEST_UNKNOWN' };
    if (best === 0) return { points: 0 };
    if (value > best) return { points: max, finding: 'CAPPED' };
    return { points: mulDiv(value, max, best) };
  },
  describe: (rule, locale) => rule.measure[locale],
  usesCohortBest: true,
  sample: (_rule, { level }) => Math.round(level * 1000),
});
