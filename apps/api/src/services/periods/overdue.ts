import type { Db, Period, Prisma } from '@chiso/db';
import { stillMaySubmit } from './deadlines.ts';

/**
 * A period's assessments whose unit can no longer submit (deadline or closing passed, no running
 * extension, not reopened for correction) but has not: what publishing marks "không nộp báo cáo".
 */
export async function overdueAssessments(
  db: Db,
  period: Pick<Period, 'id' | 'status' | 'submissionDue'>,
  visible: Prisma.AssessmentWhereInput,
  now = new Date(),
) {
  if (period.status === 'DRAFT') return [];
  const [candidates, extensions] = await Promise.all([
    db.assessment.findMany({
      where: { AND: [visible, { periodId: period.id, status: { in: ['DRAFT', 'RETURNED'] } }] },
      include: { unit: { select: { code: true } } },
      orderBy: [{ unit: { code: 'asc' } }, { id: 'asc' }],
    }),
    db.deadlineExtension.findMany({ where: { periodId: period.id }, select: { unitId: true, dueOn: true } }),
  ]);
  const extended = new Map(extensions.map((extension) => [extension.unitId, extension]));
  return candidates.filter((item) => !stillMaySubmit(period, item, extended.get(item.unitId), now));
}
