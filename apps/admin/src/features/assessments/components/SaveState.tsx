import { useTranslation } from 'react-i18next';

const TIME = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });

interface Props {
  saving: boolean;
  /** Entries changed here and not yet on the server. */
  unsaved: number;
  /** Of those, how many the server would refuse (held back, marked at their fields). */
  invalid: number;
  /** The last send did not reach the server. */
  offline: boolean;
  savedAt: Date | null;
}

/** Where the typed entries are: on the server, on their way, or only in this browser. */
export function SaveState({ saving, unsaved, invalid, offline, savedAt }: Props) {
  const { t } = useTranslation();
  return (
    <div className="save-state" role="status" data-testid="save-state">
      {saving ? (
        <p>{t('entry.state.saving')}</p>
      ) : unsaved > 0 ? (
        <p className={offline ? 'banner warning' : undefined}>
          <strong>{t('entry.state.unsaved', { count: unsaved })}</strong>
          {offline && <> {t('entry.state.kept')}</>}
        </p>
      ) : (
        <p className="muted">
          {savedAt ? t('entry.state.savedAt', { time: TIME.format(savedAt) }) : t('entry.state.upToDate')}
        </p>
      )}
      {invalid > 0 && <p className="field-error">{t('entry.state.invalid', { count: invalid })}</p>}
    </div>
  );
}
