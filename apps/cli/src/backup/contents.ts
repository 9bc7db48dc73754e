/**
 * What a restore would replace, and what it brought: the accounts and units a database holds (what
 * `chiso demo load` also asks before writing). A database without the tables yet (just created,
 * never migrated) holds none.
 */

export interface Contents {
  users: number;
  units: number;
}

/** Runs one SQL statement and returns its rows: PGlite's `query`, or Prisma's `$queryRawUnsafe`. */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

export const isEmpty = (contents: Contents) => contents.users === 0 && contents.units === 0;

export async function contentsOf(query: Query): Promise<Contents> {
  const [tables] = await query(
    `SELECT to_regclass('public."User"')::text AS users, to_regclass('public."Unit"')::text AS units`,
  );
  const count = async (table: string) =>
    Number((await query(`SELECT count(*)::int AS count FROM "${table}"`))[0]?.count ?? 0);
  return {
    users: tables?.users ? await count('User') : 0,
    units: tables?.units ? await count('Unit') : 0,
  };
}
