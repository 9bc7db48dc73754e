import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppError, issuesByPath } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { isIsoDay } from '../../../lib/dates.ts';
import { useLocale } from '../../../lib/locale.ts';
import { DateInput } from '../../../ui/DateField.tsx';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { type Period, UPDATE_PERIOD } from '../operations.ts';

/** Submission and review deadlines, while the period is DRAFT or OPEN (a stale revision is a CONFLICT). */
export function PeriodDeadlines({ period, onChanged }: { period: Period; onChanged: (p: Period) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [submissionDue, setSubmissionDue] = useState(period.submissionDue ?? '');
  const [reviewDue, setReviewDue] = useState(period.reviewDue ?? '');
  const [error, setError] = useState<AppError | string | null>(null);
  const [busy, update] = useAction(UPDATE_PERIOD, 'updatePeriod');
  // A day typed wrong is flagged once saving is tried, not while it is still being typed.
  const [tried, setTried] = useState(false);
  const notADay = (value: string) => value !== '' && !isIsoDay(value);
  const issues = issuesByPath(error, locale);
  if (tried && notADay(submissionDue)) issues.submissionDue = t('common.invalidDay');
  if (tried && notADay(reviewDue)) issues.reviewDue = t('common.invalidDay');
  const editable = period.status === 'DRAFT' || period.status === 'OPEN';
  const save = async () => {
    setTried(true);
    if (notADay(submissionDue) || notADay(reviewDue)) return;
    const outcome = await update({
      input: {
        id: period.id,
        revision: period.revision,
        submissionDue: submissionDue || null,
        reviewDue: reviewDue || null,
      },
    });
    setError(outcome.ok ? null : outcome.error);
    if (outcome.ok) onChanged(outcome.data);
  };
  const input = (name: 'submissionDue' | 'reviewDue', value: string, set: (v: string) => void) => (
    <div className="form-field">
      <label htmlFor={`${name}-${period.id}`}>{t(`periods.${name}`)}</label>
      <DateInput
        id={`${name}-${period.id}`}
        value={value}
        disabled={!editable}
        onChange={set}
        {...(issues[name] ? { 'aria-invalid': true, 'aria-describedby': `${name}-${period.id}-error` } : {})}
      />
      {issues[name] && (
        <span className="field-error" id={`${name}-${period.id}-error`}>
          {issues[name]}
        </span>
      )}
    </div>
  );
  return (
    <section>
      <h3>{t('periods.deadlines')}</h3>
      <div className="row">
        {input('submissionDue', submissionDue, setSubmissionDue)}
        {input('reviewDue', reviewDue, setReviewDue)}
        {editable && (
          <button type="button" disabled={busy} onClick={() => void save()}>
            {t('periods.saveDeadlines')}
          </button>
        )}
      </div>
      <ErrorBanner error={error} />
    </section>
  );
}
