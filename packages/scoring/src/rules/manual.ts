import { z } from 'zod';
import { toHundredths } from '../decimal.ts';
import { formatNumber } from '../format.ts';
import { hasAtMostTwoDecimals } from '../model/points.ts';
import { LocalizedText } from '../model/text.ts';
import { defineRuleKind, problem } from './kind.ts';
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
    return problem(
      'MANUAL_POINTS_OUT_OF_RANGE',
      `points must be between 0 and ${max / 100} with at most two decimals`,
      `Điểm phải từ 0 đến ${formatNumber(max / 100, 'vi')}, tối đa hai chữ số thập phân`,
    );
  },
  evaluate(_rule, value, { max }) {
    if (!isAmount(value) || !hasAtMostTwoDecimals(value))
      return invalid('expected points ≥ 0 with at most two decimals');
    const points = toHundredths(value);
    if (points > max) return invalid(`expected at most ${max / 100} points`);
    return { points };
  },
  describe: (rule, locale) => rule.guidance?.[locale] ?? '',
  sample: (_rule, { maxPoints, level }) => Math.round(level * maxPoints * 100) / 100,
});
