import type { InputValue, Locale, LocalizedText } from '@chiso/scoring';
import { numberText, parseNumber } from '../lib/numbers.ts';
import type { RawInput } from './types.ts';

/** Conversions most kinds share: their value is one number typed as text. */

export const blank = (): LocalizedText => ({ vi: '', en: '' });
export const copy = (text: LocalizedText): LocalizedText => ({ ...text });

/** "1,5" → 1.5 (vi); anything that is not a number is sent as typed, so the server says what is wrong. */
export function numberOrText(text: string, locale: Locale): number | string {
  const value = parseNumber(text, locale);
  return value === null || Number.isNaN(value) ? text : value;
}

/** An optional text: left out when both languages are blank. */
export const optionalText = (text: LocalizedText) =>
  text.vi.trim() || text.en.trim() ? { vi: text.vi, en: text.en } : undefined;

/** Typed text → number; empty → null; not a number → the text, so the scorer and server can name it. */
export function numberInputValue(_rule: unknown, raw: RawInput, locale: Locale): InputValue | null {
  if (typeof raw !== 'string') return null;
  const value = parseNumber(raw, locale);
  if (value === null) return null;
  return Number.isNaN(value) ? raw : value;
}

/** A stored number as the language writes it ("1.234", "0,75"); any other value as it is. */
export function numberRawInput(_rule: unknown, value: unknown, locale: Locale): RawInput {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? numberText(value, locale) : String(value);
}

/** A stored value that is not a number (a choice's option), shown as it is. */
export function textRawInput(_rule: unknown, value: unknown): RawInput {
  return value === null || value === undefined ? '' : String(value);
}
