import { useTranslation } from 'react-i18next';
import type { Texts } from '../i18n/index.ts';

export function StatusBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <span className={`status status-${status.toLowerCase()}`}>
      {t(`status.${status as keyof Texts['status']}`)}
    </span>
  );
}
