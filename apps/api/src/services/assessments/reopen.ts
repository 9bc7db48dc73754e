import { problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { loadAssessment } from './access.ts';
import { assertStatus } from './transitions.ts';
import { claimRevision, reload } from './write.ts';

/** reopenAssessment's input besides the assessment (checked on the GraphQL input type). */
export const ReopenAssessmentInput = z.object({
  reason: z.string().trim().min(1, problemFlag('ASSESSMENT_REOPEN_REASON_REQUIRED')).max(4000),
});

/**
 * An admin reopens an approved or published assessment for correction (→ RETURNED). Its published
 * result is withdrawn; the period stays published and the other units' results and ranks stay as
 * they were published (a rank may then be missing from the list) until the period is published
 * again, which recomputes the whole period with the corrected assessment.
 */
export async function reopenAssessment(context: Context, { id, reason }: { id: string; reason: string }) {
  return context.db.$transaction(async (tx) => {
    const assessment = await loadAssessment(tx, id, context.viewer);
    assertStatus(assessment, ['APPROVED', 'PUBLISHED'], { vi: 'mở lại phiếu', en: 'reopen' });
    const result = await tx.assessmentResult.findUnique({ where: { assessmentId: id } });
    await claimRevision(tx, assessment, { status: 'RETURNED', reopenReason: reason, approvedAt: null });
    await tx.resultNode.deleteMany({ where: { assessmentId: id } });
    await tx.assessmentResult.deleteMany({ where: { assessmentId: id } });
    const after = await reload(tx, id);
    await audit(tx, context, {
      action: 'assessment.reopen',
      entityType: 'Assessment',
      entityId: id,
      before: { status: assessment.status, revision: assessment.revision, result },
      after: { status: after.status, revision: after.revision, reopenReason: reason },
    });
    return after;
  });
}
