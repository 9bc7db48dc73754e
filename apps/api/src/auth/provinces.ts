import type { Db, Prisma, Tx } from '@chiso/db';
import { problem } from '@chiso/scoring';
import type { Context, Viewer } from '../context.ts';
import { AppError, issueAt, validationFailed } from '../errors.ts';

/**
 * Provinces as tenants, in one place. A person (and a dashboard token, through the admin who made
 * it) may belong to a province: they then see only its units, groups, periods, sets and everything
 * resting on them; national roles (no province) see every province. Rows without a province are
 * national — the ministry's criteria sets, a national period, a national group — and every province
 * reads them, but only national admins change them. Each kind of row has ONE function here giving
 * the Prisma `where` of what a viewer may see; services add it to every read, and the GraphQL types
 * check the same rule on every object however it is reached (`node`, `nodes`, relations).
 */

/** The province a viewer is limited to; null for national roles and anonymous callers (who read public data only). */
export function provinceOf(viewer: Viewer): string | null {
  return viewer.kind === 'anonymous' ? null : viewer.provinceId;
}

/**
 * Whose units a public period shows to anyone (the public pages and feed): a province's period its
 * province's only, even where it is assessed on a national group; a national period every province's.
 */
export function unitsShownBy(period: { provinceId: string | null }): string | null {
  return period.provinceId;
}

/** A row of this province (null: a national row, shared) is the viewer's to read. */
export function seesProvince(viewer: Viewer, provinceId: string | null | undefined): boolean {
  const own = provinceOf(viewer);
  return own === null || provinceId == null || provinceId === own;
}

/** A row of this province is the viewer's own (national rows only for national roles): audit, users, writes. */
export function ownsProvince(viewer: Viewer, provinceId: string | null | undefined): boolean {
  const own = provinceOf(viewer);
  return own === null || provinceId === own;
}

/** Units: the viewer's province's (every unit has one). */
export function unitsInScope(viewer: Viewer): Prisma.UnitWhereInput {
  const own = provinceOf(viewer);
  return own === null ? {} : { provinceId: own };
}

/** Rows shared by national and provincial ones (groups, periods, sets): the viewer's and the national ones. */
function sharedInScope(viewer: Viewer): { OR?: Array<{ provinceId: string | null }> } {
  const own = provinceOf(viewer);
  return own === null ? {} : { OR: [{ provinceId: own }, { provinceId: null }] };
}

export const groupsInScope = (viewer: Viewer): Prisma.UnitGroupWhereInput => sharedInScope(viewer);
export const periodsInScope = (viewer: Viewer): Prisma.PeriodWhereInput => sharedInScope(viewer);
export const setsInScope = (viewer: Viewer): Prisma.CriteriaSetWhereInput => sharedInScope(viewer);

/** Assessments (and what hangs on them: results, evidence): those of the viewer's units. */
export function assessmentsInScope(viewer: Viewer): Prisma.AssessmentWhereInput {
  const own = provinceOf(viewer);
  return own === null ? {} : { unit: { provinceId: own } };
}

/** Improvement plans: those of the viewer's units. */
export function plansInScope(viewer: Viewer): Prisma.ImprovementPlanWhereInput {
  const own = provinceOf(viewer);
  return own === null ? {} : { unit: { provinceId: own } };
}

/** Accounts: a province's admin reads and manages its people only, never national accounts. */
export function usersInScope(viewer: Viewer): Prisma.UserWhereInput {
  const own = provinceOf(viewer);
  return own === null ? {} : { provinceId: own };
}

/** Saved comparisons: those saved in the viewer's province (national roles read every one). */
export function savedComparisonsInScope(viewer: Viewer): Prisma.SavedComparisonWhereInput {
  const own = provinceOf(viewer);
  return own === null ? {} : { provinceId: own };
}

/** The audit trail: what the province's people did (national roles read everything). */
export function auditInScope(viewer: Viewer): Prisma.AuditLogWhereInput {
  const own = provinceOf(viewer);
  return own === null ? {} : { provinceId: own };
}

/** FORBIDDEN, saying why: the row is another province's, or national (the ministry's). */
function otherProvince(): AppError {
  return new AppError('FORBIDDEN', {
    vi: 'Bạn không có quyền thay đổi dữ liệu của tỉnh khác hoặc dữ liệu dùng chung toàn quốc.',
    en: "You may not change another province's data or data shared nationally.",
  });
}

/** Refuses a change to a row the viewer does not own (another province's, or a national one for a province's people). */
export function assertOwnsProvince(viewer: Viewer, provinceId: string | null | undefined): void {
  if (!ownsProvince(viewer, provinceId)) throw otherProvince();
}

/**
 * Unit imports name a province by its GSO code: a province's admin imports only its own; a
 * province not held yet is the national admins' to load.
 */
