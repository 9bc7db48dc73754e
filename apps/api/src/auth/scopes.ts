import type { Context, Viewer } from '../context.ts';
import { cohortInScope, ownsProvince, seesProvince } from './provinces.ts';

/**
 * Who may read and change what, in one place. Queries name these on their fields; every Node type
 * names its readers on the type itself, so `node(id:)` and `nodes(ids:)` refuse exactly what the
 * type's own queries refuse (schema/authorization.test.ts asks every type through `node`).
 */

/** People signed in to the console and dashboards' API tokens. */
export const readers = { signedIn: true, dashboard: true } as const;

/** The Sở's admins. */
export const admins = { role: 'ADMIN' } as const;

/** Admins read every account of their province (national admins every one); anyone else only their own. */
export const canSeeUser = (viewer: Viewer, user: { id: string; provinceId: string | null }): boolean =>
  viewer.kind === 'user' &&
  (viewer.userId === user.id || (viewer.role === 'ADMIN' && ownsProvince(viewer, user.provinceId)));

/** Readers of a row of this province (null: national, read by every province). */
export const readersIn = (viewer: Viewer, provinceId: string | null) =>
  seesProvince(viewer, provinceId) ? readers : false;

/** Readers of this province's own rows (national ones for national roles only): saved comparisons. */
export const readersOf = (viewer: Viewer, provinceId: string | null) =>
  ownsProvince(viewer, provinceId) ? readers : false;

/** Admins of this province (national admins of every one): the audit trail. */
export const adminsOf = (viewer: Viewer, provinceId: string | null) =>
  ownsProvince(viewer, provinceId) ? admins : false;

/** Readers of a published cohort in their province (comparisons, rankings): FORBIDDEN across provinces. */
export const cohortReaders = async (
  _parent: unknown,
  args: Parameters<typeof cohortInScope>[1],
  context: Pick<Context, 'db' | 'viewer'>,
) => ((await cohortInScope(context, args)) ? readers : false);
