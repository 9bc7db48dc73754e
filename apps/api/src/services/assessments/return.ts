import { problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { loadAssessment } from './access.ts';
import { type AssessmentAt, assertRevision, assertStatus, RevisionInput } from './transitions.ts';
import { claimRevision, reload } from './write.ts';

/** returnAssessment's input besides the assessment (checked on the GraphQL input type). */
export const ReturnAssessmentInput = RevisionInput.extend({
  reason: z.string().trim().min(1, problemFlag('ASSESSMENT_RETURN_REASON_REQUIRED')).max(4000),
});

/** The reviewer sends the assessment back to the unit, saying what to fix. */
export async function returnAssessment(
  context: Context,
  { id, revision, reason }: AssessmentAt & { reason: string },
) {
  return context.db.$transaction(async (tx) => {
    const assessment = await loadAssessment(tx, id, context.viewer);
    assertStatus(assessment, ['SUBMITTED'], { vi: 'trả lại phiếu', en: 'return' });
    assertRevision(assessment, revision);
    await claimRevision(tx, assessment, { status: 'RETURNED', returnReason: reason });
    const after = await reload(tx, id);
    await audit(tx, context, {
      action: 'assessment.return',
      entityType: 'Assessment',
      entityId: id,
      before: {
        status: assessment.status,
        revision: assessment.revision,
        returnReason: assessment.returnReason,
      },
      after: { status: after.status, revision: after.revision, returnReason: after.returnReason },
    });
    return after;
  });
}
