import type { Hundredths } from './decimal.ts';
import type { Locale } from './model/text.ts';

const LOCALE_TAG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
// Building an Intl formatter costs far more than using one: a ranking of 177 rows formats ~1,000
// numbers, so each formatter is made once per locale.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

/** 2372 → "23,72" (vi) or "23.72" (en): always two decimals, as the published reports print them. */
export function formatPoints(value: Hundredths, locale: Locale = 'vi'): string {
  const format = formatter(
    `points:${locale}`,
    () => new Intl.NumberFormat(LOCALE_TAG[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  );
  return format.format(value / 100);
}

/** 57.5 → "57,5" (vi) or "57.5" (en): a number as people write it, up to three decimals. */
export function formatNumber(value: number, locale: Locale = 'vi'): string {
  return formatter(`number:${locale}`, () => new Intl.NumberFormat(LOCALE_TAG[locale])).format(value);
}

/** 0.7456 → "74,56 %" (vi) or "74.56%" (en). */
export function formatPercent(share: number, locale: Locale = 'vi'): string {
  const format = formatter(
    `percent:${locale}`,
    () =>
      new Intl.NumberFormat(LOCALE_TAG[locale], {
        style: 'percent',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
  );
  return format.format(share);
}

/** "2022-11-16" → "16/11/2022" (vi) or "16/11/2022" (en-GB). */
export function formatDate(isoDate: string, locale: Locale = 'vi'): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  const format = formatter(
    `date:${locale}`,
    () =>
      new Intl.DateTimeFormat(LOCALE_TAG[locale], {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return format.format(date);
}
