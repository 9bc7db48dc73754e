import { useEffect, useState } from 'react';
import type { PublicPeriodKey } from './paths.ts';

/**
 * The public results feed (apps/api/src/public/, docs/public-feed.md) as the public pages read it:
 * plain JSON over fetch, not GraphQL — these pages have no session and need none.
 */

interface Localized {
  vi: string;
  en: string;
}

export interface PublicReason extends Localized {
  code: string;
  category: string | null;
}

interface PublicPeriod {
  code: string;
  name: string;
  /** Null for a national period. */
  province: { code: string; name: string } | null;
  kind: 'YEAR' | 'HALF_YEAR';
  startsOn: string;
  endsOn: string;
  publishedAt: string | null;
}

interface PublicSet {
  code: string;
  name: Localized;
  version: string;
  supplements: string | null;
  maxPoints: number;
}

interface PublicGroup {
  code: string;
  name: Localized;
}

export interface PublicPeriods {
  periods: Array<PublicPeriod & { results: string; groups: Array<PublicGroup & { sets: PublicSet[] }> }>;
}

interface PublicStanding {
  code: string;
  points: number;
  maxPoints: number;
  level: number | null;
  rank: number | null;
  notRanked: PublicReason[];
}

interface PublicUnit {
  code: string;
  name: string;
  kind: string;
  type: string;
  parent: string | null;
}

export interface PublicRankingEntry {
  unit: PublicUnit;
  rank: number | null;
  points: number;
  maxPoints: number;
  index: number;
  notRanked: PublicReason[];
  categories: PublicStanding[];
}

export interface PublicRanking {
  group: PublicGroup;
  set: PublicSet;
  categories: Array<{ code: string; name: Localized; maxPoints: number }>;
  units: PublicRankingEntry[];
}

export interface PublicResults {
  period: PublicPeriod;
  rankings: PublicRanking[];
}

export interface PublicUnitResult {
  period: PublicPeriod;
  unit: PublicUnit;
  results: Array<
    Omit<PublicRankingEntry, 'unit' | 'categories'> & {
      group: PublicGroup;
      set: PublicSet;
      cohortSize: number;
      categories: Array<
        PublicStanding & {
          name: Localized;
          groups: Array<{ code: string; name: Localized; points: number; maxPoints: number }>;
        }
      >;
    }
  >;
}

const feedPeriod = ({ province, code }: PublicPeriodKey) =>
  `/public/v1/provinces/${encodeURIComponent(province)}/periods/${encodeURIComponent(code)}`;

/** The feed's addresses (apps/api/src/public/routes.ts). */
export const feedPath = {
  periods: () => '/public/v1/periods.json',
  results: (key: PublicPeriodKey, group: string) =>
    `${feedPeriod(key)}/results.json${group ? `?group=${encodeURIComponent(group)}` : ''}`,
  unit: (key: PublicPeriodKey, unit: string) => `${feedPeriod(key)}/units/${encodeURIComponent(unit)}.json`,
};

/** A refusal: the feed's own words (404 for a period that is not public), or none when it did not answer. */
export interface FeedFailure {
  status: number;
  messages: Localized | null;
}

interface FeedState<T> {
  data: T | null;
  failure: FeedFailure | null;
  loading: boolean;
}

/** Reads one feed document; a new path drops the answer still on its way for the old one. */
export function usePublicFeed<T>(path: string | null): FeedState<T> {
  const [state, setState] = useState<FeedState<T> & { path: string | null }>({
    path: null,
    data: null,
    failure: null,
    loading: false,
  });
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setState({ path, data: null, failure: null, loading: true });
    const settle = (next: Partial<FeedState<T>>) =>
      !controller.signal.aborted && setState({ path, data: null, failure: null, loading: false, ...next });
    // Revalidated on every visit (a 304 when unchanged, thanks to the ETag): a period made public a
    // minute ago shows now, not once the browser's copy is five minutes old.
    fetch(path, { signal: controller.signal, cache: 'no-cache', headers: { accept: 'application/json' } })
      .then(async (response) => {
        const body = await response.json().catch(() => null);
        if (response.ok) settle({ data: body as T });
        else settle({ failure: { status: response.status, messages: body?.error?.messages ?? null } });
      })
      .catch(() => settle({ failure: { status: 0, messages: null } }));
    return () => controller.abort();
  }, [path]);
  // Until the effect has run for a new path, the old answer is not this path's.
  if (state.path !== path) return { data: null, failure: null, loading: path !== null };
  return state;
}
