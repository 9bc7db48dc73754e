import type { Hundredths } from './decimal.ts';
import type { Locale } from './model/text.ts';

const LOCALE_TAG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
const pointsFormat = new Map<Locale, Intl.NumberFormat>();

/** 2372 → "23,72" (vi) or "23.72" (en): always two decimals, as the published reports print them. */
export function formatPoints(value: Hundredths, locale: Locale = 'vi'): string {
  let format = pointsFormat.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAG[locale], {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    pointsFormat.set(locale, format);
  }
  return format.format(value / 100);
}

/** 0.7456 → "74,56 %" (vi) or "74.56%" (en). */
export function formatPercent(share: number, locale: Locale = 'vi'): string {
  return new Intl.NumberFormat(LOCALE_TAG[locale], {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(share);
}

/** "2022-11-16" → "16/11/2022" (vi) or "16/11/2022" (en-GB). */
export function formatDate(isoDate: string, locale: Locale = 'vi'): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(LOCALE_TAG[locale], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
