import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type AppError, issuesByPath } from '../../../graphql/errors.ts';
import { isWrongDay } from '../../../lib/dates.ts';
import { useLocale } from '../../../lib/locale.ts';
import { FormDateInput } from '../../../ui/DateField.tsx';
import { EMPTY_EVIDENCE, type EvidenceDraft, EvidenceValues } from './evidence-values.ts';

export type { EvidenceDraft } from './evidence-values.ts';

interface Props {
  nodeCode: string;
  /** Answers the server's error (kept next to the fields) or null when it was attached. */
  onAttach: (draft: EvidenceDraft, mode: 'file' | 'link') => Promise<AppError | string | null>;
}

/** Attach a file or a link to one criterion; what was typed stays when the server refuses it. */
export function EvidenceForm({ nodeCode, onAttach }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { register, control, handleSubmit, watch, setValue, reset, formState } = useForm({
    resolver: zodResolver(EvidenceValues),
    defaultValues: EMPTY_EVIDENCE,
  });
  const values = watch();
  const mode = values.mode;
  // The server's answer, kept until the next attempt: its issues sit by their fields.
  const [error, setError] = useState<AppError | string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const id = (field: string) => `ev-${nodeCode}-${field}`;
  const issues = issuesByPath(error, locale);
  if (isWrongDay(values.issuedOn)) issues.issuedOn = t('common.invalidDay');
  const fieldError = (field: string) =>
    issues[field] ? (
      <span className="field-error" id={id(`${field}-error`)}>
        {issues[field]}
      </span>
    ) : null;
  const invalid = (field: string) =>
    issues[field] ? { 'aria-invalid': true, 'aria-describedby': id(`${field}-error`) } : {};
  // Attaching stays off until the schema holds, as it always has: no message for an empty title.
  const canSend = EvidenceValues.safeParse(values).success;

  const send = handleSubmit(async ({ mode: chosen, ...draft }) => {
    const answer = await onAttach(draft, chosen);
    setError(answer);
    if (!answer) {
      reset(EMPTY_EVIDENCE);
      // A file input cannot be emptied by value; a fresh one is.
      setFormKey((key) => key + 1);
    }
  });
  const general = error && (typeof error === 'string' ? error : (error.messages?.[locale] ?? error.message));

  return (
    <fieldset className="evidence-form" key={formKey}>
      <legend>{t('evidence.add')}</legend>
      <div className="radio-row" role="radiogroup" aria-label={t('evidence.kind')}>
        <label>
          <input type="radio" value="file" {...register('mode')} /> {t('evidence.file')}
        </label>
        <label>
          <input type="radio" value="link" {...register('mode')} /> {t('evidence.link')}
        </label>
      </div>
      <label htmlFor={id('title')}>{t('evidence.title')}</label>
      <input id={id('title')} {...register('title')} {...invalid('title')} />
      {fieldError('title')}
      <div className="row">
        <span>
          <label htmlFor={id('documentNumber')}>{t('evidence.documentNumber')}</label>
          <input id={id('documentNumber')} {...register('documentNumber')} {...invalid('documentNumber')} />
          {fieldError('documentNumber')}
        </span>
        <span>
          <label htmlFor={id('issuedOn')}>{t('evidence.issuedOn')}</label>
          <FormDateInput control={control} name="issuedOn" id={id('issuedOn')} {...invalid('issuedOn')} />
          {fieldError('issuedOn')}
        </span>
      </div>
      {mode === 'file' ? (
        <>
          <label htmlFor={id('file')}>{t('evidence.chooseFile')}</label>
          <input
            key="file"
            id={id('file')}
            type="file"
            onChange={(e) => setValue('file', e.target.files?.[0] ?? null)}
            {...invalid('file')}
          />
          {fieldError('file')}
        </>
      ) : (
        <>
          <label htmlFor={id('url')}>{t('evidence.url')}</label>
          <input
            key="url"
            id={id('url')}
            type="url"
            placeholder="https://"
            {...register('url')}
            {...invalid('url')}
          />
          {fieldError('url')}
        </>
      )}
      {general && (
        <p className="field-error" role="alert">
          {general}
        </p>
      )}
      <button type="button" onClick={() => void send()} disabled={formState.isSubmitting || !canSend}>
        {t('evidence.attach')}
      </button>
    </fieldset>
  );
}
