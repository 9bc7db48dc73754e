import type { Tx } from '@chiso/db';
import { problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { invalidTransition, notFound } from '../../errors.ts';
import { loadAssessment } from './access.ts';
import { loadCriteria } from './criteria.ts';
import { scoreEntries } from './score.ts';
import { type AssessmentAt, assertRevision, assertStatus, statusName } from './transitions.ts';
import { claimRevision, reload } from './write.ts';

/** The reviewer confirms the (adjusted) assessment; it can no longer be edited. */
export async function approveAssessment(context: Context, { id, revision }: AssessmentAt) {
  return context.db.$transaction(async (tx) => {
    const assessment = await loadAssessment(tx, id, context.viewer);
    assertStatus(assessment, ['SUBMITTED'], { vi: 'duyệt phiếu', en: 'approve' });
    assertRevision(assessment, revision);
    return approve(tx, context, assessment);
  });
}

/** bulkApproveAssessments' input (checked on the GraphQL input type). */
export const BulkApproveAssessmentsInput = z.object({
  ids: z.array(z.string().min(1)).min(1, problemFlag('SELECTION_REQUIRED')).max(500),
});

/** Approves many at once, all or nothing: one that is not submitted stops the whole batch. */
export async function bulkApproveAssessments(context: Context, input: { ids: readonly string[] }) {
  const ids = [...new Set(input.ids)];
  return context.db.$transaction(async (tx) => {
    const assessments = await tx.assessment.findMany({
      where: { id: { in: ids } },
      include: {
        version: { select: { id: true, revision: true } },
        unit: { select: { name: true } },
      },
    });
    if (assessments.length !== ids.length) {
      const found = new Set(assessments.map((assessment) => assessment.id));
      throw notFound({
        vi: `phiếu đánh giá ${ids.filter((id) => !found.has(id)).join(', ')}`,
        en: `assessment ${ids.filter((id) => !found.has(id)).join(', ')}`,
      });
    }
    const blocked = assessments.filter((assessment) => assessment.status !== 'SUBMITTED');
    if (blocked.length > 0) {
      const list = (locale: 'vi' | 'en') =>
        blocked.map((item) => `${item.unit.name} (${statusName(item.status)[locale]})`).join(', ');
      throw invalidTransition({
        vi: `Không duyệt phiếu nào: ${blocked.length} phiếu chưa ở trạng thái "đã nộp": ${list('vi')}.`,
        en: `Nothing was approved: ${blocked.length} assessments are not submitted: ${list('en')}.`,
      });
    }
    const approved = [];
    for (const assessment of assessments) approved.push(await approve(tx, context, assessment));
    return approved;
  });
}

async function approve(tx: Tx, context: Context, assessment: Awaited<ReturnType<typeof loadAssessment>>) {
  const entries = await tx.assessmentEntry.findMany({ where: { assessmentId: assessment.id } });
  const set = await loadCriteria(tx, assessment.version);
  const reviewedPoints = scoreEntries(set, entries, { reviewed: true }).points;
  await claimRevision(tx, assessment, { status: 'APPROVED', approvedAt: new Date(), reviewedPoints });
  const after = await reload(tx, assessment.id);
  await audit(tx, context, {
    action: 'assessment.approve',
    entityType: 'Assessment',
    entityId: assessment.id,
    before: { status: assessment.status, revision: assessment.revision },
    after: { status: after.status, revision: after.revision, reviewedPoints, approvedAt: after.approvedAt },
  });
  return after;
}
