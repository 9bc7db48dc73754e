import type { Tx } from '@chiso/db';
import {
  type CriteriaSet,
  NOT_RANKED_CODES,
  type NotRankedCode,
  type NotRankedReason,
  score,
} from '@chiso/scoring';

/** The reason code a result carries when its unit did not submit by the deadline (không nộp báo cáo). */
const NOT_SUBMITTED = 'NOT_SUBMITTED' satisfies NotRankedCode;

/**
 * The not-ranked reasons a stored result carries from outside the scoring (its `notRankedCode`), as
 * @chiso/scoring's rule takes them: they unrank the unit in every category and overall.
 */
export function storedReasons(code: string | null): NotRankedReason[] {
  return code !== null && (NOT_RANKED_CODES as readonly string[]).includes(code)
    ? [{ code: code as NotRankedCode }]
    : [];
}

/**
 * Units that did not submit are published with a result of their own: no points (nothing was
 * submitted, nothing reviewed), the version's maximum, no rank, no node rows, and the reason code.
 * Whatever they had drafted stays unpublished in their entries.
 */
export async function writeNotSubmitted(
  tx: Tx,
  assessments: ReadonlyArray<{ id: string; versionId: string }>,
  criteriaOf: ReadonlyMap<string, CriteriaSet>,
): Promise<void> {
  if (assessments.length === 0) return;
  const ids = assessments.map((item) => item.id);
  await tx.resultNode.deleteMany({ where: { assessmentId: { in: ids } } });
  await tx.assessmentResult.deleteMany({ where: { assessmentId: { in: ids } } });
  await tx.assessmentResult.createMany({
    data: assessments.map((item) => ({
      assessmentId: item.id,
      versionId: item.versionId,
      points: 0,
      maxPoints: score(criteriaOf.get(item.versionId) as CriteriaSet, {}).maxPoints,
      index: 0,
      band: null,
      rank: null,
      notRankedCode: NOT_SUBMITTED,
    })),
  });
}
