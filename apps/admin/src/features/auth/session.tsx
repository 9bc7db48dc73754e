import { createContext, type ReactNode, useContext } from 'react';
import { useQuery } from 'urql';
import { ME, type Me, type Role } from './operations.ts';

interface Session {
  me: Me | null;
  fetching: boolean;
  refresh: () => void;
}

const SessionContext = createContext<Session>({ me: null, fetching: true, refresh: () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [{ data, fetching }, reexecute] = useQuery({
    query: ME,
    requestPolicy: 'network-only',
  });
  const session: Session = {
    me: data?.me ?? null,
    fetching: fetching && !data,
    refresh: () => reexecute({ requestPolicy: 'network-only' }),
  };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}

/** What each role may open: the navigation and the routes both read it. */
export const AREAS = {
  criteria: ['ADMIN', 'REVIEWER'],
  assessments: ['UNIT_OFFICER', 'ADMIN'],
  review: ['REVIEWER', 'ADMIN'],
  periods: ['ADMIN'],
  units: ['ADMIN', 'REVIEWER', 'ANALYST'],
  results: ['ADMIN', 'REVIEWER', 'UNIT_OFFICER', 'ANALYST'],
  comparisons: ['ANALYST', 'ADMIN'],
  plans: ['UNIT_OFFICER', 'ADMIN', 'REVIEWER', 'ANALYST'],
  users: ['ADMIN'],
  audit: ['ADMIN'],
  tokens: ['ADMIN'],
  // One's own password: everyone; reached from the user menu, not the navigation.
  account: ['ADMIN', 'REVIEWER', 'UNIT_OFFICER', 'ANALYST'],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREAS;

export function canOpen(role: Role | undefined, area: Area): boolean {
  return role !== undefined && (AREAS[area] as readonly Role[]).includes(role);
}
