import type { Tx } from '@chiso/db';
import { score } from '@chiso/scoring';
import { criteriaOf } from './criteria.ts';

/** The reason code a result carries when its unit did not submit by the deadline (không nộp báo cáo). */
export const NOT_SUBMITTED = 'NOT_SUBMITTED';

export const NOT_SUBMITTED_TEXT = { vi: 'Không nộp báo cáo', en: 'Did not submit a report' } as const;

/** The words for a result's not-ranked code (one code today; unknown ones are shown as they are). */
export const notRankedText = (code: string | null) =>
  code === null ? null : code === NOT_SUBMITTED ? NOT_SUBMITTED_TEXT : { vi: code, en: code };

/**
 * Units that did not submit are published with a result of their own: no points (nothing was
 * submitted, nothing reviewed), the version's maximum, no rank, no node rows, and the reason code.
 * Whatever they had drafted stays unpublished in their entries.
 */
export async function writeNotSubmitted(
  tx: Tx,
  assessments: ReadonlyArray<{ id: string; version: { id: string; revision: number; document: unknown } }>,
): Promise<void> {
  if (assessments.length === 0) return;
  const ids = assessments.map((item) => item.id);
  await tx.resultNode.deleteMany({ where: { assessmentId: { in: ids } } });
  await tx.assessmentResult.deleteMany({ where: { assessmentId: { in: ids } } });
  await tx.assessmentResult.createMany({
    data: assessments.map((item) => ({
      assessmentId: item.id,
      versionId: item.version.id,
      points: 0,
      maxPoints: score(criteriaOf(item.version), {}).maxPoints,
      index: 0,
      band: null,
      rank: null,
      notRankedCode: NOT_SUBMITTED,
    })),
  });
}
