import type { Viewer } from '../context.ts';

/**
 * Who may read and change what, in one place. Queries name these on their fields; every Node type
 * names its readers on the type itself, so `node(id:)` and `nodes(ids:)` refuse exactly what the
 * type's own queries refuse (schema/authorization.test.ts asks every type through `node`).
 */

/** People signed in to the console and dashboards' API tokens. */
export const readers = { signedIn: true, dashboard: true } as const;

/** The Sở's admins. */
export const admins = { role: 'ADMIN' } as const;

/** Admins read every account; anyone else only their own. */
export const canSeeUser = (viewer: Viewer, userId: string): boolean =>
  viewer.kind === 'user' && (viewer.role === 'ADMIN' || viewer.userId === userId);
