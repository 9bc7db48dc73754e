import type { Db } from '../client.ts';
import { hashPassword } from '../password.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './users.ts';

export { DEMO_PASSWORD, DEMO_USERS } from './users.ts';

/** Loads the demo: Quảng Ninh's units, the criteria sets, two periods of assessments, a user per role. */
export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    for (const user of DEMO_USERS) {
      const unit = user.unitCode
        ? await tx.unit.findFirst({ where: { code: user.unitCode, endedOn: null } })
        : null;
      await tx.user.create({
        data: { email: user.email, name: user.name, role: user.role, unitId: unit?.id ?? null, passwordHash },
      });
    }
  });
}
