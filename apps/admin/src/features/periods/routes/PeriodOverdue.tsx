import { formatDate } from '@chiso/scoring';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { z } from 'zod';
import { type AppError, issueText } from '../../../graphql/errors.ts';
import { nodeOf } from '../../../graphql/graphql.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { dayText } from '../../../lib/dates.ts';
import { useLocale } from '../../../lib/locale.ts';
import { FormDateInput } from '../../../ui/DateField.tsx';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { GRANT_EXTENSION, PERIOD_DEADLINES, type Period, REVOKE_EXTENSION } from '../operations.ts';
import { ExtensionUnitSearch } from './ExtensionUnitSearch.tsx';

/**
 * Units that did not submit and can no longer (they will be published as "không nộp báo cáo"), and
 * units given more time: an admin extends one unit's deadline with a reason, or withdraws it.
 */
export function PeriodOverdue({ period, onChanged }: { period: Period; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data }, reload] = useQuery({ query: PERIOD_DEADLINES, variables: { id: period.id } });
  const deadlines = nodeOf(data?.node, 'Period');
  const [extending, setExtending] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<AppError | string | null>(null);
  const [, revoke] = useAction(REVOKE_EXTENSION, 'revokeDeadlineExtension');
  const refresh = () => {
    reload({ requestPolicy: 'network-only' });
    onChanged();
  };
  const overdue = deadlines?.overdueAssessments ?? [];
  const extensions = deadlines?.extensions ?? [];
  if (period.status === 'DRAFT') return null;
  return (
    <section aria-labelledby={`overdue-${period.id}`}>
      <h3 id={`overdue-${period.id}`}>{t('periods.overdue', { count: overdue.length })}</h3>
      {overdue.length === 0 ? (
        <p className="muted">{t('periods.noOverdue')}</p>
      ) : (
        <>
          <p className="muted">{t('periods.overdueHelp')}</p>
          <ul>
            {overdue.map((item) => (
              <li key={item.id}>
                {item.unit?.name} ({locale === 'en' ? item.unitGroup?.nameEn : item.unitGroup?.name}){' '}
                {period.status !== 'PUBLISHED' && item.unit && (
                  <button
                    type="button"
                    className="link"
                    onClick={() => item.unit && setExtending({ id: item.unit.id, name: item.unit.name })}
                  >
                    {t('periods.extend')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {period.status !== 'PUBLISHED' && !extending && (
        <ExtensionUnitSearch periodId={period.id} onPick={setExtending} />
      )}
      {extending && (
        <ExtensionForm
          periodId={period.id}
          unit={extending}
          onCancel={() => setExtending(null)}
          onDone={() => {
            setExtending(null);
            refresh();
          }}
        />
      )}
      {extensions.length > 0 && (
        <table className="table">
          <caption>{t('periods.extensions', { count: extensions.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessments.unit')}</th>
              <th scope="col">{t('periods.extendedTo')}</th>
              <th scope="col">{t('periods.extensionReason')}</th>
              <th scope="col">{t('periods.grantedBy')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('periods.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {extensions.map((extension) => (
              <tr key={extension.unit?.id}>
                <td>{extension.unit?.name}</td>
                <td>{extension.dueOn ? formatDate(extension.dueOn, locale) : '—'}</td>
                <td>{extension.reason}</td>
                <td>{extension.grantedBy ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    className="link danger"
                    onClick={async () => {
                      if (
                        !extension.unit ||
                        !window.confirm(t('periods.confirmRevoke', { unit: extension.unit.name }))
                      )
                        return;
                      const outcome = await revoke({ input: { id: period.id, unitId: extension.unit.id } });
                      setError(outcome.ok ? null : outcome.error);
                      if (outcome.ok) refresh();
                    }}
                  >
                    {t('periods.revoke')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorBanner error={error} />
    </section>
  );
}

/** A new deadline (today or later) and why; the API checks the rest. */
function ExtensionForm({
  periodId,
  unit,
  onCancel,
  onDone,
}: {
  periodId: string;
  unit: { id: string; name: string };
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const schema = useMemo(
    () =>
      z.object({
        dueOn: dayText(t('common.invalidDay')).min(1, t('periods.required')),
        reason: z.string().trim().min(1, t('common.reasonRequired')),
      }),
    [t],
  );
  const {
    register,
    control,
    handleSubmit,
    formState,
    setError: setFieldError,
  } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { dueOn: '', reason: '' },
  });
  const [busy, grant] = useAction(GRANT_EXTENSION, 'grantDeadlineExtension');
  const [banner, setBanner] = useState<AppError | string | null>(null);
  const errors = formState.errors;
  return (
    <form
      className="panel reason-form"
      aria-label={t('periods.extendUnit', { unit: unit.name })}
      noValidate
      onSubmit={handleSubmit(async (values) => {
        const outcome = await grant({ input: { id: periodId, unitId: unit.id, ...values } });
        if (outcome.ok) return onDone();
        setBanner(outcome.error);
        if (typeof outcome.error !== 'string')
          for (const issue of outcome.error.issues ?? [])
            if (issue.path === 'dueOn' || issue.path === 'reason')
              setFieldError(issue.path, { type: 'server', message: issueText(issue, locale) });
      })}
    >
      <h3>{t('periods.extendUnit', { unit: unit.name })}</h3>
      <div className="row">
        <div className="form-field">
          <label htmlFor="extension-dueOn">{t('periods.extendedTo')}</label>
          <FormDateInput
            control={control}
            name="dueOn"
            id="extension-dueOn"
            {...(errors.dueOn ? { 'aria-invalid': true, 'aria-describedby': 'extension-dueOn-error' } : {})}
          />
          {errors.dueOn && (
            <span className="field-error" id="extension-dueOn-error">
              {errors.dueOn.message}
            </span>
          )}
        </div>
        <div className="form-field">
          <label htmlFor="extension-reason">{t('periods.extensionReason')}</label>
          <input
            id="extension-reason"
            type="text"
            {...register('reason')}
            {...(errors.reason ? { 'aria-invalid': true, 'aria-describedby': 'extension-reason-error' } : {})}
          />
          {errors.reason && (
            <span className="field-error" id="extension-reason-error">
              {errors.reason.message}
            </span>
          )}
        </div>
      </div>
      <ErrorBanner error={banner} />
      <div className="actions-inline">
        <button type="submit" className="primary" disabled={busy}>
          {t('periods.extend')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
