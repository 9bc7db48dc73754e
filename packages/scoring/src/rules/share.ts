import { z } from 'zod';
import { mulDiv } from '../decimal.ts';
import { LocalizedText } from '../model/text.ts';
import { problem } from '../problems/index.ts';
import { defineRuleKind } from './kind.ts';
import { invalid, isAmount } from './outcome.ts';

/** A reported percentage (0–100) × max: staff with a computer, files submitted online. */
export const share = defineRuleKind({
  kind: 'share',
  model: z
    .object({
      kind: z.literal('share'),
      measure: LocalizedText,
    })
    .strict(),
  input: z.number(),
  checkInput(_rule, value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return problem('SHARE_NOT_A_NUMBER');
    if (value < 0 || value > 100) return problem('SHARE_OUT_OF_RANGE', { value });
    return undefined;
  },
  evaluate(_rule, value, { max }) {
    if (!isAmount(value)) {
      return invalid(
        typeof value === 'number' && Number.isFinite(value)
          ? problem('SHARE_OUT_OF_RANGE', { value })
          : problem('SHARE_NOT_A_NUMBER'),
      );
    }
    if (value > 100) return { points: max, finding: 'CAPPED' };
    return { points: mulDiv(value, max, 100) };
  },
  describe: (rule, locale) => rule.measure[locale],
  sample: (_rule, { level }) => Math.round(level * 1000) / 10,
});
