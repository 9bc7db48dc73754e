import { type Locale, type Problem, problemOfZodIssue } from '@chiso/scoring';
import { z } from 'zod';
import { parseNumber } from './numbers.ts';

export interface NumberTextMessages {
  /** Text that reads as no number ("mười"), or a blank where a number is needed. */
  notANumber: string;
  /** A value the model refuses, with the model's problems (catalogue codes, both languages). */
  refused: (problems: readonly Problem[]) => string;
}

/** Problems in one line of the console's language, each after the field it names. */
export const problemsText = (problems: readonly Problem[], locale: Locale) =>
  problems.map((found) => (found.field ? `${found.field}: ` : '') + found.messages[locale]).join('; ');

/** The value as the model takes it, or an issue in the form's words around the model's. */
function heldTo<T>(
  model: z.ZodType<T>,
  value: unknown,
  refused: NumberTextMessages['refused'],
  context: z.RefinementCtx,
) {
  const checked = model.safeParse(value);
  if (checked.success) return checked.data;
  context.addIssue({ code: 'custom', message: refused(checked.error.issues.map(problemOfZodIssue)) });
  return z.NEVER;
}

/** A text field (trimmed) checked by one of the scoring model's schemas, e.g. a node's code. */
export function textCheckedBy<T>(model: z.ZodType<T>, refused: NumberTextMessages['refused']) {
  return z.string().transform((text, context) => heldTo(model, text.trim(), refused, context));
}

/** A number as typed, read and held to the model; a blank reads as null. */
function readNumber<T>(
  text: string,
  model: z.ZodType<T>,
  messages: NumberTextMessages,
  locale: Locale,
  context: z.RefinementCtx,
) {
  const value = parseNumber(text, locale);
  if (value === null) return null;
  if (Number.isNaN(value)) {
    context.addIssue({ code: 'custom', message: messages.notANumber });
    return z.NEVER;
  }
  return heldTo(model, value, messages.refused, context);
}

/**
 * A form field that holds a number as typed ("1.234,5" in vi, so half-typed values survive) and
 * is checked by the scoring model's schema for that number once read in the console's language.
 */
export function numberText<T>(model: z.ZodType<T>, messages: NumberTextMessages, locale: Locale) {
  return z.string().transform((text, context): T => {
    const value = readNumber(text, model, messages, locale, context);
    if (value !== null) return value;
    context.addIssue({ code: 'custom', message: messages.notANumber });
    return z.NEVER;
  });
}

/** As `numberText`, for a field left blank to mean "none" (null). */
export function optionalNumberText<T>(model: z.ZodType<T>, messages: NumberTextMessages, locale: Locale) {
  return z
    .string()
    .transform((text, context): T | null => readNumber(text, model, messages, locale, context));
}
