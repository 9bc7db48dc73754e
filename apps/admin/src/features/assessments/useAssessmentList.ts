import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ASSESSMENTS, type AssessmentStatus } from './operations.ts';

export const PAGE_SIZE = 50;

export interface ListFilters {
  periodId: string;
  unitGroupId: string;
  status: AssessmentStatus | '';
  search: string;
}

/**
 * An assessment list a page at a time: filters (the search waits for typing to pause), the total
 * they match, and the cursors walked so far so "previous" goes back without counting offsets.
 */
export function useAssessmentList(initial: Partial<ListFilters> = {}) {
  const [filters, setFilters] = useState<ListFilters>({
    periodId: '',
    unitGroupId: '',
    status: '',
    search: '',
    ...initial,
  });
  const [search, setSearch] = useState(filters.search);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  useEffect(() => {
    const timer = setTimeout(() => {
      setFilters((old) => (old.search === search ? old : { ...old, search }));
      setCursors([null]);
    }, 300);
    return () => clearTimeout(timer);
  }, [search]);
  const after = cursors.at(-1) ?? null;
  const [{ data, fetching, error }, reload] = useQuery({
    query: ASSESSMENTS,
    variables: {
      first: PAGE_SIZE,
      after,
      ...(filters.periodId ? { periodId: filters.periodId } : {}),
      ...(filters.unitGroupId ? { unitGroupId: filters.unitGroupId } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    },
  });
  const page = data?.assessments;
  return {
    filters,
    search,
    setSearch,
    /** Changing a filter goes back to the first page. */
    setFilter: <K extends keyof ListFilters>(key: K, value: ListFilters[K]) => {
      setFilters((old) => ({ ...old, [key]: value }));
      setCursors([null]);
    },
    rows: page?.edges ?? [],
    total: page?.totalCount ?? 0,
    pageNumber: cursors.length,
    loaded: data !== undefined,
    fetching,
    error,
    hasNext: page?.pageInfo.hasNextPage === true,
    hasPrevious: cursors.length > 1,
    next: () => {
      const end = page?.pageInfo.endCursor;
      if (end) setCursors((old) => [...old, end]);
    },
    previous: () => setCursors((old) => (old.length > 1 ? old.slice(0, -1) : old)),
    reload: () => reload({ requestPolicy: 'network-only' }),
  };
}

export type AssessmentList = ReturnType<typeof useAssessmentList>;
