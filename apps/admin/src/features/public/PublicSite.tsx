import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { setLanguage } from '../../i18n/index.ts';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { PUBLIC_ROOT } from './paths.ts';
import './public.css';
import { PublicPeriodList } from './routes/PublicPeriodList.tsx';
import { PublicRankingPage } from './routes/PublicRankingPage.tsx';
import { PublicUnitPage } from './routes/PublicUnitPage.tsx';

/**
 * The read-only pages anyone may open without signing in: the public periods, a period's ranking
 * per unit group, a unit's result. They read the public feed only, never the session's API.
 */
export default function PublicSite() {
  const { t } = useTranslation();
  return (
    <div className="app public-site">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Link to={PUBLIC_ROOT} className="brand public-brand">
          {t('public.brand')}
        </Link>
        <div className="user">
          <LanguageSwitch onChange={setLanguage} />
          <a href="/">{t('public.signIn')}</a>
        </div>
      </header>
      <main id="main">
        <Routes>
          <Route index element={<PublicPeriodList />} />
          <Route path=":province/:period" element={<PublicRankingPage />} />
          <Route path=":province/:period/:unit" element={<PublicUnitPage />} />
          <Route path="*" element={<p role="alert">{t('common.notFound')}</p>} />
        </Routes>
      </main>
    </div>
  );
}
