import { formatNumber, formatPoints, type UnitResult } from '@chiso/scoring';
import { type ReactNode, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { EntryProgress } from '../progress.ts';
import { MissingList } from './MissingList.tsx';

interface Props {
  result: UnitResult;
  progress: EntryProgress;
  editable: boolean;
  unsaved: number;
  saving: boolean;
  submitting: boolean;
  onSave: () => void;
  onSubmit: () => void;
  /** Whether the draft is on the server, and what the last save or submit answered (above the bar). */
  children?: ReactNode;
}

/**
 * Stays at the foot of the screen while the form scrolls: the running score and levels, how much is
 * entered, Save and Submit. Submit waits until nothing is missing; the list says what is.
 */
export function ActionBar({
  result,
  progress,
  editable,
  unsaved,
  saving,
  submitting,
  onSave,
  onSubmit,
  children,
}: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const missingList = useRef<HTMLDetailsElement>(null);
  const { missing } = progress;
  const foldMissing = useCallback(() => {
    if (missingList.current) missingList.current.open = false;
  }, []);
  return (
    <section className="action-bar" aria-label={t('entry.bar.label')}>
      <div className="bar-messages">{children}</div>
      <p className="bar-score">
        <strong>{formatPoints(result.points, locale)}</strong> / {formatPoints(result.maxPoints, locale)}{' '}
        {t('score.points')}
        {result.categories
          .filter((category) => category.level)
          .map((category) => (
            <span
              key={category.code}
              className={category.level?.level === null ? 'level not-ranked' : 'level'}
            >
              {category.level?.level === null
                ? t('entry.bar.notRanked', { category: category.code })
                : t('entry.bar.level', { category: category.code, level: category.level?.level })}
            </span>
          ))}
      </p>
      <p className="bar-progress" data-testid="entry-progress">
        {t('entry.progress', {
          entered: formatNumber(progress.entered, locale),
          total: formatNumber(progress.total, locale),
          missingEvidence: formatNumber(progress.missingEvidence, locale),
        })}
      </p>
      {editable && (
        <div className="bar-actions">
          {missing.length > 0 && (
            <details className="bar-missing" ref={missingList}>
              <summary>{t('entry.missing.summary', { count: missing.length })}</summary>
              <MissingList items={missing} onFollow={foldMissing} />
            </details>
          )}
          <button type="button" onClick={onSave} disabled={saving || unsaved === 0}>
            {t('entry.save')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={onSubmit}
            disabled={submitting || missing.length > 0}
            title={missing.length > 0 ? t('entry.missing.hint') : undefined}
          >
            {t('entry.submit')}
          </button>
        </div>
      )}
    </section>
  );
}
