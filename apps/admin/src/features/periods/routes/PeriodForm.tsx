import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type AppError, issueText } from '../../../graphql/errors.ts';
import type { VariablesOf } from '../../../graphql/graphql.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { dayText } from '../../../lib/dates.ts';
import { useLocale } from '../../../lib/locale.ts';
import { FormDateInput } from '../../../ui/DateField.tsx';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { CREATE_PERIOD, type Period } from '../operations.ts';

const KINDS = ['YEAR', 'HALF_YEAR'] as const satisfies ReadonlyArray<
  VariablesOf<typeof CREATE_PERIOD>['input']['kind']
>;

/** What the form checks before asking the API (which checks the rest: dates in order, a free code). */
const periodValues = (required: string, invalidDay: string) =>
  z.object({
    code: z.string().trim().min(1, required),
    name: z.string().trim().min(1, required),
    kind: z.enum(KINDS),
    startsOn: dayText(invalidDay).min(1, required),
    endsOn: dayText(invalidDay).min(1, required),
    submissionDue: dayText(invalidDay),
    reviewDue: dayText(invalidDay),
  });
type Values = z.output<ReturnType<typeof periodValues>>;

const FIELDS = ['code', 'name', 'kind', 'startsOn', 'endsOn', 'submissionDue', 'reviewDue'] as const;

/** Creates a DRAFT period; the server's messages land next to their fields and nothing typed is lost. */
export function PeriodForm({ onCreated }: { onCreated: (period: Period) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const schema = useMemo(() => periodValues(t('periods.required'), t('common.invalidDay')), [t]);
  const { register, control, handleSubmit, setError, reset, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      code: '',
      name: '',
      kind: KINDS[0],
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
      input: {
        ...values,
        submissionDue: values.submissionDue || null,
        reviewDue: values.reviewDue || null,
      },
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
        if (field) setError(field, { type: 'server', message: issueText(issue, locale) });
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
  return (
    <form
      className="period-form"
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t('periods.create')}
    >
      <h2>{t('periods.create')}</h2>
      <div className="form-grid">
        {field('code', <input id="period-code" {...register('code')} {...aria('code')} />)}
        {field('name', <input id="period-name" {...register('name')} {...aria('name')} />)}
        {field(
          'kind',
          <select id="period-kind" {...register('kind')}>
            <option value="YEAR">{t('periods.kindYEAR')}</option>
            <option value="HALF_YEAR">{t('periods.kindHALF_YEAR')}</option>
          </select>,
        )}
        {field(
          'startsOn',
          <FormDateInput control={control} name="startsOn" id="period-startsOn" {...aria('startsOn')} />,
        )}
        {field(
          'endsOn',
          <FormDateInput control={control} name="endsOn" id="period-endsOn" {...aria('endsOn')} />,
        )}
        {field(
          'submissionDue',
          <FormDateInput
            control={control}
            name="submissionDue"
            id="period-submissionDue"
            {...aria('submissionDue')}
          />,
        )}
        {field(
          'reviewDue',
          <FormDateInput control={control} name="reviewDue" id="period-reviewDue" {...aria('reviewDue')} />,
        )}
      </div>
      <ErrorBanner error={banner} />
      <button type="submit" className="primary" disabled={busy}>
        {t('periods.createButton')}
      </button>
    </form>
  );
}
