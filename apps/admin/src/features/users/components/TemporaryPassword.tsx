import { useTranslation } from 'react-i18next';

/** A secret shown once (a temporary password, a new API token): only its hash stays on the server. */
export function OneTimeSecret({
  title,
  help,
  secret,
  onClose,
}: {
  title: string;
  help: string;
  secret: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="banner ok one-time-secret" aria-label={title}>
      <strong>{title}</strong>
      <p>
        <code data-testid="one-time-secret">{secret}</code>{' '}
        <button type="button" onClick={() => void navigator.clipboard?.writeText(secret)}>
          {t('users.copy')}
        </button>
      </p>
      <p className="muted small">{help}</p>
      <button type="button" onClick={onClose}>
        {t('users.close')}
      </button>
    </section>
  );
}
