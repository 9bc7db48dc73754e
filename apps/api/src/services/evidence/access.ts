import type { AssessmentStatus, Db, Tx } from '@chiso/db';
import { assertOwnsProvince } from '../../auth/provinces.ts';
import type { Viewer } from '../../context.ts';
import { forbidden, invalidTransition, notFound, unauthenticated } from '../../errors.ts';
import { canSeeAssessment } from '../assessments/index.ts';
import { assertWithinDeadline } from '../periods/deadlines.ts';

/** What deciding about an assessment's evidence needs to know of the assessment. */
export interface AssessmentAccess {
  id: string;
  unitId: string;
  status: AssessmentStatus;
  unit?: { provinceId: string | null };
}

export const ASSESSMENT_ACCESS = {
  select: { id: true, unitId: true, status: true, unit: { select: { provinceId: true } } },
} as const;

/** Evidence may change only while the unit is still working on its self-assessment. */
const EDITABLE: readonly AssessmentStatus[] = ['DRAFT', 'RETURNED'];

const STATUS_NAMES: Record<AssessmentStatus, { vi: string; en: string }> = {
  DRAFT: { vi: 'Nháp', en: 'draft' },
  SUBMITTED: { vi: 'Đã nộp', en: 'submitted' },
  RETURNED: { vi: 'Trả lại để bổ sung', en: 'returned for revision' },
  APPROVED: { vi: 'Đã duyệt', en: 'approved' },
  PUBLISHED: { vi: 'Đã công bố', en: 'published' },
};

/** Evidence is seen by whoever may see its assessment: one rule for the whole API. */
export { canSeeAssessment };

export function assertCanSee(
  viewer: Viewer,
  assessment: Pick<AssessmentAccess, 'unitId' | 'status' | 'unit'>,
): void {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (!canSeeAssessment(viewer, assessment))
    throw forbidden({
      vi: 'xem minh chứng của phiếu đánh giá này',
      en: 'see the evidence of this assessment',
    });
}

/** Attach and remove: the unit's own officers and admins (of its province), while the assessment is editable. */
export function assertCanChangeEvidence(viewer: Viewer, assessment: AssessmentAccess): void {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  const allowed =
    viewer.kind === 'user' &&
    (viewer.role === 'ADMIN' ||
      (viewer.role === 'UNIT_OFFICER' && viewer.unitIds.includes(assessment.unitId)));
  if (!allowed)
    throw forbidden({
      vi: 'thêm hoặc gỡ minh chứng của phiếu đánh giá này',
      en: 'add or remove evidence of this assessment',
    });
  // Loaded with ASSESSMENT_ACCESS everywhere a change is decided, so the unit's province is known.
  assertOwnsProvince(viewer, assessment.unit?.provinceId);
  if (!EDITABLE.includes(assessment.status)) throw notEditable(assessment.status);
}

const notEditable = (status: AssessmentStatus) =>
  invalidTransition({
    vi: `Chỉ thêm hoặc gỡ minh chứng khi phiếu đánh giá ở trạng thái Nháp hoặc Trả lại để bổ sung; phiếu này đang ở trạng thái ${STATUS_NAMES[status].vi}.`,
    en: `Evidence can be added or removed only while the assessment is a draft or returned for revision; this one is ${STATUS_NAMES[status].en}.`,
  });

export async function findAssessment(db: Db | Tx, id: string): Promise<AssessmentAccess> {
  const assessment = await db.assessment.findUnique({ where: { id }, ...ASSESSMENT_ACCESS });
  if (!assessment) throw notFound({ vi: 'phiếu đánh giá', en: 'the assessment' });
  return assessment;
}

/**
 * Inside the transaction that changes evidence: touches the assessment only if it is still
 * editable. The row lock this takes orders the change against a concurrent submit or approval
 * (PostgreSQL re-checks the status after waiting), so evidence never lands on a submitted form.
 */
export async function holdEditableAssessment(tx: Tx, viewer: Viewer, id: string): Promise<void> {
  const { count } = await tx.assessment.updateMany({
    where: { id, status: { in: [...EDITABLE] } },
    data: { updatedAt: new Date() },
  });
  if (count === 0) assertCanChangeEvidence(viewer, await findAssessment(tx, id));
  const held = await tx.assessment.findUniqueOrThrow({
    where: { id },
    select: { periodId: true, unitId: true, reopenReason: true },
  });
  await assertWithinDeadline(tx, viewer, held);
}
