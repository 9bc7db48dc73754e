import { z } from 'zod';
import { toHundredths } from '../decimal.ts';
import { formatPoints } from '../format.ts';
import { PointsValue } from '../model/points.ts';
import { LocalizedText } from '../model/text.ts';
import { defineRuleKind, problem } from './kind.ts';
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
              value: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'an identifier such as "head" or "deputy"'),
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
    const values = rule.options.map((option) => option.value).join(', ');
    return problem(
      'CHOICE_UNKNOWN_OPTION',
      `answer must be one of: ${values}`,
      `Câu trả lời phải là một trong: ${values}`,
    );
  },
  evaluate(rule, value) {
    const option = rule.options.find((candidate) => candidate.value === value);
    if (!option)
      return invalid(`expected one of: ${rule.options.map((candidate) => candidate.value).join(', ')}`);
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
