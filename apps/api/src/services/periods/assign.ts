import { problem } from '@chiso/scoring';
import { audit } from '../../audit.ts';
import { assertOwnsProvince } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { invalidTransition, issueAt, notFound, validationFailed } from '../../errors.ts';
import { createMissingAssessments } from './assessments.ts';
import { findPeriod, requireStatus } from './load.ts';

export interface AssignmentInput {
  periodId: string;
  unitGroupId: string;
  versionId: string;
}

/**
 * The group is assessed on this published version in the period (a ministry set and a provincial one
 * may both apply). On an OPEN period the group's assessments for it are created at once.
 */
export async function assignCriteriaVersion(context: Context, input: AssignmentInput) {
  return context.db.$transaction(async (tx) => {
    const period = await findPeriod(tx, input.periodId, context.viewer);
    const group = await tx.unitGroup.findUnique({ where: { id: input.unitGroupId } });
    if (!group) throw notFound({ vi: 'nhóm đơn vị', en: 'the unit group' });
    assertOwnsProvince(context.viewer, group.provinceId ?? period.provinceId);
    const version = await tx.criteriaVersion.findUnique({
      where: { id: input.versionId },
      include: { set: { select: { code: true } } },
    });
    if (!version) throw notFound({ vi: 'phiên bản bộ tiêu chí', en: 'the criteria version' });
    requireStatus(period, ['DRAFT', 'OPEN'], { vi: 'giao bộ tiêu chí', en: 'assign a criteria version' });
    if (version.status !== 'PUBLISHED') {
      throw invalidTransition({
        vi: `Phiên bản ${version.set.code} ${version.version} còn là bản nháp: hãy công bố trước khi giao cho kỳ đánh giá.`,
        en: `Version ${version.version} of ${version.set.code} is still a draft: publish it before assigning it to a period.`,
      });
    }
    const key = { periodId: period.id, unitGroupId: group.id, versionId: version.id };
    if (await tx.periodAssignment.findUnique({ where: { periodId_unitGroupId_versionId: key } })) {
      throw validationFailed([
        issueAt('versionId', problem('VERSION_ALREADY_ASSIGNED', { group: group.code, period: period.code })),
      ]);
    }
    const assignment = await tx.periodAssignment.create({ data: key });
    const created = period.status === 'OPEN' ? await createMissingAssessments(tx, period) : 0;
    await audit(tx, context, {
      action: 'period.assignCriteriaVersion',
      entityType: 'Period',
      entityId: period.id,
      after: {
        assignmentId: assignment.id,
        unitGroup: group.code,
        version: version.id,
        assessmentsCreated: created,
      },
    });
    return period;
  });
}

/**
 * Undoes an assignment. On an OPEN period its assessments go too, but only while none has been
 * started (entries, evidence or a status past DRAFT): work is never thrown away silently.
 */
export async function unassignCriteriaVersion(context: Context, input: AssignmentInput) {
  return context.db.$transaction(async (tx) => {
    const period = await findPeriod(tx, input.periodId, context.viewer);
    const key = { periodId: period.id, unitGroupId: input.unitGroupId, versionId: input.versionId };
    const assignment = await tx.periodAssignment.findUnique({
      where: { periodId_unitGroupId_versionId: key },
    });
    if (!assignment) throw notFound({ vi: 'việc giao bộ tiêu chí này', en: 'this assignment' });
    requireStatus(period, ['DRAFT', 'OPEN'], {
      vi: 'bỏ giao bộ tiêu chí',
      en: 'unassign a criteria version',
    });
    const started = await tx.assessment.count({
      where: {
        ...key,
        OR: [{ status: { not: 'DRAFT' } }, { entries: { some: {} } }, { evidence: { some: {} } }],
      },
    });
    if (started > 0) {
      throw invalidTransition({
        vi: `Không thể bỏ giao: ${started} đơn vị đã bắt đầu tự đánh giá theo bộ tiêu chí này trong kỳ ${period.code}.`,
        en: `Cannot unassign: ${started} units have started their self-assessment on this version in ${period.code}.`,
      });
    }
    const { count } = await tx.assessment.deleteMany({ where: key });
    await tx.periodAssignment.delete({ where: { id: assignment.id } });
    await audit(tx, context, {
      action: 'period.unassignCriteriaVersion',
      entityType: 'Period',
      entityId: period.id,
      before: { assignmentId: assignment.id, unitGroupId: key.unitGroupId, versionId: key.versionId },
      after: { assessmentsDeleted: count },
    });
    return period;
  });
}
