import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../graphql/errors.ts';
import { useLocale } from '../../../lib/locale.ts';

export interface EvidenceDraft {
  title: string;
  documentNumber: string;
  issuedOn: string;
  url: string;
  file: File | null;
}

interface Props {
  nodeCode: string;
  /** Answers the server's error (kept next to the fields) or null when it was attached. */
  onAttach: (draft: EvidenceDraft, mode: 'file' | 'link') => Promise<AppError | string | null>;
}

const EMPTY: EvidenceDraft = { title: '', documentNumber: '', issuedOn: '', url: '', file: null };

/** Attach a file or a link to one criterion; what was typed stays when the server refuses it. */
export function EvidenceForm({ nodeCode, onAttach }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [draft, setDraft] = useState<EvidenceDraft>(EMPTY);
  const [mode, setMode] = useState<'file' | 'link'>('file');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const id = (field: string) => `ev-${nodeCode}-${field}`;
  const issues: Record<string, string> = {};
  if (error && typeof error !== 'string')
    for (const issue of error.issues ?? []) issues[issue.path] = issue.message;
  const fieldError = (field: string) =>
    issues[field] ? (
      <span className="field-error" id={id(`${field}-error`)}>
        {issues[field]}
      </span>
    ) : null;
  const invalid = (field: string) =>
    issues[field] ? { 'aria-invalid': true, 'aria-describedby': id(`${field}-error`) } : {};
  const canSend =
    draft.title.trim() !== '' && (mode === 'file' ? draft.file !== null : draft.url.trim() !== '');

  const send = async () => {
    setBusy(true);
    const answer = await onAttach(draft, mode);
    setBusy(false);
    setError(answer);
    if (!answer) {
      setDraft(EMPTY);
      setFormKey((key) => key + 1);
    }
  };
  const general = error && (typeof error === 'string' ? error : (error.messages?.[locale] ?? error.message));

  return (
    <fieldset className="evidence-form" key={formKey}>
      <legend>{t('evidence.add')}</legend>
      <div className="radio-row" role="radiogroup" aria-label={t('evidence.kind')}>
        <label>
          <input type="radio" checked={mode === 'file'} onChange={() => setMode('file')} />{' '}
          {t('evidence.file')}
        </label>
        <label>
          <input type="radio" checked={mode === 'link'} onChange={() => setMode('link')} />{' '}
          {t('evidence.link')}
        </label>
      </div>
      <label htmlFor={id('title')}>{t('evidence.title')}</label>
      <input
        id={id('title')}
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        {...invalid('title')}
      />
      {fieldError('title')}
      <div className="row">
        <span>
          <label htmlFor={id('documentNumber')}>{t('evidence.documentNumber')}</label>
          <input
            id={id('documentNumber')}
            value={draft.documentNumber}
            onChange={(e) => setDraft({ ...draft, documentNumber: e.target.value })}
            {...invalid('documentNumber')}
          />
          {fieldError('documentNumber')}
        </span>
        <span>
          <label htmlFor={id('issuedOn')}>{t('evidence.issuedOn')}</label>
          <input
            id={id('issuedOn')}
            type="date"
            value={draft.issuedOn}
            onChange={(e) => setDraft({ ...draft, issuedOn: e.target.value })}
            {...invalid('issuedOn')}
          />
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
            onChange={(e) => setDraft({ ...draft, file: e.target.files?.[0] ?? null })}
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
            value={draft.url}
            onChange={(e) => setDraft({ ...draft, url: e.target.value })}
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
      <button type="button" onClick={() => void send()} disabled={busy || !canSend}>
        {t('evidence.attach')}
      </button>
    </fieldset>
  );
}
