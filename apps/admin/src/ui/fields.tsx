import type { LocalizedText } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';

/** A labelled text input; numbers are typed as text too, so "1,5" and half-typed values stay. */
export function TextField({
  id,
  label,
  value,
  onChange,
  numeric = false,
  error,
  disabled = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  numeric?: boolean;
  error?: string | undefined;
  disabled?: boolean;
}) {
  const errorId = `${id}-error`;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={numeric ? 'decimal' : undefined}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** Vietnamese and English side by side: every text people read exists in both. */
export function TextPair({
  id,
  label,
  value,
  onChange,
  disabled = false,
}: {
  id: string;
  label: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${id}-vi`}
        label={t('editor.inVietnamese', { label })}
        value={value.vi}
        disabled={disabled}
        onChange={(vi) => onChange({ ...value, vi })}
      />
      <TextField
        id={`${id}-en`}
        label={t('editor.inEnglish', { label })}
        value={value.en}
        disabled={disabled}
        onChange={(en) => onChange({ ...value, en })}
      />
    </>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  );
}

/** Save and cancel, as every editor form ends. */
export function FormActions({
  submitLabel,
  busy,
  onCancel,
  children,
}: {
  submitLabel: string;
  busy: boolean;
  onCancel: () => void;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions-inline">
      {children}
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t('editor.cancel')}
      </button>
    </div>
  );
}
