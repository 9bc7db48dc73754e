import { type ComponentType, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath } from 'react-router';
import type { Area } from './features/auth/session.tsx';

export interface Page {
  path: string;
  area: Area;
  /** Loads the page's chunk once; later calls share the first answer. */
  load: () => Promise<ComponentType>;
  /** The page's component once its chunk has arrived. */
  loaded?: ComponentType | undefined;
}

/** One chunk per area, so the first load carries only the shell. */
export function page(path: string, area: Area, load: () => Promise<{ default: ComponentType }>): Page {
  let loading: Promise<ComponentType> | undefined;
  const entry: Page = {
    path,
    area,
    load: () => {
      loading ??= load().then(
        (module) => {
          entry.loaded = module.default;
          return module.default;
        },
        (error: unknown) => {
          loading = undefined; // a later visit tries again
          throw error;
        },
      );
      return loading;
    },
  };
  return entry;
}

/**
 * Renders a page, at once when its chunk is here, else after it arrives. Not React.lazy: that suspends
 * even for a chunk already loaded, and React holds a suspended boundary's content back for 300 ms
 * after showing its fallback — a deep link whose chunk came a moment after the session waited 300 ms.
 */
export function PageView({ page }: { page: Page }) {
  const { t } = useTranslation();
  const [arrived, setArrived] = useState<{ page: Page; component: ComponentType }>();
  const [failed, setFailed] = useState<Page>();
  const Component = page.loaded ?? (arrived?.page === page ? arrived.component : undefined);
  useEffect(() => {
    // What this render showed, not page.loaded: the chunk may have arrived since.
    if (Component) return;
    let current = true;
    page.load().then(
      (component) => current && setArrived({ page, component }),
      () => current && setFailed(page),
    );
    return () => {
      current = false;
    };
  }, [page, Component]);
  if (Component) return <Component />;
  if (failed === page) {
    return (
      <p role="alert">
        {t('common.pageLoadFailed')}{' '}
        <button type="button" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      </p>
    );
  }
  return <p className="loading">{t('common.loading')}</p>;
}

/** One's own password: a page of its own, and the only one while a temporary password is in use. */
export const PASSWORD_PAGE = page(
  '/account/password',
  'account',
  () => import('./features/auth/routes/ChangePassword.tsx'),
);

export const PAGES: readonly Page[] = [
  page('/criteria', 'criteria', () => import('./features/criteria/routes/CriteriaSets.tsx')),
  page(
    '/criteria/versions/:id',
    'criteria',
    () => import('./features/criteria/routes/CriteriaVersionPage.tsx'),
  ),
  page('/assessments', 'assessments', () => import('./features/assessments/routes/MyAssessments.tsx')),
  page(
    '/assessments/:id',
    'assessments',
    () => import('./features/assessments/routes/AssessmentEntryPage.tsx'),
  ),
  page('/workbooks', 'assessments', () => import('./features/workbooks/routes/Workbooks.tsx')),
  page('/review', 'review', () => import('./features/review/routes/ReviewQueue.tsx')),
  page('/review/:id', 'review', () => import('./features/review/routes/ReviewPage.tsx')),
  page('/results', 'results', () => import('./features/results/routes/Ranking.tsx')),
  page('/results/:assessmentId', 'results', () => import('./features/results/routes/ResultPage.tsx')),
  page('/plans', 'plans', () => import('./features/plans/routes/Plans.tsx')),
  page('/plans/:id', 'plans', () => import('./features/plans/routes/PlanPage.tsx')),
  page('/periods', 'periods', () => import('./features/periods/routes/Periods.tsx')),
  page('/units', 'units', () => import('./features/units/routes/Units.tsx')),
  page('/units/import', 'units', () => import('./features/units/routes/UnitImport.tsx')),
  page('/units/changes', 'units', () => import('./features/units/routes/UnitChanges.tsx')),
  page('/units/groups', 'units', () => import('./features/units/routes/UnitGroups.tsx')),
  page('/comparisons', 'comparisons', () => import('./features/comparisons/routes/Workbench.tsx')),
  page('/users', 'users', () => import('./features/users/routes/Users.tsx')),
  page('/audit', 'audit', () => import('./features/audit/routes/AuditLog.tsx')),
  page('/tokens', 'tokens', () => import('./features/tokens/routes/ApiTokens.tsx')),
  PASSWORD_PAGE,
];

/** Starts loading the chunk of the page a deep link opens, while the session is being asked for. */
export function preloadPage(pathname: string): void {
  const found = PAGES.find((candidate) => matchPath(candidate.path, pathname));
  if (found) void found.load().catch(() => {});
}
