import { hasAtMostTwoDecimals, problem, problemFlag, scoredNodesByCode, toHundredths } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { type FieldIssue, issueAt, validationFailed } from '../../errors.ts';
import { loadAssessment } from './access.ts';
import { loadCriteria } from './criteria.ts';
import { scoreEntries } from './score.ts';
import { type AssessmentAt, assertRevision, assertStatus, RevisionInput } from './transitions.ts';
import { claimRevision, reload } from './write.ts';

/** reviewAssessmentEntries' input besides the assessment (checked on the GraphQL input type). */
export const ReviewAssessmentEntriesInput = RevisionInput.extend({
  adjustments: z
    .array(
      z.object({
        nodeCode: z.string().trim().min(1),
        points: z
          .number()
          .finite()
          .nonnegative(problemFlag('REVIEW_POINTS_NEGATIVE'))
          .refine(hasAtMostTwoDecimals, problemFlag('POINTS_TWO_DECIMALS')),
        comment: z.string().trim().min(1, problemFlag('REVIEW_COMMENT_REQUIRED')).max(4000),
      }),
    )
    .min(1, problemFlag('ADJUSTMENTS_REQUIRED'))
    .max(500),
});

/** A reviewer sets the points of some nodes, each with a comment the unit will read. */
export async function reviewAssessmentEntries(
  context: Context,
  { id, revision, adjustments }: AssessmentAt & z.output<typeof ReviewAssessmentEntriesInput>,
) {
  return context.db.$transaction(async (tx) => {
    const assessment = await loadAssessment(tx, id, context.viewer);
    assertStatus(assessment, ['SUBMITTED'], { vi: 'điều chỉnh điểm', en: 'adjust points' });
    assertRevision(assessment, revision);

    const set = await loadCriteria(tx, assessment.version);
    const nodes = scoredNodesByCode(set);
    const issues: FieldIssue[] = [];
    adjustments.forEach((adjustment, index) => {
      const node = nodes.get(adjustment.nodeCode);
      if (!node) {
        issues.push(
          issueAt(`adjustments.${index}.nodeCode`, problem('NODE_NOT_SCORED', { code: adjustment.nodeCode })),
        );
      } else if (toHundredths(adjustment.points) > node.max) {
        const params = { code: node.code, max: node.max / 100, points: adjustment.points };
        issues.push(issueAt(node.path, problem('REVIEW_POINTS_OUT_OF_RANGE', params)));
      }
    });
    if (issues.length > 0) throw validationFailed(issues);

    await claimRevision(tx, assessment);
    const codes = adjustments.map((adjustment) => adjustment.nodeCode);
    const before = await tx.assessmentEntry.findMany({
      where: { assessmentId: id, nodeCode: { in: codes } },
    });
    for (const adjustment of adjustments) {
      const data = { reviewedPoints: toHundredths(adjustment.points), reviewerComment: adjustment.comment };
      await tx.assessmentEntry.upsert({
        where: { assessmentId_nodeCode: { assessmentId: id, nodeCode: adjustment.nodeCode } },
        create: { assessmentId: id, nodeCode: adjustment.nodeCode, ...data },
        update: data,
      });
    }
    const entries = await tx.assessmentEntry.findMany({ where: { assessmentId: id } });
    const reviewedPoints = scoreEntries(set, entries, { reviewed: true }).points;
    await tx.assessment.update({ where: { id }, data: { reviewedPoints } });
    const after = await reload(tx, id);
    await audit(tx, context, {
      action: 'assessment.review',
      entityType: 'Assessment',
      entityId: id,
      before: { revision: assessment.revision, reviewedPoints: assessment.reviewedPoints, entries: before },
      after: {
        revision: after.revision,
        reviewedPoints: after.reviewedPoints,
        entries: after.entries.filter((entry) => codes.includes(entry.nodeCode)),
      },
    });
    return after;
  });
}
