import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { useJob } from '../../../graphql/useJob.ts';
import { useLocale } from '../../../lib/locale.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { ReasonForm } from '../../../ui/ReasonForm.tsx';
import {
  CLOSE_PERIOD,
  OPEN_PERIOD,
  type Period,
  PUBLICATION_JOB,
  PUBLISH_RESULTS,
  REOPEN_PERIOD,
} from '../operations.ts';

/**
 * The next step of a period, each confirmed: open (DRAFT), close (OPEN), reopen with a reason
 * (CLOSED), publish results for every group or one group (CLOSED, PUBLISHED; OPEN too once the
 * deadline has passed — the API says what still holds it back).
 */
export function PeriodActions({ period, onChanged }: { period: Period; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [error, setError] = useState<AppError | string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reopening, setReopening] = useState(false);
  const [groupId, setGroupId] = useState('');
  const [opening, open] = useAction(OPEN_PERIOD, 'openPeriod');
  const [closing, close] = useAction(CLOSE_PERIOD, 'closePeriod');
  const [reopenBusy, reopen] = useAction(REOPEN_PERIOD, 'reopenPeriod');
  const [publishing, publish] = useAction(PUBLISH_RESULTS, 'publishPeriodResults');
  // A publication outlasting the mutation's wait goes on as a job: followed until it answers.
  const publication = useJob(PUBLICATION_JOB, (job) => job.publication);
  const groups = [
    ...new Map(
      (period.assignments ?? []).flatMap(({ unitGroup }) => (unitGroup ? [[unitGroup.id, unitGroup]] : [])),
    ).values(),
  ];
  const settle = (outcome: { ok: boolean; error?: unknown }, done: string) => {
    if (outcome.ok) {
      setError(null);
      setNotice(done);
      onChanged();
    } else setError(outcome.error as AppError | string);
    return outcome.ok;
  };
  const step = async (
    question: string,
    action: () => Promise<{ ok: boolean; error?: unknown; data?: unknown }>,
    done: (data: never) => string,
  ) => {
    if (!window.confirm(question)) return;
    const outcome = await action();
    settle(outcome, outcome.ok ? done(outcome.data as never) : '');
  };
  const group = groups.find((candidate) => candidate.id === groupId);
  return (
    <div className="actions-inline">
      {period.status === 'DRAFT' && (
        <button
          type="button"
          disabled={opening}
          onClick={() =>
            void step(
              t('periods.confirmOpen', { code: period.code }),
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
              t('periods.confirmClose', { code: period.code }),
              () => close({ input: { id: period.id } }),
              () => t('periods.closed'),
            )
          }
        >
          {t('periods.close')}
        </button>
      )}
      {period.status === 'CLOSED' && !reopening && (
        <button type="button" onClick={() => setReopening(true)}>
          {t('periods.reopen')}
        </button>
      )}
      {period.status !== 'DRAFT' && (
        <span className="row">
          <label>
            {t('periods.publishGroup')}{' '}
            <select value={groupId} onChange={(event) => setGroupId(event.target.value)}>
              <option value="">{t('periods.allGroups')}</option>
              {groups.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {locale === 'en' ? candidate.nameEn : candidate.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="primary"
            disabled={publishing || publication.waiting}
            onClick={() =>
              void step(
                group
                  ? t('periods.confirmPublishGroup', {
                      code: period.code,
                      group: locale === 'en' ? group.nameEn : group.name,
                    })
                  : t('periods.confirmPublish', { code: period.code }),
                async () =>
                  publication.follow(
                    await publish({ input: { id: period.id, ...(group ? { unitGroupId: group.id } : {}) } }),
                  ),
                (data: { cohortCount: number; notSubmittedCount: number }) =>
                  `${t('periods.published', { count: data.cohortCount })} ${t('periods.notSubmittedPublished', { count: data.notSubmittedCount })}`,
              )
            }
          >
            {t('periods.publish')}
          </button>
        </span>
      )}
      {reopening && (
        <ReasonForm
          title={t('periods.confirmReopen', { code: period.code })}
          label={t('periods.reopenReason')}
          confirm={t('periods.reopen')}
          busy={reopenBusy}
          onCancel={() => setReopening(false)}
          onConfirm={async (reason) => {
            const ok = settle(await reopen({ input: { id: period.id, reason } }), t('periods.reopened'));
            if (ok) setReopening(false);
            return ok;
          }}
        />
      )}
      {publication.waiting && (
        <p className="banner" role="status">
          {t('common.backgroundJob')}
        </p>
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
