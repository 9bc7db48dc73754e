import { inputsOf, overridesOf } from '@chiso/db';
import { type CohortMember, scoreCohortFlat } from '@chiso/scoring';
import type { Context } from '../../context.ts';
import { invalidTransition, notFound } from '../../errors.ts';
import { criteriaOf } from '../assessments/criteria.ts';
import { canSeeVersion, VERSION } from './access.ts';
import { issuesOf } from './document.ts';

export interface CohortPreviewUnit {
  unitId: string;
  code: string;
  name: string;
  /** Hundredths, with the previewed version. */
  points: number;
  maxPoints: number;
  /** Null: not ranked by total with the previewed version. */
  rank: number | null;
  /** What was published (hundredths; null rank: not ranked). */
  publishedPoints: number;
  publishedRank: number | null;
}

export interface CohortPreview {
  cohortSize: number;
  /** Units whose rank by total would change. */
  rankChanges: number;
  /** Best first with the previewed version; units without a rank last. */
  units: CohortPreviewUnit[];
}

/**
 * What a criteria version (typically a draft being edited) would do to a published cohort: the unit
 * group's published assessments of the period on the same criteria set — the units' figures and the
 * reviewers' points — scored and ranked with that version in one compiled pass, beside what was
 * published. Nothing is written. Units published as not submitted stay outside, as at publication.
 */
export async function previewVersionOnCohort(
  context: Context,
  input: { versionId: string; periodId: string; unitGroupId: string },
): Promise<CohortPreview> {
  const version = await context.db.criteriaVersion.findUnique({
    where: { id: input.versionId },
    select: {
      id: true,
      revision: true,
      document: true,
      status: true,
      setId: true,
      set: { select: { provinceId: true } },
    },
  });
  if (!version || !canSeeVersion(context.viewer, version)) throw notFound(VERSION);
  if (issuesOf(version).length > 0) {
    throw invalidTransition({
      vi: 'Không thể xem trước: phiên bản bộ tiêu chí còn lỗi cần sửa.',
      en: 'Cannot preview: the criteria version has problems to fix first.',
    });
  }
  // The cohort is the group's units assessed on the same criteria set (a group may also have a
  // provincial supplement, assessed and ranked apart).
  const assessments = await context.db.assessment.findMany({
    where: {
      periodId: input.periodId,
      unitGroupId: input.unitGroupId,
      status: 'PUBLISHED',
      version: { setId: version.setId },
    },
    select: {
      unit: { select: { id: true, code: true, name: true } },
      entries: { select: { nodeCode: true, input: true, reviewedPoints: true } },
      result: { select: { points: true, rank: true, notRankedCode: true } },
    },
    orderBy: { id: 'asc' },
  });
  const cohort = assessments.filter((assessment) => assessment.result?.notRankedCode !== 'NOT_SUBMITTED');
  const members = cohort.map(
    (assessment): CohortMember => ({
      unitId: assessment.unit.id,
      inputs: inputsOf(assessment.entries),
      overrides: overridesOf(assessment.entries),
    }),
  );
  const scores = scoreCohortFlat(criteriaOf(version), members);
  const units = cohort.map(
    (assessment, m): CohortPreviewUnit => ({
      unitId: assessment.unit.id,
      code: assessment.unit.code,
      name: assessment.unit.name,
      points: scores.points[m] as number,
      maxPoints: scores.maxPoints[m] as number,
      rank: scores.rank[m] || null,
      publishedPoints: assessment.result?.points ?? 0,
      publishedRank: assessment.result?.rank ?? null,
    }),
  );
  units.sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      a.code.localeCompare(b.code),
  );
  return {
    cohortSize: units.length,
    rankChanges: units.filter((unit) => unit.rank !== unit.publishedRank).length,
    units,
  };
}
