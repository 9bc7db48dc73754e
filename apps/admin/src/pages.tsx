import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { matchPath } from 'react-router';
import type { Area } from './auth.tsx';

interface Page {
  path: string;
  area: Area;
  load: () => Promise<unknown>;
  lazy: LazyExoticComponent<ComponentType>;
  /** The page's component once its chunk has arrived. */
  loaded?: ComponentType;
}

/**
 * One chunk per area, so the first load carries only the shell. A chunk that has already arrived
 * (see preloadPage) renders at once: React.lazy would still suspend once, and React holds a
 * suspended boundary's content back for 300 ms after showing its fallback.
 */
function page(path: string, area: Area, load: () => Promise<{ default: ComponentType }>): Page {
  const entry: Page = {
    path,
    area,
    load: () =>
      load().then((module) => {
        entry.loaded = module.default;
        return module;
      }),
    lazy: lazy(() => entry.load() as Promise<{ default: ComponentType }>),
  };
  return entry;
}

/** Renders a page: at once when its chunk is here, else through React.lazy (Suspense shows loading). */
export function PageView({ page }: { page: Page }) {
  const Component = page.loaded ?? page.lazy;
  return <Component />;
}

export const PAGES: readonly Page[] = [
  page('/criteria', 'criteria', () => import('./routes/criteria/CriteriaSets.tsx')),
  page('/criteria/versions/:id', 'criteria', () => import('./routes/criteria/CriteriaVersionPage.tsx')),
  page('/assessments', 'assessments', () => import('./routes/assessments/MyAssessments.tsx')),
  page('/assessments/:id', 'assessments', () => import('./routes/assessments/AssessmentEntryPage.tsx')),
  page('/review', 'review', () => import('./routes/review/ReviewQueue.tsx')),
  page('/review/:id', 'review', () => import('./routes/review/ReviewPage.tsx')),
  page('/results', 'results', () => import('./routes/results/Ranking.tsx')),
  page('/results/:assessmentId', 'results', () => import('./routes/results/ResultPage.tsx')),
  page('/periods', 'periods', () => import('./routes/periods/Periods.tsx')),
  page('/units', 'units', () => import('./routes/units/Units.tsx')),
  page('/comparisons', 'comparisons', () => import('./routes/comparisons/Workbench.tsx')),
];

/** Starts loading the chunk of the page a deep link opens, while the session is being asked for. */
export function preloadPage(pathname: string): void {
  const found = PAGES.find((candidate) => matchPath(candidate.path, pathname));
  if (found) void found.load().catch(() => {});
}
