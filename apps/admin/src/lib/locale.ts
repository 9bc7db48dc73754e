import type { Locale } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';

/** The console's language as @chiso/scoring's formatters want it. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** Points from the API (decimals) → hundredths, for formatPoints. */
export function hundredths(points: number | null | undefined): number {
  return Math.round((points ?? 0) * 100);
}
