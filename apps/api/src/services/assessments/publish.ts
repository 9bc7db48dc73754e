import { materialiseCohort } from '@chiso/db';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { invalidTransition, notFound } from '../../errors.ts';
import { criteriaOf } from './criteria.ts';

/**
 * Publishes a period: every assessment must be approved. Each cohort (unit group × criteria
 * version) is scored together — share-of-best criteria need the cohort's best — with the
 * reviewers' points, ranked, and written as results; then assessments and period are PUBLISHED.
 * Publishing again after a reopened assessment was re-approved recomputes the whole period, so
 * ranks and share-of-best points take that unit into account again.
 */
export async function publishPeriodResults(context: Context, { periodId }: { periodId: string }) {
  return context.db.$transaction(async (tx) => {
    const period = await tx.period.findUnique({ where: { id: periodId } });
    if (!period) throw notFound({ vi: 'kỳ đánh giá', en: 'the period' });
    if (period.status === 'DRAFT') {
      throw invalidTransition({
        vi: 'Không thể công bố: kỳ đánh giá chưa được mở.',
        en: 'Cannot publish: the period has not been opened yet.',
      });
    }
    const assessments = await tx.assessment.findMany({
      where: { periodId },
      include: {
        entries: { select: { nodeCode: true, input: true, reviewedPoints: true } },
        version: { select: { id: true, revision: true, document: true } },
      },
      orderBy: { id: 'asc' },
    });
    const notApproved = assessments.filter(
      (item) => item.status !== 'APPROVED' && item.status !== 'PUBLISHED',
    );
    if (assessments.length === 0 || notApproved.length > 0) {
      throw invalidTransition({
        vi: `Không thể công bố: ${notApproved.length}/${assessments.length} phiếu đánh giá của kỳ chưa được duyệt.`,
        en: `Cannot publish: ${notApproved.length} of the period's ${assessments.length} assessments are not approved.`,
      });
    }
    if (period.status === 'PUBLISHED' && assessments.every((item) => item.status === 'PUBLISHED')) {
      throw invalidTransition({
        vi: 'Kỳ đánh giá đã được công bố; không có phiếu mới được duyệt để công bố.',
        en: 'The period is already published and no newly approved assessment is waiting.',
      });
    }

    const cohorts = new Map<string, typeof assessments>();
    for (const item of assessments) {
      const key = `${item.unitGroupId}:${item.versionId}`;
      cohorts.set(key, [...(cohorts.get(key) ?? []), item]);
    }
    for (const members of cohorts.values()) {
      const version = (members[0] as (typeof members)[number]).version;
      await materialiseCohort(tx, { set: criteriaOf(version), versionId: version.id, assessments: members });
    }
    const publishedAt = new Date();
    await tx.assessment.updateMany({
      where: { periodId, status: 'APPROVED' },
      data: { status: 'PUBLISHED', revision: { increment: 1 } },
    });
    const published = await tx.period.update({
      where: { id: periodId },
      data: { status: 'PUBLISHED', publishedAt, revision: { increment: 1 } },
    });
    await audit(tx, context, {
      action: 'period.publishResults',
      entityType: 'Period',
      entityId: periodId,
      before: { status: period.status, publishedAt: period.publishedAt },
      after: {
        status: published.status,
        publishedAt,
        cohorts: cohorts.size,
        assessments: assessments.map((item) => item.id),
      },
    });
    return {
      period: published,
      cohortCount: cohorts.size,
      assessments: await tx.assessment.findMany({ where: { periodId }, orderBy: { id: 'asc' } }),
    };
  });
}
