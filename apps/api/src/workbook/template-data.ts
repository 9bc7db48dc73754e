/**
 * Which assessments a template holds: one (from its entry page), or a period's unit group on one
 * criteria version — for a unit officer, only their own units of it.
 */
import type { Prisma } from '@chiso/db';
import type { Context } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';
import { ASSESSMENT } from '../services/assessments/access.ts';
import { criteriaOf } from '../services/assessments/criteria.ts';
import type { TemplateData } from './template.ts';

export type TemplateScope =
  | { assessmentId: string }
  | { periodId: string; unitGroupId: string; versionId: string };

export async function templateData(
  context: Context,
  scope: TemplateScope,
): Promise<TemplateData & { fileName: string }> {
  const { viewer } = context;
  if (viewer.kind !== 'user' || (viewer.role !== 'ADMIN' && viewer.role !== 'UNIT_OFFICER'))
    throw forbidden();
  const where: Prisma.AssessmentWhereInput =
    'assessmentId' in scope
      ? { id: scope.assessmentId }
      : { periodId: scope.periodId, unitGroupId: scope.unitGroupId, versionId: scope.versionId };
  if (viewer.role === 'UNIT_OFFICER') where.unitId = { in: [...viewer.unitIds] };
  const rows = await context.db.assessment.findMany({
    where,
    orderBy: { unit: { code: 'asc' } },
    include: {
      unit: { select: { code: true, name: true } },
      entries: { select: { nodeCode: true, input: true } },
    },
  });
  const first = rows[0];
  if (!first) throw notFound(ASSESSMENT);
  // One query for what every row shares: the period, the group and the version's document.
  const [period, group, version] = await Promise.all([
    context.db.period.findUniqueOrThrow({
      where: { id: first.periodId },
      select: { code: true, name: true },
    }),
    context.db.unitGroup.findUniqueOrThrow({
      where: { id: first.unitGroupId },
      select: { code: true, name: true, nameEn: true },
    }),
    context.db.criteriaVersion.findUniqueOrThrow({
      where: { id: first.versionId },
      select: { id: true, revision: true, document: true },
    }),
  ]);
  const set = criteriaOf(version);
  return {
    periodName: period.name,
    groupName: { vi: group.name, en: group.nameEn },
    set,
    units: rows.map((row) => ({
      assessmentId: row.id,
      revision: row.revision,
      status: row.status,
      unitCode: row.unit.code,
      unitName: row.unit.name,
      inputs: new Map(row.entries.map((entry) => [entry.nodeCode, entry.input])),
    })),
    fileName:
      rows.length === 1
        ? `mau-nhap-lieu-${period.code}-${first.unit.code}.xlsx`
        : `mau-nhap-lieu-${period.code}-${group.code}-${set.code}.xlsx`,
  };
}
