import type { CohortAssessment, Period, Tx } from '@chiso/db';
import type { CriteriaSet } from '@chiso/scoring';
import { stillMaySubmit } from '../periods/deadlines.ts';
import { criteriaOf } from './criteria.ts';

export interface PublicationScope {
  periodId: string;
  unitGroupId?: string;
}

/**
 * The assessments of a publication, sorted by what publishing does with them: statuses only, so a
 * publication refused because a few units are late answers at once (entries are loaded after).
 */
export async function sortForPublication(tx: Tx, period: Period, scope: PublicationScope, now = new Date()) {
  const [assessments, extensions] = await Promise.all([
    tx.assessment.findMany({
      where: scope,
      select: {
        id: true,
        status: true,
        unitId: true,
        unitGroupId: true,
        versionId: true,
        reopenReason: true,
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

/** What scoring a publication needs: the entries of the given assessments, and each version's criteria once. */
export async function loadForScoring(tx: Tx, items: ReadonlyArray<{ id: string; versionId: string }>) {
  const [entries, versions] = await Promise.all([
    tx.assessmentEntry.findMany({
      where: { assessmentId: { in: items.map((item) => item.id) } },
      select: { assessmentId: true, nodeCode: true, input: true, reviewedPoints: true },
    }),
    tx.criteriaVersion.findMany({
      where: { id: { in: [...new Set(items.map((item) => item.versionId))] } },
      select: { id: true, revision: true, document: true },
    }),
  ]);
  const byAssessment = new Map<string, typeof entries>();
  for (const entry of entries) {
    const list = byAssessment.get(entry.assessmentId);
    if (list) list.push(entry);
    else byAssessment.set(entry.assessmentId, [entry]);
  }
  return {
    entriesOf: (assessmentId: string) => byAssessment.get(assessmentId) ?? [],
    criteriaOf: new Map(versions.map((version) => [version.id, criteriaOf(version)])),
  };
}

/**
 * The approved assessments as the cohorts they are scored in: one per unit group × criteria version
 * (share-of-best criteria need the cohort's best), each with its set and its members' entries.
 */
export function cohortsOf(
  approved: ReadonlyArray<{ id: string; unitGroupId: string; versionId: string }>,
  scoring: Awaited<ReturnType<typeof loadForScoring>>,
): Array<{ set: CriteriaSet; versionId: string; assessments: CohortAssessment[] }> {
  const members = new Map<string, Array<{ id: string; versionId: string }>>();
  for (const item of approved) {
    const key = `${item.unitGroupId}:${item.versionId}`;
    const list = members.get(key);
    if (list) list.push(item);
    else members.set(key, [item]);
  }
  return [...members.values()].map((items) => {
    const { versionId } = items[0] as { versionId: string };
    return {
      set: scoring.criteriaOf.get(versionId) as CriteriaSet,
      versionId,
      assessments: items.map((item) => ({ id: item.id, entries: scoring.entriesOf(item.id) })),
    };
  });
}
