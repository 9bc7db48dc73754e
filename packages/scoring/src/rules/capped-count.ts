import { z } from 'zod';
import { toHundredths } from '../decimal.ts';
import { formatPoints } from '../format.ts';
import { PointsValue } from '../model/points.ts';
import { LocalizedText } from '../model/text.ts';
import { defineRuleKind, problem } from './kind.ts';
import { invalid } from './outcome.ts';

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Points per item, never more than the criterion's maximum: 1 point per application, at most 5. */
export const cappedCount = defineRuleKind({
  kind: 'cappedCount',
  model: z
    .object({
      kind: z.literal('cappedCount'),
      item: LocalizedText,
      pointsPerItem: PointsValue.refine((points) => points > 0, { message: 'must be more than 0' }),
    })
    .strict(),
  input: z.number().int().nonnegative(),
  checkInput: (_rule, value) =>
    isCount(value)
      ? undefined
      : problem('COUNT_NOT_WHOLE', 'count must be a whole number ≥ 0', 'Số lượng phải là số nguyên ≥ 0'),
  evaluate(rule, value, { max }) {
    if (!isCount(value)) return invalid('expected a whole number ≥ 0');
    return { points: Math.min(value * toHundredths(rule.pointsPerItem), max) };
  },
  describe: (rule, locale) => {
    const points = formatPoints(toHundredths(rule.pointsPerItem), locale);
    return locale === 'vi' ? `${points} điểm mỗi ${rule.item.vi}` : `${points} points per ${rule.item.en}`;
  },
  checkRule: (rule, max) =>
    toHundredths(rule.pointsPerItem) > max
      ? [
          {
            message: `pointsPerItem ${rule.pointsPerItem} is more than the maximum ${max / 100}`,
            field: 'rule.pointsPerItem',
          },
        ]
      : [],
  sample: (rule, { maxPoints, level }) => Math.round((level * maxPoints) / rule.pointsPerItem),
});
