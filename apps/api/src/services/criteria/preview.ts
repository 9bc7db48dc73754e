import { type Db, inputsOf, overridesOf } from '@chiso/db';
import {
  type CohortMember,
  type CriteriaSet,
  encodeCohort,
  type FlatCohort,
  scoreFlat,
} from '@chiso/scoring';
import { remembered } from '../../cache/what-if-memory.ts';
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
  const cohort = await remembered(
    context,
    `preview:${input.periodId}:${input.unitGroupId}:${version.setId}`,
    () => publishedInputs(context.db, { ...input, setId: version.setId }),
  );
  const set = criteriaOf(version);
  // Laid out once per version revision (criteriaOf keeps one set object per revision).
  let laidOut = cohort.laidOut.get(set);
  if (!laidOut) {
    laidOut = encodeCohort(set, cohort.members);
    cohort.laidOut.set(set, laidOut);
  }
  const scores = scoreFlat(laidOut);
  const units = cohort.units.map(
    (unit, m): CohortPreviewUnit => ({
      ...unit,
      points: scores.points[m] as number,
      maxPoints: scores.maxPoints[m] as number,
      rank: scores.rank[m] || null,
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

/** A published cohort's units, what was published for them, and their inputs to score again. */
interface PublishedInputs {
  units: Array<Pick<CohortPreviewUnit, 'unitId' | 'code' | 'name' | 'publishedPoints' | 'publishedRank'>>;
  members: CohortMember[];
  /** The members laid out for each version scored over them (the memory keeps this with them). */
  laidOut: WeakMap<CriteriaSet, FlatCohort>;
}

/**
 * The group's units assessed on the same criteria set (a group may also have a provincial
 * supplement, assessed and ranked apart): their figures and reviewers' points. Units published as
 * not submitted stay outside, as at publication.
 */
async function publishedInputs(
  db: Db,
  input: { periodId: string; unitGroupId: string; setId: string },
): Promise<PublishedInputs> {
  const assessments = await db.assessment.findMany({
    where: {
      periodId: input.periodId,
      unitGroupId: input.unitGroupId,
      status: 'PUBLISHED',
      version: { setId: input.setId },
    },
    select: {
      unit: { select: { id: true, code: true, name: true } },
      entries: { select: { nodeCode: true, input: true, reviewedPoints: true } },
      result: { select: { points: true, rank: true, notRankedCode: true } },
    },
    orderBy: { id: 'asc' },
  });
  const cohort = assessments.filter((assessment) => assessment.result?.notRankedCode !== 'NOT_SUBMITTED');
  return {
    units: cohort.map((assessment) => ({
      unitId: assessment.unit.id,
      code: assessment.unit.code,
      name: assessment.unit.name,
      publishedPoints: assessment.result?.points ?? 0,
      publishedRank: assessment.result?.rank ?? null,
    })),
    members: cohort.map(
      (assessment): CohortMember => ({
        unitId: assessment.unit.id,
        inputs: inputsOf(assessment.entries),
        overrides: overridesOf(assessment.entries),
      }),
    ),
    laidOut: new WeakMap(),
  };
}
