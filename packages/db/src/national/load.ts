/**
 * Loads the national dataset (plan.ts) into a database of its own: the criteria sets, two published
 * years, the demo's sign-ins, then province by province — units, its two groups, assignments,
 * assessments with their entries, and materialised results (the demo seed's materialiseCohort) —
 * each province in one transaction ending with a marker row. So a load is idempotent and resumable:
 * a second run skips every province it finds marked, and an interrupted run goes on where it stopped.
 * A province's rows are made in memory, ids included, and written a table at a time (writer.ts): COPY
 * on PostgreSQL and PGlite, a dozen statements per province whatever its size. Ids are UUIDv7, as
 * Prisma makes them: they grow with time, so 2 M entries go to the ends of their indexes.
 */
import { loadCriteriaSets } from '@chiso/criteria';
import type { CriteriaSet } from '@chiso/scoring';
import type { Db } from '../client.ts';
import type { UnitKind } from '../generated/prisma/enums.ts';
import { hashPassword } from '../password.ts';
import { cohortResultRows } from '../results/materialise.ts';
import { seedCriteria } from '../seed/criteria.ts';
import { yearPeriod } from '../seed/periods.ts';
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
} from '../seed/tables.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/users.ts';
import { uuid7 } from '../units/uuid7.ts';
import { userSearchName } from '../users/search.ts';
import { NATIONAL_YEARS, type NationalPlan, type NationalProvince, nationalEntries } from './plan.ts';
import { inBulkTransaction, type RowWriter } from './writer.ts';

const MARKER = { actorKind: 'system', entityType: 'NationalProvince' } as const;
const SETUP = 'national.setup';
const LOADED = 'national.province';

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
  const { versions, periods, users } = await setUp(db);
  const done = new Set(
    (await db.auditLog.findMany({ where: { action: LOADED }, select: { entityId: true } })).map(
      (row) => row.entityId,
    ),
  );
  const result: NationalLoadResult = { loaded: 0, skipped: 0 };
  // One province is made in memory while the one before is written: PostgreSQL takes the rows on
  // the other core. Transactions still run one after another, in the plan's order.
  let writing: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  const settled = async () => {
    await writing;
    if (failure) throw failure.error;
  };
  for (const province of plan.provinces) {
    const started = performance.now();
    if (done.has(province.code)) {
      await settled();
      result.skipped += 1;
      onProgress({ province, skipped: true, ms: performance.now() - started });
      continue;
    }
    const rows = await provinceRows(province, { validFrom: plan.validFrom, versions, periods, users });
    await settled();
    writing = inBulkTransaction(db, (writer) => writeProvince(writer, rows)).then(
      () => {
        result.loaded += 1;
        onProgress({ province, skipped: false, ms: performance.now() - started });
      },
      (error: unknown) => {
        failure = { error };
      },
    );
  }
  await settled();
  return result;
}

interface Loaded {
  versions: Map<string, Version>;
  periods: Map<number, string>;
  /** The sign-ins' ids by email (the unit officer's unit is linked with its province). */
  users: Map<string, string>;
}

/** Criteria, periods and sign-ins, once; a later run finds them by their marker and codes. */
async function setUp(db: Db): Promise<Loaded> {
  const marked = await db.auditLog.findFirst({ where: { action: SETUP } });
  if (!marked && (await db.unit.count()) > 0) {
    throw new NotNationalError(
      'the database already holds units the national load did not write (the demo?): use an empty database, or reset it',
    );
  }
  if (!marked) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await inBulkTransaction(db, async (writer) => {
      await seedCriteria(writer);
      await writer.insert(
        'Period',
        PERIOD_COLUMNS,
        NATIONAL_YEARS.map((year) => ({ id: uuid7(), ...yearPeriod(year, 'PUBLISHED') })),
      );
      // The demo's sign-ins; the unit officer's unit arrives with its province and is linked then.
      await writer.insert(
        'User',
        USER_COLUMNS,
        DEMO_USERS.map((user) => ({
          ...user,
          id: uuid7(),
          searchName: userSearchName(user),
          passwordHash,
        })),
      );
      await writer.insert('AuditLog', AUDIT_COLUMNS, [
        { ...MARKER, id: uuid7(), action: SETUP, entityId: 'national' },
      ]);
    });
  }
  // The sets as criteria/ holds them (what seedCriteria stored), by the stored versions' ids.
  const stored = await db.criteriaVersion.findMany({
    where: { set: { provinceId: null } },
    select: { id: true, set: { select: { code: true } } },
  });
  const sets = new Map(loadCriteriaSets().map(({ set }) => [set.code, set]));
  const versions = new Map(
    stored.flatMap((row) => {
      const set = sets.get(row.set.code);
      return set ? [[row.set.code, { id: row.id, set }] as const] : [];
    }),
  );
  const periods = new Map(
    (await db.period.findMany({ where: { code: { in: NATIONAL_YEARS.map(String) }, provinceId: null } })).map(
      (period) => [Number(period.code), period.id],
    ),
  );
  const users = new Map(
    (
      await db.user.findMany({
        where: { email: { in: DEMO_USERS.map((user) => user.email) } },
        select: { id: true, email: true },
      })
    ).map((user) => [user.email, user.id]),
  );
  return { versions, periods, users };
}

/** A province's rows: units, groups, and per group and year its assessments, entries and results. */
interface ProvinceRows extends CohortRows {
  province: NationalProvince;
  /** The province's own unit: the tenant of its units and groups. */
  provinceUnitId: string;
  groups: Array<{ id: string }>;
  units: object[];
  officer: object[];
}

