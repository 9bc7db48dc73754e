import { hasAtMostTwoDecimals, problem, problemFlag, scoredNodesByCode, toHundredths } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { assertOwnsProvince } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { type FieldIssue, issueAt, notFound, validationFailed } from '../../errors.ts';
import { Day, dayOf, toDate } from '../periods/dates.ts';
import { findPeriod, requireStatus } from '../periods/load.ts';
import { assertMayWrite, assertPlanStatus, claimPlanRevision, loadPlan } from './access.ts';
import { type PlanSet, planSets, pointKey, publishedPoints } from './sets.ts';

const Note = z.string().trim().max(4000);

/** createImprovementPlan's input besides the unit and the period (checked on the GraphQL input type). */
export const CreateImprovementPlanInput = z.object({ note: Note.nullish() });

/**
 * Starts a unit's plan for a coming period (DRAFT or OPEN), from the unit's published points in
 * `basePeriodId` — by default the latest published period before it in which the unit was assessed.
 */
export async function createImprovementPlan(
  context: Context,
  data: { unitId: string; targetPeriodId: string; basePeriodId?: string | null; note?: string | null },
) {
  assertMayWrite(context.viewer, data.unitId);
  return context.db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({
      where: { id: data.unitId },
      select: { name: true, provinceId: true },
    });
    if (!unit) throw notFound({ vi: 'đơn vị', en: 'the unit' });
    assertOwnsProvince(context.viewer, unit.provinceId);
    const target = await findPeriod(tx, data.targetPeriodId);
    // Another province's period is none of this unit's: as if it were not there.
    if (target.provinceId !== null && target.provinceId !== unit.provinceId) {
      throw notFound({ vi: 'kỳ đánh giá', en: 'the period' });
    }
    requireStatus(target, ['DRAFT', 'OPEN'], { vi: 'lập kế hoạch cho kỳ này', en: 'plan for this period' });
    const existing = await tx.improvementPlan.findUnique({
      where: { unitId_targetPeriodId: { unitId: data.unitId, targetPeriodId: target.id } },
    });
    if (existing) {
      throw validationFailed([
        issueAt('unitId', problem('PLAN_EXISTS', { unit: unit.name, period: target.code })),
      ]);
    }
    const before = {
      endsOn: { lt: target.startsOn },
      status: 'PUBLISHED' as const,
      OR: [{ provinceId: unit.provinceId }, { provinceId: null }],
    };
    const base = data.basePeriodId
      ? await tx.period.findFirst({ where: { id: data.basePeriodId, ...before } })
      : await tx.period.findFirst({
          where: { ...before, assessments: { some: { unitId: data.unitId, status: 'PUBLISHED' } } },
          orderBy: { endsOn: 'desc' },
        });
    if (data.basePeriodId && !base) {
      throw validationFailed([
        issueAt('basePeriodId', problem('PLAN_NO_BASE_PERIOD', { period: target.code })),
      ]);
    }
    const plan = await tx.improvementPlan.create({
      data: {
        unitId: data.unitId,
        targetPeriodId: target.id,
        basePeriodId: base?.id ?? null,
        note: data.note || null,
        createdById: context.viewer.kind === 'user' ? context.viewer.userId : null,
      },
    });
    await audit(tx, context, {
      action: 'plan.create',
      entityType: 'ImprovementPlan',
      entityId: plan.id,
      after: plan,
    });
    return plan;
  });
}

const Target = z.object({
  setCode: z.string().trim().min(1).max(100),
  nodeCode: z.string().trim().min(1).max(100),
  targetPoints: z
    .number()
    .finite()
    .nonnegative(problemFlag('REVIEW_POINTS_NEGATIVE'))
    .refine(hasAtMostTwoDecimals, problemFlag('POINTS_TWO_DECIMALS')),
  /** The figure to reach when the target is an input, as the unit writes it (50 for "≥ 50 %"). */
  targetValue: z.number().finite().nullish(),
  owner: z.string().trim().min(1, problemFlag('PLAN_OWNER_REQUIRED')).max(200),
  dueOn: Day.nullish(),
  note: Note.nullish(),
});
type TargetInput = z.output<typeof Target>;

