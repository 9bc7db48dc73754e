import './units.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../auth/session.tsx';

const LINKS = [
  ['/units', 'unitAdmin.nav.units'],
  ['/units/import', 'unitAdmin.nav.import'],
  ['/units/changes', 'unitAdmin.nav.changes'],
  ['/units/groups', 'unitAdmin.nav.groups'],
] as const;

/** The admin's unit screens, side by side; others see none of them. */
export function UnitAdminNav() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (me?.role !== 'ADMIN') return null;
  return (
    <nav aria-label={t('unitAdmin.nav.label')} className="sub-nav">
      <ul className="row">
        {LINKS.map(([to, label]) => (
          <li key={to}>
            <NavLink to={to} end>
              {t(label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The page for admins; the API refuses the others anyway, this says so before they try. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (me?.role !== 'ADMIN') return <p role="alert">{t('common.forbidden')}</p>;
  return <>{children}</>;
}
