import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { CLOSE_PERIOD, OPEN_PERIOD, type Period, PUBLISH_RESULTS } from '../operations.ts';

/** The next step of a period: open (DRAFT), close (OPEN), publish results (CLOSED), each confirmed. */
export function PeriodActions({ period, onChanged }: { period: Period; onChanged: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [opening, open] = useAction(OPEN_PERIOD, 'openPeriod');
  const [closing, close] = useAction(CLOSE_PERIOD, 'closePeriod');
  const [publishing, publish] = useAction(PUBLISH_RESULTS, 'publishPeriodResults');
  const step = async (
    confirmKey: ParseKeys,
    action: () => Promise<{ ok: boolean; error?: unknown; data?: unknown }>,
    done: (data: never) => string,
  ) => {
    if (!window.confirm(t(confirmKey, { code: period.code }))) return;
    const outcome = await action();
    if (outcome.ok) {
      setError(null);
      setNotice(done(outcome.data as never));
      onChanged();
    } else setError(outcome.error as AppError | string);
  };
  return (
    <div className="actions-inline">
      {period.status === 'DRAFT' && (
        <button
          type="button"
          disabled={opening}
          onClick={() =>
            void step(
              'periods.confirmOpen',
              () => open({ input: { id: period.id } }),
              () => t('periods.opened'),
            )
          }
        >
          {t('periods.open')}
        </button>
      )}
      {period.status === 'OPEN' && (
        <button
          type="button"
          disabled={closing}
          onClick={() =>
            void step(
              'periods.confirmClose',
              () => close({ input: { id: period.id } }),
              () => t('periods.closed'),
            )
          }
        >
          {t('periods.close')}
        </button>
      )}
      {(period.status === 'CLOSED' || period.status === 'PUBLISHED') && (
        <button
          type="button"
          className="primary"
          disabled={publishing}
          onClick={() =>
            void step(
              'periods.confirmPublish',
              () => publish({ input: { id: period.id } }),
              (data: { cohortCount: number }) => t('periods.published', { count: data.cohortCount }),
            )
          }
        >
          {t('periods.publish')}
        </button>
      )}
      {notice && (
        <p className="banner ok" role="status">
          {notice}
        </p>
      )}
      <ErrorBanner error={error} />
    </div>
  );
}
