import { describeLevel, formatPercent, formatPoints, type UnitResult } from '@chiso/scoring';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';

/** The running total, each category's points and its level (Mức) or why it is not ranked. */
export const ScoreSummary = memo(function ScoreSummary({ result }: { result: UnitResult }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="score-summary" aria-label={t('score.title')} aria-live="polite">
      <h2>{t('score.title')}</h2>
      <p className="total">
        <span data-testid="total-points">{formatPoints(result.points, locale)}</span>
        {' / '}
        {formatPoints(result.maxPoints, locale)} {t('score.points')}
        <span className="muted"> ({formatPercent(result.index, locale)})</span>
      </p>
      <ul className="categories">
        {result.categories.map((category) => {
          const level = describeLevel(category, locale);
          const notRanked = category.level && category.level.level === null;
          return (
            <li key={category.code}>
              <strong>{category.name[locale]}</strong>: {formatPoints(category.points, locale)} /{' '}
              {formatPoints(category.maxPoints, locale)}
              {level && (
                <div
                  className={notRanked ? 'level not-ranked' : 'level'}
                  data-testid={`level-${category.code}`}
                >
                  {level}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {result.missing.length > 0 && (
        <p className="muted">{t('score.missing', { count: result.missing.length })}</p>
      )}
    </section>
  );
});
