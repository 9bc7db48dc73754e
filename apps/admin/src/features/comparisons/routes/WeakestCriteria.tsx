import { formatPercent, formatPoints } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import type { WeakCriterion } from '../operations.ts';

/** The criteria where the cohort loses most points (whatever nodes are chosen for the heatmap). */
export function WeakestCriteria({ criteria }: { criteria: WeakCriterion[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="weakest" className="workbench-section">
      <h2 id="weakest">{t('workbench.weakest')}</h2>
      <ol>
        {criteria.map((item) => (
          <li key={item.code}>
            <strong>{item.code}</strong> {item.name[locale]} — {t('workbench.lost')}{' '}
            {formatPoints(hundredths(item.lost), locale)} ({formatPercent(item.lostShare, locale)}),{' '}
            {t('workbench.atZero', { count: item.atZero })}
          </li>
        ))}
      </ol>
    </section>
  );
}
