import type { Db, Tx } from '../client.ts';
import type { UnitKind } from '../generated/prisma/enums.ts';
import { bulkInsert } from '../national/bulk.ts';
import { hashPassword } from '../password.ts';
import { cohortResultRows } from '../results/materialise.ts';
import { emptyReport } from '../units/report.ts';
import { uuid7 } from '../units/uuid7.ts';
import { writeCatalogue } from '../units/write-catalogue.ts';
import { userSearchName } from '../users/search.ts';
import { seedCriteria } from './criteria.ts';
import { demoAssessments } from './periods.ts';
import { ASSESSMENT_COLUMNS, ENTRY_COLUMNS, NODE_COLUMNS, pick, RESULT_COLUMNS } from './tables.ts';
import { demoCatalogue, seedGroups } from './units.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './users.ts';

export { DEMO_GROUPS, readSeedData } from './units.ts';
export { DEMO_PASSWORD, DEMO_USERS } from './users.ts';

/** The steps of a demo load, in order: what `onPhase` is told as each ends. */
export type SeedPhase =
  | 'units'
  | 'criteria'
  | 'entries'
  | 'scoring'
  | 'assessments'
  | 'results'
  | 'users'
  | 'commit';

export interface SeedOptions {
  /** Told of each phase as it ends, with its milliseconds (the CLI prints them; benchmarks record them). */
  onPhase?: (phase: SeedPhase, ms: number) => void;
}

// One transaction for everything; a busy machine's first start has taken two minutes.
const LONG_TRANSACTION = { timeout: 600_000, maxWait: 60_000 };

/**
 * Loads the demo: Quảng Ninh's units (official catalogue, 2022) in three groups, every criteria set,
 * two periods of assessments (2021 published, 2022 under way) and a user for each role.
 * One transaction: a failure leaves nothing. Rows are made in memory (ids included) and written a
 * table at a time with bulk inserts, so the load costs a few dozen statements whatever its size.
 */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<void> {
  let last = performance.now();
  const phase = (name: SeedPhase) => {
    const now = performance.now();
    options.onPhase?.(name, now - last);
    last = now;
  };
  // Hashing runs on libuv's threads while the rows are made and written.
  const passwordHash = hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const catalogue = demoCatalogue();
    await writeCatalogue(tx, catalogue.records, { validFrom: catalogue.validFrom }, emptyReport());
    const groups = await seedGroups(tx);
    const units = await groupedUnits(tx);
    phase('units');
    const versions = await seedCriteria(tx);
    phase('criteria');
    const now = new Date();
    const rows = demoAssessments(units, groups, versions, now);
    phase('entries');
    const scored = rows.published.map((cohort) => cohortResultRows(cohort));
    phase('scoring');
    await tx.period.createMany({ data: rows.periods });
    await tx.periodAssignment.createMany({ data: rows.assignments });
    await bulkInsert(tx, 'Assessment', ASSESSMENT_COLUMNS, rows.assessments, pick);
    await bulkInsert(tx, 'AssessmentEntry', ENTRY_COLUMNS, rows.entries, pick);
    phase('assessments');
    await bulkInsert(
      tx,
      'AssessmentResult',
      RESULT_COLUMNS,
      scored.flatMap((cohort) => cohort.results),
      pick,
    );
    await bulkInsert(
      tx,
      'ResultNode',
      NODE_COLUMNS,
      scored.flatMap((cohort) => cohort.nodes.map((node) => ({ ...node, id: uuid7() }))),
      pick,
    );
    phase('results');
    await seedUsers(tx, units, await passwordHash);
    phase('users');
  }, LONG_TRANSACTION);
  phase('commit');
}

/** The units the demo assesses (every grouped one), ordered by code as the database orders them. */
function groupedUnits(
  tx: Tx,
): Promise<Array<{ id: string; code: string; kind: UnitKind; groupId: string | null }>> {
  return tx.unit.findMany({
    where: { groupId: { not: null } },
    orderBy: { code: 'asc' },
    select: { id: true, code: true, kind: true, groupId: true },
  });
}

async function seedUsers(tx: Tx, units: ReadonlyArray<{ id: string; code: string }>, passwordHash: string) {
  for (const user of DEMO_USERS) {
    const unit = user.unitCode ? units.find((candidate) => candidate.code === user.unitCode) : undefined;
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
}
