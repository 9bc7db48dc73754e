import { z } from 'zod';
import { toHundredths } from '../decimal.ts';
import { formatPoints } from '../format.ts';
import { PointsValue } from '../model/points.ts';
import { LocalizedText } from '../model/text.ts';
import { problem, problemFlag } from '../problems/index.ts';
import { defineRuleKind } from './kind.ts';
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
      pointsPerItem: PointsValue.refine((points) => points > 0, problemFlag('POINTS_PER_ITEM_POSITIVE')),
    })
    .strict(),
  input: z.number().int().nonnegative(),
  checkInput: (_rule, value) => (isCount(value) ? undefined : problem('COUNT_NOT_WHOLE')),
  evaluate(rule, value, { max }) {
    if (!isCount(value)) return invalid(problem('COUNT_NOT_WHOLE'));
    return { points: Math.min(value * toHundredths(rule.pointsPerItem), max) };
  },
  describe: (rule, locale) => {
    const points = formatPoints(toHundredths(rule.pointsPerItem), locale);
    return locale === 'vi' ? `${points} điểm mỗi ${rule.item.vi}` : `${points} points per ${rule.item.en}`;
  },
  checkRule: (rule, max) =>
    toHundredths(rule.pointsPerItem) > max
      ? [
          problem(
            'POINTS_PER_ITEM_ABOVE_MAX',
            { points: rule.pointsPerItem, max: max / 100 },
            'rule.pointsPerItem',
          ),
        ]
      : [],
  sample: (rule, { maxPoints, level }) => Math.round((level * maxPoints) / rule.pointsPerItem),
});
