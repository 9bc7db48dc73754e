import type { Db } from '../client.ts';
import { hashPassword } from '../password.ts';
import { userSearchName } from '../users/search.ts';
import { seedCriteria, seedPeriods } from './periods.ts';
import { seedGroups, seedUnits } from './units.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './users.ts';

export { DEMO_GROUPS, readSeedData } from './units.ts';
export { DEMO_PASSWORD, DEMO_USERS } from './users.ts';

/**
 * Loads the demo: Quảng Ninh's units (official catalogue, 2022) in three groups, every criteria set,
 * two periods of assessments (2021 published, 2022 under way) and a user for each role.
 * Everything but the units import runs in one transaction: a failure leaves no half-loaded demo.
 */
export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await seedUnits(db);
  await db.$transaction(
    async (tx) => {
      const groups = await seedGroups(tx);
      const versions = await seedCriteria(tx);
      await seedPeriods(tx, groups, versions);
      for (const user of DEMO_USERS) {
        const unit = user.unitCode
          ? await tx.unit.findFirst({ where: { code: user.unitCode, endedOn: null } })
          : null;
        await tx.user.create({
          data: {
            email: user.email,
            name: user.name,
            searchName: userSearchName(user),
            role: user.role,
            passwordHash,
            ...(unit ? { units: { create: [{ unitId: unit.id }] } } : {}),
          },
        });
      }
      await tx.auditLog.create({
        data: {
          actorKind: 'system',
          action: 'demo.seed',
          entityType: 'Demo',
          entityId: 'quang-ninh-2021-2022',
        },
      });
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}
