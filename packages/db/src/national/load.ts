/**
 * Loads the national dataset (plan.ts) into a database of its own: the criteria sets, two published
 * years, the demo's sign-ins, then province by province — units, its two groups, assignments,
 * assessments with their entries, and materialised results (the demo seed's materialiseCohort) —
 * each province in one transaction ending with a marker row. So a load is idempotent and resumable:
 * a second run skips every province it finds marked, and an interrupted run goes on where it stopped.
 * Rows go in with bulk inserts (bulk.ts), a few statements per cohort whatever its size.
 */
import { randomUUID } from 'node:crypto';
import { loadCriteriaSet } from '@chiso/criteria';
import type { CriteriaSet } from '@chiso/scoring';
import type { Db, Tx } from '../client.ts';
import type { UnitKind } from '../generated/prisma/enums.ts';
import { hashPassword } from '../password.ts';
import { cohortResultRows } from '../results/materialise.ts';
import { seedCriteria } from '../seed/criteria.ts';
import { yearPeriod } from '../seed/periods.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/users.ts';
import { userSearchName } from '../users/search.ts';
import { type BulkColumn, bulkInsert } from './bulk.ts';
import { NATIONAL_YEARS, type NationalPlan, type NationalProvince, nationalEntries } from './plan.ts';

const MARKER = { actorKind: 'system', entityType: 'NationalProvince' } as const;
const SETUP = 'national.setup';
const LOADED = 'national.province';
// The biggest province writes ~400,000 rows in its transaction.
const LONG_TRANSACTION = { timeout: 1_800_000, maxWait: 60_000 };

export interface NationalLoadProgress {
  province: NationalProvince;
  /** Already there (marked by an earlier run): nothing written. */
  skipped: boolean;
  ms: number;
}

export interface NationalLoadResult {
  loaded: number;
  skipped: number;
}

interface Version {
  id: string;
  set: CriteriaSet;
}

/** Thrown when the database holds units the national load did not write (the demo, say). */
export class NotNationalError extends Error {}

export async function loadNational(
  db: Db,
  plan: NationalPlan,
  onProgress: (progress: NationalLoadProgress) => void = () => {},
): Promise<NationalLoadResult> {
  const { versions, periods } = await setUp(db);
  const done = new Set(
    (await db.auditLog.findMany({ where: { action: LOADED }, select: { entityId: true } })).map(
      (row) => row.entityId,
    ),
  );
  const result: NationalLoadResult = { loaded: 0, skipped: 0 };
  for (const province of plan.provinces) {
    const started = performance.now();
    const skipped = done.has(province.code);
    if (!skipped) {
      await db.$transaction(
        (tx) => loadProvince(tx, province, plan.validFrom, versions, periods),
        LONG_TRANSACTION,
      );
    }
    result[skipped ? 'skipped' : 'loaded'] += 1;
    onProgress({ province, skipped, ms: performance.now() - started });
  }
  return result;
}

/** Criteria, periods and sign-ins, once; a later run finds them by their marker and codes. */
async function setUp(db: Db): Promise<{ versions: Map<string, Version>; periods: Map<number, string> }> {
  const marked = await db.auditLog.findFirst({ where: { action: SETUP } });
  if (!marked && (await db.unit.count()) > 0) {
    throw new NotNationalError(
      'the database already holds units the national load did not write (the demo?): use an empty database, or reset it',
    );
  }
  if (!marked) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.$transaction(async (tx) => {
      await seedCriteria(tx);
      for (const year of NATIONAL_YEARS) {
        await tx.period.create({ data: yearPeriod(year, 'PUBLISHED') });
      }
      // The demo's sign-ins; the unit officer's unit arrives with its province and is linked then.
      await tx.user.createMany({
        data: DEMO_USERS.map((user) => ({
          email: user.email,
          name: user.name,
          searchName: userSearchName(user),
          role: user.role,
          passwordHash,
        })),
      });
      await tx.auditLog.create({ data: { ...MARKER, action: SETUP, entityId: 'national' } });
    }, LONG_TRANSACTION);
  }
  // The sets as criteria/ holds them (what seedCriteria stored), by the stored versions' ids.
  const stored = await db.criteriaVersion.findMany({ select: { id: true, set: { select: { code: true } } } });
  const versions = new Map(
    stored.map((row) => [row.set.code, { id: row.id, set: loadCriteriaSet(row.set.code) }]),
  );
  const periods = new Map(
    (await db.period.findMany({ where: { code: { in: NATIONAL_YEARS.map(String) } } })).map((period) => [
      Number(period.code),
      period.id,
    ]),
  );
  return { versions, periods };
}

