/**
 * What a restore would replace: the accounts and units a database holds (what `chiso demo load`
 * also asks before writing). A database without the tables yet (just created, never migrated) holds none.
 */
import type { Db } from '@chiso/db';

export interface Contents {
  users: number;
  units: number;
}

export const isEmpty = (contents: Contents) => contents.users === 0 && contents.units === 0;

export async function contentsOf(db: Db): Promise<Contents> {
  const [tables] = await db.$queryRaw<{ users: string | null; units: string | null }[]>`
    SELECT to_regclass('public."User"')::text AS users, to_regclass('public."Unit"')::text AS units`;
  return {
    users: tables?.users ? await db.user.count() : 0,
    units: tables?.units ? await db.unit.count() : 0,
  };
}
