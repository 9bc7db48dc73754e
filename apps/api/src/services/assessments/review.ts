import type { EntryRow } from '@chiso/db/results';
import { hasAtMostTwoDecimals, problem, problemFlag, scoredNodesByCode, toHundredths } from '@chiso/scoring';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { type FieldIssue, issueAt, validationFailed } from '../../errors.ts';
import { loadAssessment } from './access.ts';
import { loadCriteria } from './criteria.ts';
import { scoreEntries } from './score.ts';
import { type AssessmentAt, assertRevision, assertStatus, RevisionInput } from './transitions.ts';
import { writeEntries } from './write.ts';

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
  const assessment = await loadAssessment(context.db, id, context.viewer);
  assertStatus(assessment, ['SUBMITTED'], { vi: 'điều chỉnh điểm', en: 'adjust points' });
  assertRevision(assessment, revision);

  const set = await loadCriteria(context.db, assessment.version);
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

  // As stored at the revision read above (writeEntries' claim refuses the review if it moved since).
  const before = await context.db.assessmentEntry.findMany({ where: { assessmentId: id } });
  const byCode = new Map<string, EntryRow>(before.map((entry) => [entry.nodeCode, entry]));
  const written = adjustments.map(({ nodeCode, points, comment }): EntryRow => {
    const current = byCode.get(nodeCode);
    return {
      assessmentId: id,
      nodeCode,
      input: current?.input ?? null,
      explanation: current?.explanation ?? null,
      selfPoints: current?.selfPoints ?? null,
      reviewedPoints: toHundredths(points),
      reviewerComment: comment,
    };
  });
  for (const entry of written) byCode.set(entry.nodeCode, entry);
  const reviewedPoints = scoreEntries(set, [...byCode.values()], { reviewed: true }).points;
  return writeEntries(context, assessment, {
    action: 'assessment.review',
    totals: { reviewedPoints },
    entries: written,
    before: { totals: { reviewedPoints: assessment.reviewedPoints }, entries: before },
  });
}
