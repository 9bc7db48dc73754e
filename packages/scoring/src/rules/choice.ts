import { z } from 'zod';
import { toHundredths } from '../decimal.ts';
import { formatPoints } from '../format.ts';
import { PointsValue } from '../model/points.ts';
import { LocalizedText } from '../model/text.ts';
import { problem, problemFlag } from '../problems/index.ts';
import { defineRuleKind } from './kind.ts';
import { invalid } from './outcome.ts';
import { checkPointEntries } from './point-entries.ts';

/** One answer from a list, each worth fixed points (chaired by the head = full, a deputy = half). */
export const choice = defineRuleKind({
  kind: 'choice',
  model: z
    .object({
      kind: z.literal('choice'),
      options: z
        .array(
          z
            .object({
              value: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, problemFlag('CHOICE_VALUE_FORMAT')),
              label: LocalizedText,
              points: PointsValue,
            })
            .strict(),
        )
        .min(2),
    })
    .strict(),
  input: z.string(),
  checkInput(rule, value) {
    if (rule.options.some((option) => option.value === value)) return undefined;
    return problem('CHOICE_UNKNOWN_OPTION', { values: rule.options.map((option) => option.value) });
  },
  evaluate(rule, value) {
    const option = rule.options.find((candidate) => candidate.value === value);
    if (!option) {
      return invalid(
        problem('CHOICE_UNKNOWN_OPTION', { values: rule.options.map((candidate) => candidate.value) }),
      );
    }
    return { points: toHundredths(option.points) };
  },
  describe: (rule, locale) =>
    rule.options
      .map((option) => `${option.label[locale]} = ${formatPoints(toHundredths(option.points), locale)}`)
      .join('; '),
  checkRule: (rule, max) => checkPointEntries(rule.options, (option) => option.value, 'options', max),
  sample(rule, { level }) {
    const options = [...rule.options].sort((a, b) => a.points - b.points);
    return options[Math.min(options.length - 1, Math.floor(level * options.length))]?.value ?? '';
  },
});
