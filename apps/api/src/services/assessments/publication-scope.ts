import type { Period, Tx } from '@chiso/db';
import { stillMaySubmit } from '../periods/deadlines.ts';

export interface PublicationScope {
  periodId: string;
  unitGroupId?: string;
}

/** The assessments of a publication, sorted by what publishing does with them. */
export async function sortForPublication(tx: Tx, period: Period, scope: PublicationScope, now = new Date()) {
  const [assessments, extensions] = await Promise.all([
    tx.assessment.findMany({
      where: scope,
      include: {
        entries: { select: { nodeCode: true, input: true, reviewedPoints: true } },
        version: { select: { id: true, revision: true, document: true } },
        unit: { select: { name: true } },
        result: { select: { notRankedCode: true } },
      },
      orderBy: { id: 'asc' },
    }),
    tx.deadlineExtension.findMany({
      where: { periodId: scope.periodId },
      select: { unitId: true, dueOn: true },
    }),
  ]);
  const extended = new Map(extensions.map((extension) => [extension.unitId, extension]));
  type Item = (typeof assessments)[number];
  const sorted = {
    total: assessments.length,
    approved: [] as Item[],
    notSubmitted: [] as Item[],
    awaitingReview: [] as Item[],
    withinDeadline: [] as Item[],
  };
  for (const item of assessments) {
    if (item.status === 'APPROVED') sorted.approved.push(item);
    else if (item.status === 'SUBMITTED') sorted.awaitingReview.push(item);
    else if (item.status === 'PUBLISHED') {
      // Published before: re-ranked with its cohort, unless it was published as not submitted.
      (item.result?.notRankedCode === 'NOT_SUBMITTED' ? sorted.notSubmitted : sorted.approved).push(item);
    } else if (stillMaySubmit(period, item, extended.get(item.unitId), now)) sorted.withinDeadline.push(item);
    else sorted.notSubmitted.push(item);
  }
  return sorted;
}
