import { formatDate } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../lib/locale.ts';
import { vietnamDay } from '../lib/vietnam-day.ts';

/**
 * What a printed page carries on top, as the Sở's documents do: the department's name, the page's
 * title and the day it was printed. Hidden on screen (print.css).
 */
export function PrintHeader({ title, subtitle }: { title: string; subtitle?: string | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <header className="print-header">
      <p className="print-department">{t('print.department')}</p>
      <p className="print-title">{title}</p>
      {subtitle && <p className="print-subtitle">{subtitle}</p>}
      <p className="print-date">{t('print.printedOn', { date: formatDate(vietnamDay(), locale) })}</p>
    </header>
  );
}

/** "In": the browser's print dialog, laid out by print.css (A4, no navigation). */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="print-button no-print" onClick={() => window.print()}>
      {t('print.button')}
    </button>
  );
}
