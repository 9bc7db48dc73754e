import { z } from 'zod';
import { toHundredths } from '../decimal.ts';
import { hasAtMostTwoDecimals } from '../model/points.ts';
import { LocalizedText } from '../model/text.ts';
import { problem } from '../problems/index.ts';
import { defineRuleKind } from './kind.ts';
import { invalid, isAmount } from './outcome.ts';

/** Points given directly by the assessor, in [0, max]. */
export const manual = defineRuleKind({
  kind: 'manual',
  model: z
    .object({
      kind: z.literal('manual'),
      guidance: LocalizedText.optional(),
    })
    .strict(),
  input: z.number().nonnegative(),
  checkInput(_rule, value, { max }) {
    if (isAmount(value) && hasAtMostTwoDecimals(value) && toHundredths(value) <= max) return undefined;
    return problem('MANUAL_POINTS_OUT_OF_RANGE', { max: max / 100 });
  },
  evaluate(_rule, value, { max }) {
    const outOfRange = () => invalid(problem('MANUAL_POINTS_OUT_OF_RANGE', { max: max / 100 }));
    if (!isAmount(value) || !hasAtMostTwoDecimals(value)) return outOfRange();
    const points = toHundredths(value);
    if (points > max) return outOfRange();
    return { points };
  },
  describe: (rule, locale) => rule.guidance?.[locale] ?? '',
  sample: (_rule, { maxPoints, level }) => Math.round(level * maxPoints * 100) / 100,
});
