import type { ResultFilters } from '../features/results/operations.ts';

/** RESULT_FILTERS's answer: periods latest first, and the unit groups. */
export type Filters = ResultFilters;
export type PeriodOption = Filters['periods']['edges'][number]['node'];

/** Periods with published results, latest first (as the API lists them); a group may be published while the period is open. */
export const publishedPeriods = (filters: Filters | undefined): PeriodOption[] =>
  (filters?.periods.edges ?? [])
    .map(({ node }) => node)
    .filter((period) => period.status === 'PUBLISHED' || period.publishedAt !== null);

/** The published periods before the chosen one: what it can be compared with. */
export function earlierPeriods(published: readonly PeriodOption[], periodId: string): PeriodOption[] {
  const at = published.findIndex((period) => period.id === periodId);
  return at < 0 ? [] : published.slice(at + 1);
}

/** The sets a group was scored on in a period, the main set first and each provincial supplement after. */
export function setsOf(period: PeriodOption | undefined, groupId: string) {
  const found = (period?.assignments ?? []).flatMap((assignment) =>
    assignment.unitGroup?.id === groupId && assignment.version ? [assignment.version.set] : [],
  );
  return [...new Map(found.map((set) => [set.code, set])).values()].sort(
    (a, b) => Number(a.supplements !== null) - Number(b.supplements !== null),
  );
}
