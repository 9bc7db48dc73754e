import { z } from 'zod';
import { parseNumber } from './numbers.ts';

export interface NumberTextMessages {
  /** Text that reads as no number ("mười"), or a blank where a number is needed. */
  notANumber: string;
  /** A number the model refuses, with the model's own words. */
  refused: (detail: string) => string;
}

/**
 * A form field that holds a number as typed ("1,5" or "1.5", so half-typed values survive) and
 * is checked by the scoring model's schema for that number once read. Blank reads as null when
 * the field is optional.
 */
export function numberText<T>(
  model: z.ZodType<T>,
  messages: NumberTextMessages,
  { optional = false }: { optional?: boolean } = {},
) {
  return z.string().transform((text, context): T | null => {
    const value = parseNumber(text);
    if (value === null && optional) return null;
    if (value === null || Number.isNaN(value)) {
      context.addIssue({ code: 'custom', message: messages.notANumber });
      return z.NEVER;
    }
    const checked = model.safeParse(value);
    if (checked.success) return checked.data;
    const detail = checked.error.issues.map((issue) => issue.message).join('; ');
    context.addIssue({ code: 'custom', message: messages.refused(detail) });
    return z.NEVER;
  });
}
