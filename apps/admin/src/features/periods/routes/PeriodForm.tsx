import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { CREATE_PERIOD, type Period } from '../operations.ts';

interface Values {
  code: string;
  name: string;
  kind: 'YEAR' | 'HALF_YEAR';
  startsOn: string;
  endsOn: string;
  submissionDue: string;
  reviewDue: string;
}

const FIELDS = ['code', 'name', 'kind', 'startsOn', 'endsOn', 'submissionDue', 'reviewDue'] as const;

/** Creates a DRAFT period; the server's messages land next to their fields and nothing typed is lost. */
export function PeriodForm({ onCreated }: { onCreated: (period: Period) => void }) {
  const { t } = useTranslation();
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    defaultValues: {
      code: '',
      name: '',
      kind: 'YEAR',
      startsOn: '',
      endsOn: '',
      submissionDue: '',
      reviewDue: '',
    },
  });
  const [busy, create] = useAction(CREATE_PERIOD, 'createPeriod');
  const [banner, setBanner] = useState<AppError | string | null>(null);
  const onSubmit = async (values: Values) => {
    const outcome = await create({
      ...values,
      code: values.code.trim(),
      name: values.name.trim(),
      submissionDue: values.submissionDue || null,
      reviewDue: values.reviewDue || null,
    });
    if (outcome.ok) {
      setBanner(null);
      reset();
      onCreated(outcome.data);
      return;
    }
    setBanner(outcome.error);
    if (typeof outcome.error !== 'string')
      for (const issue of outcome.error.issues ?? []) {
        const field = FIELDS.find((name) => issue.path === name || issue.path.endsWith(`.${name}`));
        if (field) setError(field, { type: 'server', message: issue.message });
      }
  };
  const field = (name: (typeof FIELDS)[number], input: React.ReactNode) => {
    const error = formState.errors[name]?.message;
    return (
      <div className="form-field">
        <label htmlFor={`period-${name}`}>{t(`periods.${name}`)}</label>
        {input}
        {error && (
          <span className="field-error" id={`period-${name}-error`}>
            {error}
          </span>
        )}
      </div>
    );
  };
  const aria = (name: (typeof FIELDS)[number]) =>
    formState.errors[name] ? { 'aria-invalid': true, 'aria-describedby': `period-${name}-error` } : {};
  const required = { required: t('periods.required') };
  return (
    <form
      className="period-form"
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t('periods.create')}
    >
      <h2>{t('periods.create')}</h2>
      <div className="form-grid">
        {field('code', <input id="period-code" {...register('code', required)} {...aria('code')} />)}
        {field('name', <input id="period-name" {...register('name', required)} {...aria('name')} />)}
        {field(
          'kind',
          <select id="period-kind" {...register('kind')}>
            <option value="YEAR">{t('periods.kindYEAR')}</option>
            <option value="HALF_YEAR">{t('periods.kindHALF_YEAR')}</option>
          </select>,
        )}
        {field(
          'startsOn',
          <input
            id="period-startsOn"
            type="date"
            {...register('startsOn', required)}
            {...aria('startsOn')}
          />,
        )}
        {field(
          'endsOn',
          <input id="period-endsOn" type="date" {...register('endsOn', required)} {...aria('endsOn')} />,
        )}
        {field(
          'submissionDue',
          <input
            id="period-submissionDue"
            type="date"
            {...register('submissionDue')}
            {...aria('submissionDue')}
          />,
        )}
        {field(
          'reviewDue',
          <input id="period-reviewDue" type="date" {...register('reviewDue')} {...aria('reviewDue')} />,
        )}
      </div>
      <ErrorBanner error={banner} />
      <button type="submit" className="primary" disabled={busy}>
        {t('periods.createButton')}
      </button>
    </form>
  );
}