/** saveImprovementPlan's input besides the plan: every target at once (the plan is replaced as a whole). */
export const SaveImprovementPlanInput = z.object({
  revision: z.number().int().nonnegative(),
  note: Note.nullish(),
  targets: z.array(Target).max(500),
});

/**
 * Replaces the plan's note and targets, as the unit edits them in one form: checked against the
 * sets the unit is assessed on in the plan's period, each target above the base points and at most
 * the criterion's maximum. Nothing is written when any target is wrong.
 */
export async function saveImprovementPlan(
  context: Context,
  { id, revision, note, targets }: { id: string } & z.output<typeof SaveImprovementPlanInput>,
) {
  return context.db.$transaction(async (tx) => {
    const plan = await loadPlan(tx, id, context.viewer);
    assertMayWrite(context.viewer, plan.unitId);
    assertPlanStatus(plan, ['DRAFT', 'RETURNED'], { vi: 'sửa kế hoạch', en: 'edit the plan' });
    const period = await findPeriod(tx, plan.targetPeriodId);
    const sets = await planSets(tx, plan.unitId, period.id);
    const base = plan.basePeriodId ? await publishedPoints(tx, plan.unitId, plan.basePeriodId) : new Map();
    const { rows, issues } = targetRows(targets, sets, base, dayOf(period.endsOn));
    if (issues.length > 0) throw validationFailed(issues);

    const beforeTargets = await tx.planTarget.findMany({
      where: { planId: id },
      orderBy: { position: 'asc' },
    });
    await claimPlanRevision(tx, { id, revision }, { note: note || null });
    await tx.planTarget.deleteMany({ where: { planId: id } });
    await tx.planTarget.createMany({ data: rows.map((row) => ({ ...row, planId: id })) });
    const after = await tx.improvementPlan.findUniqueOrThrow({ where: { id } });
    await audit(tx, context, {
      action: 'plan.save',
      entityType: 'ImprovementPlan',
      entityId: id,
      before: { note: plan.note, targets: beforeTargets },
      after: { note: after.note, targets: rows },
    });
    return after;
  });
}

/** The rows to store for the typed targets, or one coded issue per wrong field. */
function targetRows(
  targets: readonly TargetInput[],
  sets: readonly PlanSet[],
  base: Map<string, number>,
  endsOn: string,
) {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const rows = targets.flatMap((target, index) => {
    const at = (field: string) => `targets.${index}.${field}`;
    const set = sets.find((candidate) => candidate.code === target.setCode);
    if (!set) {
      issues.push(issueAt(at('setCode'), problem('PLAN_SET_NOT_ASSESSED', { set: target.setCode })));
      return [];
    }
    const node = scoredNodesByCode(set.criteria).get(target.nodeCode);
    if (!node) {
      issues.push(issueAt(at('nodeCode'), problem('NODE_NOT_SCORED', { code: target.nodeCode })));
      return [];
    }
    const key = pointKey(set.setId, node.code);
    if (seen.has(key)) issues.push(issueAt(at('nodeCode'), problem('NODE_GIVEN_TWICE', { code: node.code })));
    seen.add(key);
    const targetPoints = toHundredths(target.targetPoints);
    const basePoints = base.get(key) ?? 0;
    if (targetPoints > node.max) {
      const params = { code: node.code, max: node.max / 100, points: target.targetPoints };
      issues.push(issueAt(at('targetPoints'), problem('PLAN_TARGET_ABOVE_MAX', params)));
    } else if (targetPoints <= basePoints) {
      const params = { code: node.code, base: basePoints / 100, points: target.targetPoints };
      issues.push(issueAt(at('targetPoints'), problem('PLAN_TARGET_NO_GAIN', params)));
    }
    if (target.dueOn && target.dueOn > endsOn) {
      issues.push(issueAt(at('dueOn'), problem('PLAN_DUE_AFTER_PERIOD', { endsOn })));
    }
    return [
      {
        setId: set.setId,
        nodeCode: node.code,
        basePoints,
        targetPoints,
        targetValue: target.targetValue ?? null,
        owner: target.owner,
        dueOn: target.dueOn ? toDate(target.dueOn) : null,
        note: target.note || null,
        position: index,
      },
    ];
  });
  return { rows, issues };
}
