import { useTranslation } from 'react-i18next';

export function StatusBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <span className={`status status-${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
