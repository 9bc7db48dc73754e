import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SignOutButton } from '../features/auth/components/SignOutButton.tsx';
import { AREAS, type Area, canOpen, useSession } from '../features/auth/session.tsx';
import { setLanguage } from '../i18n/index.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

const PATHS: Record<Area, string> = {
  criteria: '/criteria',
  assessments: '/assessments',
  review: '/review',
  periods: '/periods',
  units: '/units',
  results: '/results',
  comparisons: '/comparisons',
  plans: '/plans',
  users: '/users',
  audit: '/audit',
  tokens: '/tokens',
  account: '/account/password',
};

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const areas = (Object.keys(AREAS) as Area[]).filter(
    (area) => area !== 'account' && canOpen(me?.role, area),
  );
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <span className="brand">chiso</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {areas.map((area) => (
              <li key={area}>
                <NavLink to={PATHS[area]}>{t(`nav.${area}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user">
          <span>
            {me?.name} · {me && t(`role.${me.role}`)} · {me && (me.province?.name ?? t('province.national'))}
          </span>
          <NavLink to={PATHS.account}>{t('nav.account')}</NavLink>
          <LanguageSwitch onChange={setLanguage} />
          <SignOutButton />
        </div>
      </header>
      <main id="main">{children}</main>
    </div>
  );
}
