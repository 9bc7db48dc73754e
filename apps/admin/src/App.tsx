import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { type Area, canOpen, useSession } from './auth.tsx';
import { Layout } from './components/Layout.tsx';
import { SignIn } from './routes/SignIn.tsx';

// One chunk per area, so the first load carries only the shell.
const CriteriaSets = lazy(() => import('./routes/criteria/CriteriaSets.tsx'));
const CriteriaVersionPage = lazy(() => import('./routes/criteria/CriteriaVersionPage.tsx'));
const MyAssessments = lazy(() => import('./routes/assessments/MyAssessments.tsx'));
const AssessmentEntryPage = lazy(() => import('./routes/assessments/AssessmentEntryPage.tsx'));
const ReviewQueue = lazy(() => import('./routes/review/ReviewQueue.tsx'));
const ReviewPage = lazy(() => import('./routes/review/ReviewPage.tsx'));
const Ranking = lazy(() => import('./routes/results/Ranking.tsx'));
const ResultPage = lazy(() => import('./routes/results/ResultPage.tsx'));
const Periods = lazy(() => import('./routes/periods/Periods.tsx'));
const Units = lazy(() => import('./routes/units/Units.tsx'));
const Workbench = lazy(() => import('./routes/comparisons/Workbench.tsx'));

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
  const guard = (area: Area, element: ReactNode) =>
    canOpen(me.role, area) ? element : <p role="alert">{t('common.forbidden')}</p>;
  return (
    <Layout>
      <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
        <Routes>
          <Route path="/" element={<Navigate to={HOME[me.role] ?? '/results'} replace />} />
          <Route path="/criteria" element={guard('criteria', <CriteriaSets />)} />
          <Route path="/criteria/versions/:id" element={guard('criteria', <CriteriaVersionPage />)} />
          <Route path="/assessments" element={guard('assessments', <MyAssessments />)} />
          <Route path="/assessments/:id" element={guard('assessments', <AssessmentEntryPage />)} />
          <Route path="/review" element={guard('review', <ReviewQueue />)} />
          <Route path="/review/:id" element={guard('review', <ReviewPage />)} />
          <Route path="/results" element={guard('results', <Ranking />)} />
          <Route path="/results/:assessmentId" element={guard('results', <ResultPage />)} />
          <Route path="/periods" element={guard('periods', <Periods />)} />
          <Route path="/units" element={guard('units', <Units />)} />
          <Route path="/comparisons" element={guard('comparisons', <Workbench />)} />
          <Route path="*" element={<p role="alert">{t('common.notFound')}</p>} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
