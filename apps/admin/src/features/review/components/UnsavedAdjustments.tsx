import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  count: number;
  /** What waits on the answer: "approve" or "return". */
  action: string;
  busy?: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onCancel: () => void;
}

/**
 * Approving or returning with adjustments typed but not saved would drop them silently: the
 * reviewer chooses to save them first, to discard them, or to go back.
 */
export function UnsavedAdjustments({ count, action, busy = false, onSave, onDiscard, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="panel reason-form" role="alertdialog" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('review.unsaved', { count })}</h3>
      <div className="actions-inline">
        <button type="button" className="primary" disabled={busy} onClick={onSave}>
          {t('review.saveThen', { action })}
        </button>
        <button type="button" disabled={busy} onClick={onDiscard}>
          {t('review.discardThen', { action })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
