import { searchName } from '@chiso/scoring';
import type { Db } from '../client.ts';
import type { UnitKind } from '../generated/prisma/enums.ts';
import { inBulkTransaction, type RowWriter } from '../national/writer.ts';
import { hashPassword } from '../password.ts';
import { cohortResultRows } from '../results/materialise.ts';
import { uuid7 } from '../units/uuid7.ts';
import { userSearchName } from '../users/search.ts';
import { seedCriteria } from './criteria.ts';
import { type DemoUnit, demoAssessments } from './periods.ts';
import {
  ASSESSMENT_COLUMNS,
  ASSIGNMENT_COLUMNS,
  AUDIT_COLUMNS,
  ENTRY_COLUMNS,
  GROUP_COLUMNS,
  NODE_COLUMNS,
  PERIOD_COLUMNS,
  RESULT_COLUMNS,
  UNIT_COLUMNS,
  USER_COLUMNS,
  USER_UNIT_COLUMNS,
} from './tables.ts';
import { DEMO_GROUPS, demoCatalogue } from './units.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './users.ts';

export { DEMO_GROUPS, readSeedData } from './units.ts';
export { DEMO_PASSWORD, DEMO_USERS } from './users.ts';

/** The steps of a demo load, in order: what `onPhase` is told as each ends. */
export type SeedPhase = 'units' | 'criteria' | 'entries' | 'scoring' | 'assessments' | 'results' | 'users';

export interface SeedOptions {
  /** Told of each phase as it ends, with its milliseconds (the CLI prints them; benchmarks record them). */
  onPhase?: (phase: SeedPhase, ms: number) => void;
}

/** Thrown when the database already holds units: the demo goes only into an empty database. */
export class DemoNotEmptyError extends Error {}

/**
 * Loads the demo into an empty database: Quảng Ninh's units (official catalogue, 2022) in three
 * groups, every criteria set, two periods of assessments (2021 published, 2022 under way) and a user
 * for each role. One transaction: a failure leaves nothing. Rows are made in memory, ids included
 * (UUIDv7, in the order Prisma would have made them one by one), and written a table at a time —
 * COPY on PGlite and PostgreSQL — so the load is a few dozen statements whatever its size.
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
  await inBulkTransaction(db, async (writer) => {
    const [{ units: existing = 0 } = {}] = await writer.query<{ units?: number }>(
      'SELECT count(*)::int AS units FROM "Unit"',
    );
    if (existing > 0) throw new DemoNotEmptyError(`the database already holds ${existing} units`);
    const now = new Date();
    const groups = await writeUnits(writer, now);
    // The database's order of codes (its collation), as the assessments were always made in.
    const units = await writer.query<DemoUnit>(
      'SELECT id, code, kind, "groupId" FROM "Unit" WHERE "groupId" IS NOT NULL ORDER BY code',
    );
    phase('units');
    const versions = await seedCriteria(writer);
    phase('criteria');
    const rows = demoAssessments(units, groups, versions, now);
    phase('entries');
    const scored = rows.published.map((cohort) => cohortResultRows(cohort));
    phase('scoring');
    await writer.insert('Period', PERIOD_COLUMNS, rows.periods);
    await writer.insert('PeriodAssignment', ASSIGNMENT_COLUMNS, rows.assignments);
    await writer.insert('Assessment', ASSESSMENT_COLUMNS, rows.assessments);
    await writer.insert('AssessmentEntry', ENTRY_COLUMNS, rows.entries);
    phase('assessments');
    await writer.insert(
      'AssessmentResult',
      RESULT_COLUMNS,
      scored.flatMap((cohort) => cohort.results),
    );
    await writer.insert(
      'ResultNode',
      NODE_COLUMNS,
      scored.flatMap((cohort) => cohort.nodes.map((node) => ({ ...node, id: uuid7() }))),
    );
    phase('results');
    await writeUsers(writer, units, await passwordHash);
    await belongToTheProvince(writer);
    phase('users');
  });
}

/**
 * The committed catalogue extract and the agencies, each unit in its group (Kế hoạch 268's three):
 * the rows the catalogue import writes into an empty database.
 */
async function writeUnits(writer: RowWriter, now: Date): Promise<Map<UnitKind, string>> {
  const { records, validFrom } = demoCatalogue();
  const ids = new Map<string, string>();
  const provinceOf = new Map<string, string>();
  const rows = records.map((record) => {
    const id = uuid7();
    ids.set(record.code, id);
    const parentId = record.parentCode ? ids.get(record.parentCode) : null;
    if (parentId === undefined)
      throw new Error(`unit ${record.code}: its parent ${record.parentCode} is unknown`);
    // The bulk writer skips triggers, so the tree's root is written here as the trigger would.
    const provinceId = parentId === null ? id : provinceOf.get(parentId);
    provinceOf.set(id, provinceId as string);
    return {
      ...record,
      id,
      parentId,
      provinceId,
      searchName: searchName(record.name),
      validFrom: new Date(validFrom),
      updatedAt: now,
    };
  });
  const groups = DEMO_GROUPS.map((group, position) => ({ ...group, id: uuid7(), position }));
  const groupOf = new Map(groups.map((group) => [group.kind, group.id]));
  await writer.insert('UnitGroup', GROUP_COLUMNS, groups);
  await writer.insert(
    'Unit',
    UNIT_COLUMNS,
    rows.map((row) => ({ ...row, groupId: groupOf.get(row.kind) ?? null })),
  );
  return groupOf;
}

async function writeUsers(writer: RowWriter, units: readonly DemoUnit[], passwordHash: string) {
  const users = DEMO_USERS.map((user) => ({
    ...user,
    id: uuid7(),
    searchName: userSearchName(user),
    passwordHash,
  }));
  await writer.insert('User', USER_COLUMNS, users);
  await writer.insert(
    'UserUnit',
    USER_UNIT_COLUMNS,
    users.flatMap((user) => {
      const unit = user.unitCode ? units.find((candidate) => candidate.code === user.unitCode) : undefined;
      return unit ? [{ userId: user.id, unitId: unit.id }] : [];
    }),
  );
  await writer.insert('AuditLog', AUDIT_COLUMNS, [
    {
      id: uuid7(),
      actorKind: 'system',
      action: 'demo.seed',
      entityType: 'Demo',
      entityId: 'quang-ninh-2021-2022',
    },
  ]);
}

/**
 * The demo is one province's install: its groups, periods, its own supplementary set and its people
 * are Quảng Ninh's (the ministry's sets stay national), as the provinces migration makes them — its
 * admin stays national, as an existing install's admins do.
 */
async function belongToTheProvince(writer: RowWriter) {
  const province = `(SELECT "id" FROM "Unit" WHERE "parentId" IS NULL)`;
  await writer.query(`UPDATE "UnitGroup" SET "provinceId" = ${province}`);
  await writer.query(`UPDATE "Period" SET "provinceId" = ${province}`);
  await writer.query(`UPDATE "CriteriaSet" SET "provinceId" = ${province} WHERE "supplements" IS NOT NULL`);
  await writer.query(`UPDATE "User" SET "provinceId" = ${province} WHERE "role" <> 'ADMIN'`);
}
