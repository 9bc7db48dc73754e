import { type Db, materialiseCohort } from '@chiso/db';
import { audit } from '../../audit.ts';
import { assertOwnsProvince } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { invalidTransition, notFound } from '../../errors.ts';
import type { JobRun } from '../../jobs/queue.ts';
import { scoreCohortRows } from './cohort-scoring.ts';
import { writeNotSubmitted } from './not-submitted.ts';
import { cohortsOf, loadForScoring, type PublicationScope, sortForPublication } from './publication-scope.ts';

export interface PublicationInput {
  periodId: string;
  /** One unit group only; absent: every group. */
  unitGroupId?: string | null;
}

/** What a publication did (a job's recorded value: plain JSON). */
export interface Publication {
  periodId: string;
  unitGroupId: string | null;
  cohortCount: number;
  notSubmittedCount: number;
}

/**
 * Publishes a period, or one unit group of it. Approved assessments are scored together per cohort
 * (unit group × criteria version: share-of-best criteria need the cohort's best) with the reviewers'
 * points, ranked, and written as results. Units whose deadline passed without a submission are
 * published as "không nộp báo cáo": a result with no points, no rank and the reason NOT_SUBMITTED,
 * outside the cohort, so they neither rank nor move anyone's share of the best. Submitted assessments
 * still awaiting review, and units still within their deadline, hold the publication back.
 * Publishing again after a reopened assessment was re-approved recomputes the group(s).
 */
export async function publishPeriodResults(
  context: Context,
  scope: PublicationInput,
  job?: Pick<JobRun<PublicationInput>, 'record' | 'progress'>,
): Promise<Publication> {
  const { periodId, unitGroupId } = scope;
  return context.db.$transaction(async (tx) => {
    const period = await tx.period.findUnique({ where: { id: periodId } });
    if (!period) throw notFound({ vi: 'kỳ đánh giá', en: 'the period' });
    if (period.status === 'DRAFT') {
      throw invalidTransition({
        vi: 'Không thể công bố: kỳ đánh giá chưa được mở.',
        en: 'Cannot publish: the period has not been opened yet.',
      });
    }
    const group = unitGroupId ? await tx.unitGroup.findUnique({ where: { id: unitGroupId } }) : null;
    if (unitGroupId && !group) throw notFound({ vi: 'nhóm đơn vị', en: 'the unit group' });
    // A province publishes its own groups (in a national period too); a whole period, its owner.
    assertOwnsProvince(context.viewer, group ? group.provinceId : period.provinceId);
    const scope: PublicationScope = { periodId, ...(unitGroupId ? { unitGroupId } : {}) };
    const sorted = await sortForPublication(tx, period, scope);
    const where = group ? { vi: ` của ${group.name}`, en: ` of ${group.nameEn}` } : { vi: ' của kỳ', en: '' };
    if (sorted.total === 0) {
      throw invalidTransition({
        vi: `Không thể công bố: không có phiếu đánh giá nào${where.vi}.`,
        en: `Cannot publish: there are no assessments${where.en}.`,
      });
    }
    if (sorted.awaitingReview.length > 0 || sorted.withinDeadline.length > 0) {
      const names = sorted.withinDeadline.slice(0, 5).map((item) => item.unit.name);
      const list = names.length
        ? ` (${names.join(', ')}${sorted.withinDeadline.length > 5 ? ', …' : ''})`
        : '';
      const review = sorted.awaitingReview.length;
      const waiting = sorted.withinDeadline.length;
      const vi = [
        review ? `${review} phiếu đã nộp${where.vi} chưa được duyệt` : '',
        waiting
          ? `${waiting} đơn vị${where.vi} còn trong hạn nộp báo cáo hoặc đang sửa phiếu được mở lại${list}`
          : '',
      ];
      const en = [
        review ? `${review} submitted assessments${where.en} are not approved yet` : '',
        waiting
          ? `${waiting} units${where.en} are still within their submission deadline or correcting a reopened assessment${list}`
          : '',
      ];
      throw invalidTransition({
        vi: `Không thể công bố: ${vi.filter(Boolean).join('; ')}.`,
        en: `Cannot publish: ${en.filter(Boolean).join('; ')}.`,
      });
    }
    const fresh = [...sorted.approved, ...sorted.notSubmitted].filter((item) => item.status !== 'PUBLISHED');
    if (fresh.length === 0) {
      throw invalidTransition({
        vi: `Kết quả${where.vi} đã được công bố; không có phiếu mới được duyệt để công bố.`,
        en: `The results${where.en} are already published and no newly approved assessment is waiting.`,
      });
    }

    const scoring = await loadForScoring(tx, [...sorted.approved, ...sorted.notSubmitted]);
    const cohorts = cohortsOf(sorted.approved, scoring);
    let ranked = 0;
    for (const cohort of cohorts) {
      await materialiseCohort(tx, cohort, await scoreCohortRows(context, cohort));
      job?.progress(++ranked / (cohorts.length + 1));
    }
    await writeNotSubmitted(tx, sorted.notSubmitted, scoring.criteriaOf);
    const publishedAt = new Date();
    await tx.assessment.updateMany({
      where: { id: { in: fresh.map((item) => item.id) } },
      data: { status: 'PUBLISHED', revision: { increment: 1 } },
    });
    // A group published while the period is still open leaves it open: the other groups' units keep
    // their time. Otherwise (or once nothing is left unpublished) the period is PUBLISHED.
    const unpublished = await tx.assessment.count({ where: { periodId, status: { not: 'PUBLISHED' } } });
    const published = await tx.period.update({
      where: { id: periodId },
      data: {
        status: period.status === 'OPEN' && unpublished > 0 ? 'OPEN' : 'PUBLISHED',
        publishedAt,
        revision: { increment: 1 },
      },
    });
    await audit(tx, context, {
      action: 'period.publishResults',
      entityType: 'Period',
      entityId: periodId,
      before: { status: period.status, publishedAt: period.publishedAt },
      after: {
        status: published.status,
        publishedAt,
        unitGroup: group?.code ?? null,
        cohorts: cohorts.length,
        assessments: sorted.approved.map((item) => item.id),
        notSubmitted: sorted.notSubmitted.map((item) => item.id),
      },
    });
    const publication: Publication = {
      periodId,
      unitGroupId: unitGroupId ?? null,
      cohortCount: cohorts.length,
      notSubmittedCount: sorted.notSubmitted.length,
    };
    await job?.record(tx, publication);
    return publication;
  });
}

/** What the mutation answers: the publication with the period and its assessments as they are now. */
export async function publicationAnswer(db: Db, publication: Publication) {
  const { periodId, unitGroupId } = publication;
  const [period, assessments] = await Promise.all([
    db.period.findUniqueOrThrow({ where: { id: periodId } }),
    db.assessment.findMany({
      where: { periodId, ...(unitGroupId ? { unitGroupId } : {}) },
      orderBy: { id: 'asc' },
    }),
  ]);
  return { ...publication, period, assessments };
}
