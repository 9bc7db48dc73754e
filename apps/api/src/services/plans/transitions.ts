import type { Tx } from '@chiso/db';
import { problem, problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { issueAt, validationFailed } from '../../errors.ts';
import { assertMayApprove, assertMayWrite, assertPlanStatus, claimPlanRevision, loadPlan } from './access.ts';

export const PlanRevisionInput = z.object({ revision: z.number().int().nonnegative() });

export const ReturnImprovementPlanInput = PlanRevisionInput.extend({
  reason: z.string().trim().min(1, problemFlag('PLAN_RETURN_REASON_REQUIRED')).max(4000),
});

type PlanAt = { id: string; revision: number };

/** The unit sends its plan to the Sở (DRAFT or RETURNED → SUBMITTED); a plan without targets is refused. */
export async function submitImprovementPlan(context: Context, { id, revision }: PlanAt) {
  return context.db.$transaction(async (tx) => {
    const plan = await loadPlan(tx, id, context.viewer);
    assertMayWrite(context.viewer, plan.unitId);
    assertPlanStatus(plan, ['DRAFT', 'RETURNED'], { vi: 'gửi kế hoạch', en: 'submit the plan' });
    if ((await tx.planTarget.count({ where: { planId: id } })) === 0) {
      throw validationFailed([issueAt('targets', problem('PLAN_TARGETS_REQUIRED'))]);
    }
    return step(context, tx, { ...plan, revision }, 'plan.submit', {
      status: 'SUBMITTED',
      returnReason: null,
    });
  });
}

/** The Sở approves a submitted plan: from then on its progress counts in the province's roll-up. */
export async function approveImprovementPlan(context: Context, { id, revision }: PlanAt) {
  assertMayApprove(context.viewer);
  return context.db.$transaction(async (tx) => {
    const plan = await loadPlan(tx, id, context.viewer);
    assertPlanStatus(plan, ['SUBMITTED'], { vi: 'duyệt kế hoạch', en: 'approve the plan' });
    const approvedById = context.viewer.kind === 'user' ? context.viewer.userId : null;
    return step(context, tx, { ...plan, revision }, 'plan.approve', {
      status: 'APPROVED',
      approvedById,
      approvedAt: new Date(),
    });
  });
}

/** The Sở sends a plan back to the unit with a reason (also an approved one, to have it revised). */
export async function returnImprovementPlan(
  context: Context,
  { id, revision, reason }: PlanAt & z.output<typeof ReturnImprovementPlanInput>,
) {
  assertMayApprove(context.viewer);
  return context.db.$transaction(async (tx) => {
    const plan = await loadPlan(tx, id, context.viewer);
    assertPlanStatus(plan, ['SUBMITTED', 'APPROVED'], { vi: 'trả lại kế hoạch', en: 'return the plan' });
    return step(context, tx, { ...plan, revision }, 'plan.return', {
      status: 'RETURNED',
      returnReason: reason,
      approvedById: null,
      approvedAt: null,
    });
  });
}

type Plan = Awaited<ReturnType<typeof loadPlan>>;

/** Moves the plan on from the revision the client read (CONFLICT when stale), audited. */
async function step(
  context: Context,
  tx: Tx,
  plan: Plan,
  action: string,
  data: Parameters<typeof claimPlanRevision>[2],
) {
  await claimPlanRevision(tx, plan, data);
  const after = await tx.improvementPlan.findUniqueOrThrow({ where: { id: plan.id } });
  await audit(tx, context, { action, entityType: 'ImprovementPlan', entityId: plan.id, before: plan, after });
  return after;
}
