import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

interface Props {
  /** What is about to happen, as a question ("Trả lại phiếu cho đơn vị?"). */
  title: string;
  label: string;
  confirm: string;
  busy?: boolean;
  /** Resolves true when done (the form then clears), false to keep the reason for another try. */
  onConfirm: (reason: string) => Promise<boolean>;
  onCancel: () => void;
}

/**
 * A confirmation that needs a reason (return, reopen): nothing happens until a reason is written and
 * confirmed, and cancelling changes nothing.
 */
export function ReasonForm({ title, label, confirm, busy = false, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const schema = useMemo(
    () => z.object({ reason: z.string().trim().min(1, t('common.reasonRequired')) }),
    [t],
  );
  const { register, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { reason: '' },
  });
  const error = formState.errors.reason?.message;
  return (
    <form
      className="reason-form panel"
      role="dialog"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={handleSubmit(async ({ reason }) => {
        if (await onConfirm(reason.trim())) reset();
      })}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="form-field">
        <label htmlFor={`${id}-reason`}>{label}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          {...register('reason')}
          {...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {})}
        />
        {error && (
          <span className="field-error" id={`${id}-error`}>
            {error}
          </span>
        )}
      </div>
      <div className="actions-inline">
        <button type="submit" className="primary" disabled={busy}>
          {confirm}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
