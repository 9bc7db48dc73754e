import type { AssessmentStatus, Prisma, Tx } from '@chiso/db';
import { assertOwnsProvince, assessmentsInScope, seesProvince } from '../../auth/provinces.ts';
import type { Viewer } from '../../context.ts';
import { forbidden, notFound } from '../../errors.ts';

/**
 * Which assessments a viewer may read, as a where clause: admins and reviewers all of them, a unit
 * officer their own unit's, analysts and dashboards published ones only. Unpublished data never
 * leaves the unit and its reviewers. Each within the viewer's province (auth/provinces.ts).
 */
export function visibleAssessments(viewer: Viewer): Prisma.AssessmentWhereInput {
  return { AND: [byRole(viewer), assessmentsInScope(viewer)] };
}

function byRole(viewer: Viewer): Prisma.AssessmentWhereInput {
  if (viewer.kind === 'user' && (viewer.role === 'ADMIN' || viewer.role === 'REVIEWER')) return {};
  if (viewer.kind === 'user' && viewer.role === 'UNIT_OFFICER') {
    return { unitId: { in: [...viewer.unitIds] } };
  }
  if (viewer.kind === 'anonymous') return { id: { in: [] } };
  return { status: 'PUBLISHED' };
}

/**
 * The same rule for one loaded assessment. Published results are public to every signed-in role
 * and to dashboards, so a unit officer may see other units' rows in a published ranking.
 */
export function canSeeAssessment(
  viewer: Viewer,
  // The unit's province where it was loaded (node lookups and lists filter by province themselves).
  assessment: { unitId: string; status: AssessmentStatus; unit?: { provinceId: string | null } },
) {
  if (viewer.kind === 'anonymous') return false;
  if (assessment.unit && !seesProvince(viewer, assessment.unit.provinceId)) return false;
  if (assessment.status === 'PUBLISHED') return true;
  if (viewer.kind === 'token') return false;
  if (viewer.role === 'ADMIN' || viewer.role === 'REVIEWER') return true;
  return viewer.role === 'UNIT_OFFICER' && viewer.unitIds.includes(assessment.unitId);
}

export const ASSESSMENT = { vi: 'phiếu đánh giá', en: 'the assessment' };

// The version's document is read by loadCriteria, once per process, not once per change.
const withVersion = { version: { select: { id: true, revision: true } } } as const;

/**
 * Loads an assessment with its criteria version's id for a change: NOT_FOUND when it does not exist,
 * FORBIDDEN when it is another province's.
 */
export async function loadAssessment(tx: Tx, id: string, changedBy: Viewer) {
  const found = await tx.assessment.findUnique({
    where: { id },
    include: { ...withVersion, unit: { select: { provinceId: true } } },
  });
  if (!found) throw notFound(ASSESSMENT);
  const { unit, ...assessment } = found;
  assertOwnsProvince(changedBy, unit.provinceId);
  return assessment;
}

/** Units fill in their own assessment; the Sở's admins may fill in any. */
export function assertMayEdit(viewer: Viewer, assessment: { unitId: string }) {
  if (viewer.kind !== 'user') throw forbidden();
  if (viewer.role === 'ADMIN') return;
  if (viewer.role === 'UNIT_OFFICER' && viewer.unitIds.includes(assessment.unitId)) return;
  throw forbidden({ vi: 'thao tác này trên phiếu của đơn vị khác', en: "this on another unit's assessment" });
}
