import type { Locale } from '@chiso/scoring';
import { formatNumber } from '@chiso/scoring';

/**
 * Numbers as people write them in the console's language.
 *
 * Vietnamese writes `1.234,5` (dot between thousands, comma before decimals), English `1,234.5`.
 * The locale's own convention always reads. The other mark is read only where it cannot be
 * mistaken, so nobody's number silently becomes another:
 *
 * - vi: a comma is the decimal mark. Dots are thousands separators when every dot is followed by
 *   exactly three digits and the first group is 1–3 digits not starting with 0 ("1.234",
 *   "12.345.678", "1.234,5"). A single dot that cannot be a thousands separator is a decimal mark
 *   ("0.75", "72.5", "0.750", ".5"), because people type on keyboards with a dot.
 * - en: the same with the marks swapped ("1,234" is 1234; "0,75" and "72,5" are decimals).
 * - Both marks in the other convention's order ("1,234.5" in vi), two decimal marks, or groups
 *   of other sizes ("1.23.456") do not read: the person is asked, never guessed for.
 * - Spaces (also no-break spaces) are ignored; a leading "-" or "−" is a minus.
 */
export function parseNumber(text: string, locale: Locale): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const negative = /^[-−]/.test(compact);
  const body = negative ? compact.slice(1) : compact;
  const [decimalMark, groupMark] = locale === 'vi' ? [',', '.'] : ['.', ','];
  const digits = readUnsigned(body, decimalMark, groupMark);
  if (digits === null) return Number.NaN;
  const value = Number(digits);
  return negative && value !== 0 ? -value : value;
}

/** "1.234,5" → "1234.5" (for Number), or null when it does not read. */
function readUnsigned(body: string, decimalMark: string, groupMark: string): string | null {
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  const parts = body.split(decimalMark);
  if (parts.length > 2) return null;
  const [whole = '', fraction] = parts;
  if (fraction !== undefined) {
    // The locale's own decimal mark: the fraction is digits only, the whole part may be grouped.
    if (!/^\d*$/.test(fraction)) return null;
    const ungrouped = ungroup(whole, groupMark);
    return ungrouped === null ? null : `${ungrouped || '0'}.${fraction || '0'}`;
  }
  if (!whole.includes(groupMark)) return whole;
  const ungrouped = ungroup(whole, groupMark);
  if (ungrouped !== null) return ungrouped;
  // One other mark that cannot separate thousands: a decimal mark ("0.75" in vi).
  const [before = '', after, extra] = whole.split(groupMark);
  if (extra !== undefined || after === undefined) return null;
  return `${before || '0'}.${after || '0'}`;
}

/** "12.345.678" → "12345678" when grouped by thousands; "" stays ""; otherwise null. */
function ungroup(whole: string, groupMark: string): string | null {
  if (!whole.includes(groupMark)) return /^\d*$/.test(whole) ? whole : null;
  const groups = whole.split(groupMark);
  const [first = '', ...rest] = groups;
  if (!/^[1-9]\d{0,2}$/.test(first) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join('');
}

// Stored values may carry more decimals than formatNumber's three (a weight of 0.0125): those are
// shown with all their digits, so showing a value and reading it back never changes it.
const exactFormats = new Map<Locale, Intl.NumberFormat>();
function exactFormat(locale: Locale): Intl.NumberFormat {
  let format = exactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 20 });
    exactFormats.set(locale, format);
  }
  return format;
}

/** A stored number as the text a person would type for it: 1234.5 → "1.234,5" (vi), "1,234.5" (en). */
export function numberText(value: number, locale: Locale): string {
  const shown = formatNumber(value, locale);
  return parseNumber(shown, locale) === value ? shown : exactFormat(locale).format(value);
}

/** Typed text re-shown in another language's convention; text that does not read stays as typed. */
export function relocaliseNumber(text: string, from: Locale, to: Locale): string {
  if (from === to) return text;
  const value = parseNumber(text, from);
  return value === null || Number.isNaN(value) ? text : numberText(value, to);
}
