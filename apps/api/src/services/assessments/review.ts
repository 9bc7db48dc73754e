import { hasAtMostTwoDecimals, scoredNodesByCode, toHundredths } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { type FieldIssue, validationFailed } from '../../errors.ts';
import { loadAssessment } from './access.ts';
import { criteriaOf } from './criteria.ts';
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
          .nonnegative('points cannot be negative')
          .refine(hasAtMostTwoDecimals, 'points have at most two decimals'),
        comment: z.string().trim().min(1, 'a comment is required for every adjustment').max(4000),
      }),
    )
    .min(1, 'give at least one adjustment')
    .max(500),
});

/** A reviewer sets the points of some nodes, each with a comment the unit will read. */
export async function reviewAssessmentEntries(
  context: Context,
  { id, revision, adjustments }: AssessmentAt & z.output<typeof ReviewAssessmentEntriesInput>,
) {
  return context.db.$transaction(async (tx) => {
    const assessment = await loadAssessment(tx, id);
    assertStatus(assessment, ['SUBMITTED'], { vi: 'điều chỉnh điểm', en: 'adjust points' });
    assertRevision(assessment, revision);

    const set = criteriaOf(assessment.version);
    const nodes = scoredNodesByCode(set);
    const issues: FieldIssue[] = [];
    adjustments.forEach((adjustment, index) => {
      const node = nodes.get(adjustment.nodeCode);
      if (!node) {
        issues.push({
          path: `adjustments.${index}.nodeCode`,
          message: `${adjustment.nodeCode} is not a scored criterion or indicator of this criteria version`,
        });
      } else if (toHundredths(adjustment.points) > node.max) {
        issues.push({
          path: node.path,
          message: `${node.code}: points must be between 0 and ${node.max / 100} (got ${adjustment.points})`,
        });
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
