import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The public pages are a chunk of their own: the console's shell does not carry them, nor they the console.
const PublicSite = lazy(() => import('./PublicSite.tsx'));

/** The public pages' route element: outside the session, so nobody is sent to sign in. */
export function PublicEntry() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
      <PublicSite />
    </Suspense>
  );
}
