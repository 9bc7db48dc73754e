import { formatDate } from '@chiso/scoring';
import { z } from 'zod';

/**
 * Days as people type them here: day first, then month, then a four-digit year, with "/", "-" or "."
 * between ("1/2/2023", "01-02-2023", "01.02.2023"). A pasted ISO day ("2023-02-01") reads too.
 * The console shows dd/mm/yyyy in English as well: its English is for Vietnamese staff, and one
 * order everywhere is what stops "01/02" meaning two different days on one screen.
 */
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ISO day (what the API's `Date` takes) for a real calendar day, or null (31/02 is no day). */
function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1000 ? date.toISOString().slice(0, 10) : null;
}

/** "1/2/2023" → "2023-02-01"; null when the text is not a whole, real day. */
export function parseDay(text: string): string | null {
  const typed = text.trim();
  const dayFirst = DAY_FIRST.exec(typed);
  if (dayFirst) return isoOf(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const iso = ISO.exec(typed);
  return iso ? isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

/** Whether a value is an ISO day the API takes, e.g. "2023-02-01" (not "2023-02-31"). */
export function isIsoDay(value: string): boolean {
  return ISO.test(value) && parseDay(value) === value;
}

/** "2023-02-01" → "01/02/2023"; anything else (a half-typed day) is shown as it is. */
export function formatDay(value: string): string {
  return isIsoDay(value) ? formatDate(value, 'vi') : value;
}

/**
 * What a date input hands its form for a text: the ISO day, "" when blank, or the text itself when
 * it is no day yet — so the form refuses it with its message instead of keeping an earlier day.
 */
export function dayValue(text: string): string {
  if (text.trim() === '') return '';
  return parseDay(text) ?? text;
}

/** A form's day field: "" (blank) or an ISO day; anything else is refused with `invalid`. */
export function dayText(invalid: string) {
  return z.string().refine((value) => value === '' || isIsoDay(value), invalid);
}

/**
 * Whether a field's value is plainly no day: typed through to a year ("31/02/2023"), too long, or
 * with letters. A half-typed day ("1/2/20") is not flagged while it is still being typed.
 */
export function isWrongDay(value: string): boolean {
  if (value === '' || isIsoDay(value)) return false;
  return /\d{4}$/.test(value) || value.length >= 10 || /[^\d\s/.-]/.test(value);
}
