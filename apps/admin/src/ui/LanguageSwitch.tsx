import { useTranslation } from 'react-i18next';

export function LanguageSwitch({ onChange }: { onChange: (language: 'vi' | 'en') => void }) {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span className="visually-hidden">{t('nav.language')}</span>
      <select value={i18n.language} onChange={(event) => onChange(event.target.value === 'en' ? 'en' : 'vi')}>
        <option value="vi">Tiếng Việt</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