async function provinceRows(
  province: NationalProvince,
  loaded: Loaded & { validFrom: string },
): Promise<ProvinceRows> {
  const ids = new Map(province.units.map((unit) => [unit.code, uuid7()]));
  const groupIds = new Map(province.groups.map((group) => [group.code, uuid7()]));
  const groupOf = new Map(
    province.groups.flatMap((group) => group.unitCodes.map((code) => [code, groupIds.get(group.code)])),
  );
  const now = new Date();
  const validFrom = new Date(`${loaded.validFrom}T00:00:00.000Z`);
  const officer = DEMO_USERS.find((user) => user.unitCode && ids.has(user.unitCode));
  const officerId = officer && loaded.users.get(officer.email);
  const provinceUnitId = ids.get(province.code) as string;
  const rows: ProvinceRows = {
    province,
    provinceUnitId,
    groups: province.groups.map((group) => ({
      id: groupIds.get(group.code) as string,
      code: group.code,
      name: group.name,
      nameEn: group.nameEn,
      position: Number(province.code) * 2 + (group.kind === 'COMMUNE' ? 1 : 0),
    })),
    units: province.units.map((unit) => ({
      ...unit,
      id: ids.get(unit.code),
      parentId: unit.parentCode ? (ids.get(unit.parentCode) ?? null) : null,
      // The bulk writer skips triggers: the tenant is written as the unit_province trigger would.
      provinceId: provinceUnitId,
      groupId: groupOf.get(unit.code) ?? null,
      validFrom,
      updatedAt: now,
    })),
    officer: officer?.unitCode && officerId ? [{ userId: officerId, unitId: ids.get(officer.unitCode) }] : [],
    assignments: [],
    assessments: [],
    entries: [],
    results: [],
    nodes: [],
  };
  const kinds = new Map(province.units.map((unit) => [unit.code, unit.kind]));
  for (const group of province.groups) {
    const version = loaded.versions.get(group.setCode);
    if (!version) throw new Error(`criteria set ${group.setCode} is not in the database`);
    for (const year of NATIONAL_YEARS) {
      const periodId = loaded.periods.get(year) as string;
      const unitGroupId = groupIds.get(group.code) as string;
      rows.assignments.push({ id: uuid7(), periodId, unitGroupId, versionId: version.id });
      await cohortRows(rows, now, {
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
  return rows;
}

async function writeProvince(writer: RowWriter, rows: ProvinceRows) {
  await writer.insert('UnitGroup', GROUP_COLUMNS, rows.groups);
  await writer.insert('Unit', UNIT_COLUMNS, rows.units);
  // Its groups are the province's (written before their units, which name them).
  await writer.query(`UPDATE "UnitGroup" SET "provinceId" = $1 WHERE "id" = ANY($2::text[])`, [
    rows.provinceUnitId,
    rows.groups.map((group) => group.id),
  ]);
  await writer.insert('PeriodAssignment', ASSIGNMENT_COLUMNS, rows.assignments);
  await writer.insert('Assessment', ASSESSMENT_COLUMNS, rows.assessments);
  await writer.insert('AssessmentEntry', ENTRY_COLUMNS, rows.entries);
  await writer.insert('AssessmentResult', RESULT_COLUMNS, rows.results);
  await writer.insert('ResultNode', NODE_COLUMNS, rows.nodes);
  await writer.insert('UserUnit', USER_UNIT_COLUMNS, rows.officer);
  await writer.insert('AuditLog', AUDIT_COLUMNS, [
    { ...MARKER, id: uuid7(), action: LOADED, entityId: rows.province.code },
  ]);
}

interface CohortRows {
  assignments: object[];
  assessments: object[];
  entries: object[];
  results: object[];
  nodes: object[];
}

/** Units made between two turns of the event loop, so the COPY under way keeps its socket fed. */
const UNITS_PER_TURN = 64;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** One group's assessments in one year: reviewed, published, scored and ranked together. */
async function cohortRows(
  rows: CohortRows,
  now: Date,
  cohort: {
    periodId: string;
    unitGroupId: string;
    year: number;
    version: Version;
    units: Array<{ id: string; code: string; kind: UnitKind }>;
  },
) {
  const { year, version } = cohort;
  const assessments = [];
  for (const [index, unit] of cohort.units.entries()) {
    if (index % UNITS_PER_TURN === UNITS_PER_TURN - 1) await nextTurn();
    const id = uuid7();
    const entries = nationalEntries(unit, year, version.set);
    assessments.push({ id, entries });
    rows.assessments.push({
      id,
      periodId: cohort.periodId,
      unitId: unit.id,
      versionId: version.id,
      unitGroupId: cohort.unitGroupId,
      status: 'PUBLISHED',
      selfPoints: entries.reduce((sum, entry) => sum + entry.selfPoints, 0),
      submittedAt: new Date(`${year + 1}-01-10`),
      approvedAt: new Date(`${year + 1}-02-20`),
      updatedAt: now,
    });
    // The entries made for this load become its rows (no copy: 2 M of them).
    for (const entry of entries)
      rows.entries.push(Object.assign(entry, { id: uuid7(), assessmentId: id, updatedAt: now }));
  }
  await nextTurn();
  // Scored and ranked as publishing does (the demo seed and publishPeriodResults share it).
  const scored = cohortResultRows({ set: version.set, versionId: version.id, assessments });
  rows.results.push(...scored.results);
  for (const node of scored.nodes) rows.nodes.push(Object.assign(node, { id: uuid7() }));
  await nextTurn();
}

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