export async function assertOwnsProvinceCode(context: Pick<Context, 'db' | 'viewer'>, code: string) {
  if (provinceOf(context.viewer) === null) return;
  const province = await context.db.unit.findFirst({
    where: { code, parentId: null },
    orderBy: { validFrom: 'desc' },
    select: { provinceId: true },
  });
  assertOwnsProvince(context.viewer, province?.provinceId);
}

/** The province a lookup by code names for national rows (the ministry's periods, groups and sets). */
export const NATIONAL = 'toan-quoc';

/**
 * Where a row of this code is: in the province named by its GSO code ("22"), among the national rows
 * (NATIONAL), or, with no province named, wherever the caller's scope (added beside) finds it.
 * Codes are unique within a province and the national rows beside it (services refuse a code their
 * creator already sees), so a province's people find one row at most; national roles see every
 * province, and name one when two use a code (onlyOne).
 */
export const codeIn = (code: string, province?: string | null) => ({ code, ...inProvince(province) });

/** Rows of the province named by its GSO code, or the national ones (NATIONAL); every row when none is named. */
export function inProvince(province?: string | null) {
  if (province == null) return {};
  return province === NATIONAL ? { provinceId: null } : { province: { code: province, parentId: null } };
}

/** The row a lookup by code found (ask for two); VALIDATION_FAILED naming the code when several provinces use it. */
export function onlyOne<T>(rows: readonly T[], code: string): T | null {
  if (rows.length > 1) {
    throw validationFailed([issueAt('province', problem('CODE_IN_SEVERAL_PROVINCES', { code }))]);
  }
  return rows[0] ?? null;
}

/** Refuses a row of another province where reading it is enough (national rows pass): the period of a unit's extension. */
export function assertSeesProvince(viewer: Viewer, provinceId: string | null | undefined): void {
  if (!seesProvince(viewer, provinceId)) throw otherProvince();
}

/** The ids a published-cohort query names (comparisons, rankings): periods and a unit group. */
interface CohortIds {
  periodId?: { id: string } | null;
  fromPeriodId?: { id: string } | null;
  toPeriodId?: { id: string } | null;
  unitGroupId?: { id: string } | null;
}

/**
 * A cohort is the viewer's to read when its group and periods are (national ones included): a
 * province's people read its own groups' cohorts, in its periods and in national ones. One statement
 * (every comparison asks it before its own reads, which the issue holds to five), with the rule of
 * `groupsInScope` and `periodsInScope` written in SQL. National roles ask nothing of the database.
 */
export async function cohortInScope(
  context: { db: Db | Tx; viewer: Viewer },
  ids: CohortIds,
): Promise<boolean> {
  const own = provinceOf(context.viewer);
  if (own === null) return true;
  const periodIds = [
    ...new Set([ids.periodId, ids.fromPeriodId, ids.toPeriodId].flatMap((id) => (id ? [id.id] : []))),
  ];
  const [found] = await context.db.$queryRaw<Array<{ groups: number; periods: number }>>`
    SELECT (SELECT count(*)::int FROM "UnitGroup"
             WHERE id = ${ids.unitGroupId?.id ?? null} AND ("provinceId" = ${own} OR "provinceId" IS NULL)) AS groups,
           (SELECT count(*)::int FROM "Period"
             WHERE id = ANY(${periodIds}::text[]) AND ("provinceId" = ${own} OR "provinceId" IS NULL)) AS periods`;
  return (!ids.unitGroupId || found?.groups === 1) && found?.periods === periodIds.length;
}

/** Saving a comparison: FORBIDDEN when its group or periods are another province's. */
export async function assertCohortInScope(context: { db: Db | Tx; viewer: Viewer }, ids: CohortIds) {
  if (!(await cohortInScope(context, ids))) throw otherProvince();
}

/** The downloads' gate (exports, reports): FORBIDDEN for another province's cohort or unit. */
export async function assertDownloadInScope(
  context: Pick<Context, 'db' | 'viewer'>,
  ids: { periodId: string; unitGroupId: string; unitId?: string | undefined },
): Promise<void> {
  if (provinceOf(context.viewer) === null) return;
  const cohort = await cohortInScope(context, {
    periodId: { id: ids.periodId },
    unitGroupId: { id: ids.unitGroupId },
  });
  const unit =
    !ids.unitId ||
    (await context.db.unit.count({ where: { id: ids.unitId, AND: [unitsInScope(context.viewer)] } })) === 1;
  if (!cohort || !unit) {
    throw new AppError('FORBIDDEN', {
      vi: 'Bạn không có quyền tải dữ liệu của tỉnh khác.',
      en: "You may not download another province's data.",
    });
  }
}
