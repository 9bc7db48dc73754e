import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { SignIn } from './features/auth/routes/SignIn.tsx';
import { type Area, canOpen, useSession } from './features/auth/session.tsx';
import { PAGES, PASSWORD_PAGE, PageView } from './pages.tsx';
import { Layout } from './ui/Layout.tsx';

const HOME: Record<string, string> = {
  ADMIN: '/criteria',
  REVIEWER: '/review',
  UNIT_OFFICER: '/assessments',
  ANALYST: '/results',
};

export function App() {
  const { t } = useTranslation();
  const { me, fetching } = useSession();
  if (fetching) return <p className="loading">{t('common.loading')}</p>;
  if (!me) {
    return (
      <Routes>
        <Route path="*" element={<SignIn />} />
      </Routes>
    );
  }
  // A temporary password: nothing else until the person has chosen their own (the API agrees).
  if (me.mustChangePassword) return <PageView page={PASSWORD_PAGE} />;
  const guard = (area: Area, element: ReactNode) =>
    canOpen(me.role, area) ? element : <p role="alert">{t('common.forbidden')}</p>;
  return (
    <Layout>
      <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
        <Routes>
          <Route path="/" element={<Navigate to={HOME[me.role] ?? '/results'} replace />} />
          {PAGES.map((page) => (
            <Route key={page.path} path={page.path} element={guard(page.area, <PageView page={page} />)} />
          ))}
          <Route path="*" element={<p role="alert">{t('common.notFound')}</p>} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
