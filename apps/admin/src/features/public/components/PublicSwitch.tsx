import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppError } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import type { Period } from '../../periods/operations.ts';
import { SET_PERIOD_PUBLIC } from '../operations.ts';
import { publicKeyOf, publicPath } from '../paths.ts';

/**
 * An admin's switch on the period page: the period's published results public (anyone may read them
 * at /cong-khai and from the feed) or not. The API refuses it for a period not yet published and
 * says why; each change is confirmed, and audited by the API.
 */
export function PublicSwitch({ period, onChanged }: { period: Period; onChanged: () => void }) {
  const { t } = useTranslation();
  const [busy, setPublic] = useAction(SET_PERIOD_PUBLIC, 'setPeriodPublic');
  const [error, setError] = useState<AppError | string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const change = async (isPublic: boolean) => {
    const question = isPublic ? 'public.confirmMakePublic' : 'public.confirmMakePrivate';
    if (!window.confirm(t(question, { code: period.code }))) return;
    const outcome = await setPublic({ input: { id: period.id, isPublic } });
    if (!outcome.ok) {
      setNotice(null);
      setError(outcome.error);
      return;
    }
    setError(null);
    setNotice(t(isPublic ? 'public.madePublic' : 'public.madePrivate', { code: period.code }));
    onChanged();
  };
  return (
    <div className="public-switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          aria-checked={period.isPublic ?? false}
          checked={period.isPublic ?? false}
          disabled={busy}
          onChange={(event) => void change(event.target.checked)}
        />{' '}
        {t('public.switchLabel')}
      </label>
      <p className="muted small">{t('public.switchHint')}</p>
      {period.isPublic && (
        <Link to={publicPath.period(publicKeyOf(period.code, period.provinceCode))}>{t('public.open')}</Link>
      )}
      {notice && (
        <p className="banner ok" role="status">
          {notice}
        </p>
      )}
      <ErrorBanner error={error} />
    </div>
  );
}
