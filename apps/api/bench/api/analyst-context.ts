import type { Db } from '@chiso/db';

/**
 * What a signed-in analyst's request carries, for executing an operation without HTTP: the analyst's
 * own province too, since comparisons are read within it (src/auth/provinces.ts).
 */
export async function analystContext(db: Db, userId: string, sessionId: string) {
  const { provinceId } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { provinceId: true },
  });
  return (on: Db = db) => ({
    db: on,
    viewer: { kind: 'user', userId, role: 'ANALYST', provinceId, unitId: null, sessionId },
    locale: 'vi',
    evidence: null,
    session: { set: () => {}, clear: () => {} },
  });
}
