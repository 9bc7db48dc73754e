import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks before publishing: a published version never changes again. */
export function PublishDialog({
  version,
  issues,
  busy,
  onConfirm,
  onCancel,
}: {
  version: string;
  issues: number;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus; Escape backs out.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="publish-title"
        aria-describedby="publish-text"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
          // Tab stays within the dialog while it is open (it is modal).
          if (event.key === 'Tab') {
            const buttons = [...event.currentTarget.querySelectorAll('button')];
            const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
            const next = buttons[(at + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length];
            event.preventDefault();
            next?.focus();
          }
        }}
      >
        <h2 id="publish-title">{t('editor.publishTitle', { version })}</h2>
        <p id="publish-text">{t('editor.publishText')}</p>
        {issues > 0 && <p className="banner warning">{t('editor.publishIssues', { count: issues })}</p>}
        <div className="actions-inline">
          <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
            {t('editor.publishConfirm')}
          </button>
          <button type="button" ref={cancel} onClick={onCancel}>
            {t('editor.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