async function loadProvince(
  tx: Tx,
  province: NationalProvince,
  validFrom: string,
  versions: Map<string, Version>,
  periods: Map<number, string>,
) {
  const ids = new Map(province.units.map((unit) => [unit.code, randomUUID()]));
  const groupIds = new Map(province.groups.map((group) => [group.code, randomUUID()]));
  const groupOf = new Map(
    province.groups.flatMap((group) => group.unitCodes.map((code) => [code, groupIds.get(group.code)])),
  );
  await tx.unitGroup.createMany({
    data: province.groups.map((group) => ({
      id: groupIds.get(group.code) as string,
      code: group.code,
      name: group.name,
      nameEn: group.nameEn,
      position: Number(province.code) * 2 + (group.kind === 'COMMUNE' ? 1 : 0),
    })),
  });
  await tx.unit.createMany({
    data: province.units.map((unit) => ({
      id: ids.get(unit.code) as string,
      code: unit.code,
      name: unit.name,
      searchName: unit.searchName,
      kind: unit.kind,
      type: unit.type,
      parentId: unit.parentCode ? (ids.get(unit.parentCode) ?? null) : null,
      groupId: groupOf.get(unit.code) ?? null,
      validFrom: new Date(`${validFrom}T00:00:00.000Z`),
    })),
  });
  const kinds = new Map(province.units.map((unit) => [unit.code, unit.kind]));
  for (const group of province.groups) {
    const version = versions.get(group.setCode);
    if (!version) throw new Error(`criteria set ${group.setCode} is not in the database`);
    for (const year of NATIONAL_YEARS) {
      const periodId = periods.get(year) as string;
      const unitGroupId = groupIds.get(group.code) as string;
      await tx.periodAssignment.create({ data: { periodId, unitGroupId, versionId: version.id } });
      await loadCohort(tx, {
        periodId,
        unitGroupId,
        year,
        version,
        units: group.unitCodes.map((code) => ({
          id: ids.get(code) as string,
          code,
          kind: kinds.get(code) as UnitKind,
        })),
      });
    }
  }
  const officer = DEMO_USERS.find((user) => user.unitCode && ids.has(user.unitCode));
  if (officer?.unitCode) {
    await tx.user.update({
      where: { email: officer.email },
      data: { units: { create: [{ unitId: ids.get(officer.unitCode) as string }] } },
    });
  }
  await tx.auditLog.create({ data: { ...MARKER, action: LOADED, entityId: province.code } });
}

/** One group's assessments in one year: reviewed, published, scored and ranked together. */
async function loadCohort(
  tx: Tx,
  cohort: {
    periodId: string;
    unitGroupId: string;
    year: number;
    version: Version;
    units: Array<{ id: string; code: string; kind: UnitKind }>;
  },
) {
  const { year, version } = cohort;
  const assessments = cohort.units.map((unit) => ({
    id: randomUUID(),
    unitId: unit.id,
    entries: nationalEntries(unit, year, version.set),
  }));
  await tx.assessment.createMany({
    data: assessments.map((assessment) => ({
      id: assessment.id,
      periodId: cohort.periodId,
      unitId: assessment.unitId,
      versionId: version.id,
      unitGroupId: cohort.unitGroupId,
      status: 'PUBLISHED' as const,
      selfPoints: assessment.entries.reduce((sum, entry) => sum + entry.selfPoints, 0),
      submittedAt: new Date(`${year + 1}-01-10`),
      approvedAt: new Date(`${year + 1}-02-20`),
    })),
  });
  const now = new Date();
  await bulkInsert(
    tx,
    'AssessmentEntry',
    ENTRY_COLUMNS,
    assessments.flatMap((assessment) =>
      assessment.entries.map((entry) => ({
        ...entry,
        id: randomUUID(),
        assessmentId: assessment.id,
        updatedAt: now,
      })),
    ),
    pick,
  );
  // Scored and ranked as publishing does (the demo seed and publishPeriodResults share it).
  const rows = cohortResultRows({
    set: version.set,
    versionId: version.id,
    assessments: assessments.map((assessment) => ({ id: assessment.id, entries: assessment.entries })),
  });
  await bulkInsert(tx, 'AssessmentResult', RESULT_COLUMNS, rows.results, pick);
  await bulkInsert(
    tx,
    'ResultNode',
    NODE_COLUMNS,
    rows.nodes.map((node) => ({ ...node, id: randomUUID() })),
    pick,
  );
}

const pick = (row: object, column: string) => (row as Record<string, unknown>)[column];

const ENTRY_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['assessmentId', 'text'],
  ['nodeCode', 'text'],
  ['input', 'jsonb'],
  ['selfPoints', 'int'],
  ['reviewedPoints', 'int'],
  ['explanation', 'text'],
  ['reviewerComment', 'text'],
  ['updatedAt', 'timestamp'],
];
const RESULT_COLUMNS: BulkColumn[] = [
  ['assessmentId', 'text'],
  ['versionId', 'text'],
  ['points', 'int'],
  ['maxPoints', 'int'],
  ['index', 'numeric'],
  ['band', 'text'],
  ['rank', 'int'],
];
const NODE_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['assessmentId', 'text'],
  ['nodeCode', 'text'],
  ['kind', 'enum:NodeKind'],
  ['points', 'int'],
  ['maxPoints', 'int'],
  ['level', 'int'],
  ['notRankedReason', 'jsonb'],
  ['rank', 'int'],
];

/**
 * Empties every table but the migrations' record: what `--reset` does before loading again.
 * For a database of its own only — it removes everything, the demo and people's work included.
 */
export async function emptyDatabase(db: Db): Promise<void> {
  const tables = await db.$queryRawUnsafe<Array<{ tablename: string }>>(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
  );
  if (tables.length === 0) return;
  await db.$executeRawUnsafe(
    `TRUNCATE TABLE ${tables.map((table) => `"${table.tablename}"`).join(', ')} CASCADE`,
  );
}
