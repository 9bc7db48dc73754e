import { z } from 'zod';
import { LocalizedText } from '../model/text.ts';
import { problem } from '../problems/index.ts';
import { defineRuleKind } from './kind.ts';
import { invalid } from './outcome.ts';

/** Present or not: a firewall, a steering committee, a regulation issued. */
export const yesNo = defineRuleKind({
  kind: 'yesNo',
  model: z
    .object({
      kind: z.literal('yesNo'),
      /** The question the unit answers, when the criterion's name is not already one. */
      question: LocalizedText.optional(),
    })
    .strict(),
  input: z.boolean(),
  checkInput: (_rule, value) => (typeof value === 'boolean' ? undefined : problem('YES_NO_EXPECTED')),
  evaluate(_rule, value, { max }) {
    if (typeof value !== 'boolean') return invalid(problem('YES_NO_EXPECTED'));
    return { points: value ? max : 0 };
  },
  describe: (rule, locale) => rule.question?.[locale] ?? '',
  sample: (_rule, { level, random }) => random() < level || level === 1,
});
