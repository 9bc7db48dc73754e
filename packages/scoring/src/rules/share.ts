import { z } from 'zod';
import { mulDiv } from '../decimal.ts';
import { formatNumber } from '../format.ts';
import { LocalizedText } from '../model/text.ts';
import { defineRuleKind, problem } from './kind.ts';
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
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return problem(
        'SHARE_NOT_A_NUMBER',
        'share must be a number (a percentage)',
        'Tỷ lệ phải là một số (phần trăm)',
      );
    }
    if (value < 0 || value > 100) {
      return problem(
        'SHARE_OUT_OF_RANGE',
        `share must be between 0 and 100 (got ${value})`,
        `Tỷ lệ phải từ 0 đến 100 (đã nhập ${formatNumber(value, 'vi')})`,
      );
    }
    return undefined;
  },
  evaluate(_rule, value, { max }) {
    if (!isAmount(value)) return invalid('expected a percentage from 0 to 100');
    if (value > 100) return { points: max, finding: 'CAPPED' };
    return { points: mulDiv(value, max, 100) };
  },
  describe: (rule, locale) => rule.measure[locale],
  sample: (_rule, { level }) => Math.round(level * 1000) / 10,
});
