import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router';

/** Asks before following a link away from unsaved entries (they stay kept in this browser either way). */
export function LeaveDialog({ blocker, count }: { blocker: Blocker; count: number }) {
  const { t } = useTranslation();
  if (blocker.state !== 'blocked') return null;
  return (
    <div className="banner warning leave-dialog" role="alertdialog" aria-labelledby="leave-title">
      <p id="leave-title">
        <strong>{t('entry.leave.title', { count })}</strong> {t('entry.leave.kept')}
      </p>
      <button type="button" className="primary" onClick={() => blocker.reset()}>
        {t('entry.leave.stay')}
      </button>{' '}
      <button type="button" onClick={() => blocker.proceed()}>
        {t('entry.leave.go')}
      </button>
    </div>
  );
}
