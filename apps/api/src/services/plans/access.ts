import type { PlanStatus, Prisma, Tx } from '@chiso/db';
import { assertOwnsProvince, plansInScope, seesProvince } from '../../auth/provinces.ts';
import type { Viewer } from '../../context.ts';
import { conflict, forbidden, type Message, notFound, wrongStatus } from '../../errors.ts';

const PLAN = { vi: 'kế hoạch nâng điểm', en: 'the improvement plan' };

/**
 * Who reads plans: the Sở (admins, reviewers) and analysts all of them, a unit officer their own
 * units'. Dashboard tokens and anonymous callers none: a plan is a working document, not a result.
 */
export function visiblePlans(viewer: Viewer): Prisma.ImprovementPlanWhereInput {
  if (viewer.kind !== 'user') return { id: { in: [] } };
  if (viewer.role === 'UNIT_OFFICER') return { unitId: { in: [...viewer.unitIds] } };
  return plansInScope(viewer);
}

export function canSeePlan(
  viewer: Viewer,
  plan: { unitId: string; unit?: { provinceId: string | null } },
): boolean {
  if (viewer.kind !== 'user' || (plan.unit && !seesProvince(viewer, plan.unit.provinceId))) return false;
  return viewer.role !== 'UNIT_OFFICER' || viewer.unitIds.includes(plan.unitId);
}

/** The unit writes its plan; the Sở's admins may write any (helping a unit that asks). */
export function assertMayWrite(viewer: Viewer, unitId: string): void {
  if (viewer.kind === 'user' && viewer.role === 'ADMIN') return;
  if (viewer.kind === 'user' && viewer.role === 'UNIT_OFFICER' && viewer.unitIds.includes(unitId)) return;
  throw forbidden({ vi: 'lập kế hoạch cho đơn vị này', en: 'plan for this unit' });
}

/** The Sở approves or returns plans: admins and reviewers. */
export function assertMayApprove(viewer: Viewer): void {
  if (viewer.kind === 'user' && (viewer.role === 'ADMIN' || viewer.role === 'REVIEWER')) return;
  throw forbidden({ vi: 'duyệt kế hoạch', en: 'approve plans' });
}

const STATUS: Record<PlanStatus, Message> = {
  DRAFT: { vi: 'đang soạn', en: 'draft' },
  SUBMITTED: { vi: 'đã gửi', en: 'submitted' },
  APPROVED: { vi: 'đã duyệt', en: 'approved' },
  RETURNED: { vi: 'bị trả lại', en: 'returned' },
};

export function assertPlanStatus(
  plan: { status: PlanStatus },
  allowed: readonly PlanStatus[],
  action: Message,
) {
  if (!allowed.includes(plan.status))
    throw wrongStatus(STATUS, { vi: 'kế hoạch', en: 'the plan' }, plan.status, allowed, action);
}

/** Loads a plan for a change: NOT_FOUND when it does not exist, FORBIDDEN when it is another province's unit's. */
export async function loadPlan(tx: Tx, id: string, changedBy: Viewer) {
  const found = await tx.improvementPlan.findUnique({
    where: { id },
    include: { unit: { select: { provinceId: true } } },
  });
  if (!found) throw notFound(PLAN);
  const { unit, ...plan } = found;
  assertOwnsProvince(changedBy, unit.provinceId);
  return plan;
}

/**
 * Moves the plan's revision on from the one the client read, before anything else is written: a
 * concurrent writer then finds it moved (CONFLICT) and writes nothing.
 */
export async function claimPlanRevision(
  tx: Tx,
  plan: { id: string; revision: number },
  data: Omit<Prisma.ImprovementPlanUpdateManyMutationInput, 'revision'> = {},
) {
  const { count } = await tx.improvementPlan.updateMany({
    where: { id: plan.id, revision: plan.revision },
    data: { ...data, revision: { increment: 1 } },
  });
  if (count === 0) throw conflict(PLAN);
}
