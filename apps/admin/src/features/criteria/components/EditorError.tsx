import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../graphql/errors.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';

/** The console's error banner, except that a stale draft says so in the editor's own words. */
export function EditorError({
  error,
  onReload,
}: {
  error: AppError | string | null;
  onReload?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  if (typeof error === 'string' || error.code !== 'CONFLICT') return <ErrorBanner error={error} />;
  return (
    <div className="banner error code-CONFLICT" role="alert">
      <strong>{t('editor.conflictTitle')}</strong> {t('editor.conflict')}{' '}
      {onReload && (
        <button type="button" onClick={onReload}>
          {t('errors.reload')}
        </button>
      )}
    </div>
  );
}
