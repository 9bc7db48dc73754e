import type { InputValue, LocalizedText } from '@chiso/scoring';
import { parseNumber } from '../lib/numbers.ts';
import type { RawInput } from './types.ts';

/** Conversions most kinds share: their value is one number typed as text. */

export const blank = (): LocalizedText => ({ vi: '', en: '' });
export const copy = (text: LocalizedText): LocalizedText => ({ ...text });
export const numberText = (value: number) => String(value);

/** "1,5" → 1.5; anything that is not a number is sent as typed, so the server says what is wrong. */
export function numberOrText(text: string): number | string {
  const value = parseNumber(text);
  return value === null || Number.isNaN(value) ? text : value;
}

/** An optional text: left out when both languages are blank. */
export const optionalText = (text: LocalizedText) =>
  text.vi.trim() || text.en.trim() ? { vi: text.vi, en: text.en } : undefined;

/** Typed text → number; empty → null; not a number → the text, so the scorer and server can name it. */
export function numberInputValue(_rule: unknown, raw: RawInput): InputValue | null {
  if (typeof raw !== 'string') return null;
  const value = parseNumber(raw);
  if (value === null) return null;
  return Number.isNaN(value) ? raw : value;
}

export function textRawInput(_rule: unknown, value: unknown): RawInput {
  return value === null || value === undefined ? '' : String(value);
}
