import { useTranslation } from 'react-i18next';
import type { AppError } from '../graphql/errors.ts';
import { useLocale } from '../lib/locale.ts';

/**
 * The server's message for a failed mutation; a stale revision (CONFLICT) gets its own advice. Both it
 * and a refused transition (INVALID_TRANSITION: the assessment moved on meanwhile — another reviewer, or
 * the person's own earlier click whose answer was lost) mean the page is stale: a reload is offered.
 */
export function ErrorBanner({ error, onReload }: { error: AppError | string | null; onReload?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!error) return null;
  if (typeof error === 'string')
    return (
      <div className="banner error" role="alert">
        {error}
      </div>
    );
  const message = error.messages?.[locale] ?? error.message;
  const reload = onReload && (
    <button type="button" onClick={onReload}>
      {t('errors.reload')}
    </button>
  );
  return (
    <div className={`banner error code-${error.code}`} role="alert">
      {error.code === 'CONFLICT' ? (
        <>
          <strong>{t('errors.conflictTitle')}</strong> {t('errors.conflict')} {reload}
          <div className="muted">{message}</div>
        </>
      ) : (
        <>
          {message}
          {error.code === 'INVALID_TRANSITION' && <> {reload}</>}
        </>
      )}
    </div>
  );
}
