import { scoredNodes } from '@chiso/scoring';
import { plansInScope } from '../auth/provinces.ts';
import { builder } from '../builder.ts';
import { canSeePlan, visiblePlans } from '../services/plans/access.ts';
import {
  numberOf,
  type PlanGain,
  type PlanProgress,
  planProgress,
  type TargetProgress,
} from '../services/plans/progress.ts';
import { type PlanSet, planSets, pointKey, publishedPoints } from '../services/plans/sets.ts';
import { type PlanSuggestion, planSuggestions } from '../services/plans/suggestions.ts';
import {
  approveImprovementPlan,
  PlanRevisionInput,
  ReturnImprovementPlanInput,
  returnImprovementPlan,
  submitImprovementPlan,
} from '../services/plans/transitions.ts';
import {
  CreateImprovementPlanInput,
  createImprovementPlan,
  SaveImprovementPlanInput,
  saveImprovementPlan,
} from '../services/plans/write.ts';
import { LocalizedTextRef, points } from './common.ts';
import { NextLevelPathRef } from './next-level.ts';
import { PeriodRef } from './periods.ts';
import { UnitGroupRef, UnitRef } from './units.ts';
import { validatedBy } from './validation.ts';

const PlanStatusEnum = builder.enumType('PlanStatus', {
  description: 'DRAFT (the unit writes it) → SUBMITTED → APPROVED by the Sở, or RETURNED with a reason.',
  values: ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const,
});

const TargetStatusEnum = builder.enumType('PlanTargetStatus', {
  description:
    'MET (the points are reached), IN_PROGRESS (above the base), NOT_STARTED, OVERDUE (past its due date, unmet), NOT_ASSESSED (no entries in the period yet).',
  values: ['MET', 'IN_PROGRESS', 'NOT_STARTED', 'OVERDUE', 'NOT_ASSESSED'] as const,
});

const PlanCriteriaSetRef = builder.objectRef<PlanSet>('PlanCriteriaSet').implement({
  description:
    'A criteria set the unit is assessed on in the plan’s period (the ministry’s, or the province’s own).',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.field({ type: LocalizedTextRef, resolve: (set) => set.name }),
    supplements: t.exposeString('supplements', {
      nullable: true,
      description: 'The ministry set this provincial set is scored beside.',
    }),
  }),
});

interface PlanCriterion {
  set: PlanSet;
  code: string;
  path: string;
  number: number | undefined;
  name: { vi: string; en: string };
  maxPoints: number;
  basePoints: number;
}

const PlanCriterionRef = builder.objectRef<PlanCriterion>('PlanCriterion').implement({
  description: 'A scored criterion or indicator a target may name, with the points the plan starts from.',
  fields: (t) => ({
    set: t.field({ type: PlanCriteriaSetRef, resolve: (node) => node.set }),
    code: t.exposeString('code'),
    path: t.exposeString('path'),
    categoryCode: t.string({ resolve: (node) => node.path.split('/')[0] as string }),
    number: t.int({ nullable: true, resolve: (node) => node.number ?? null }),
    name: t.field({ type: LocalizedTextRef, resolve: (node) => node.name }),
    maxPoints: t.float({ resolve: (node) => points(node.maxPoints) }),
    basePoints: t.float({ resolve: (node) => points(node.basePoints) }),
  }),
});

const TargetRef = builder.objectRef<TargetProgress>('PlanTarget').implement({
  description: 'One criterion’s target and where it stands in the plan’s period.',
  fields: (t) => ({
    id: t.exposeString('id'),
    set: t.field({ type: PlanCriteriaSetRef, resolve: (target) => target.set }),
    nodeCode: t.exposeString('nodeCode'),
    path: t.exposeString('path'),
    categoryCode: t.exposeString('categoryCode'),
    number: t.int({ nullable: true, resolve: (target) => target.number ?? null }),
    name: t.field({ type: LocalizedTextRef, resolve: (target) => target.name }),
    maxPoints: t.float({ resolve: (target) => points(target.maxPoints) }),
    basePoints: t.float({ resolve: (target) => points(target.basePoints) }),
    targetPoints: t.float({ resolve: (target) => points(target.targetPoints) }),
    gain: t.float({ resolve: (target) => points(target.targetPoints - target.basePoints) }),
    targetValue: t.float({ nullable: true, resolve: (target) => target.targetValue }),
    currentPoints: t.float({
      nullable: true,
      resolve: (target) => (target.currentPoints === null ? null : points(target.currentPoints)),
    }),
    currentValue: t.float({
      nullable: true,
      description: 'The figure entered now (a ratio as a percentage).',
      resolve: (target) => target.currentValue,
    }),
    owner: t.exposeString('owner'),
    dueOn: t.field({ type: 'Date', nullable: true, resolve: (target) => target.dueOn }),
    note: t.exposeString('note', { nullable: true }),
    status: t.field({ type: TargetStatusEnum, resolve: (target) => target.status }),
  }),
});

const GainRef = builder.objectRef<PlanGain>('PlanGain').implement({
  description: 'Points planned and gained so far in one category of one set.',
  fields: (t) => ({
    set: t.field({ type: PlanCriteriaSetRef, resolve: (gain) => gain.set }),
    categoryCode: t.exposeString('categoryCode'),
    categoryName: t.field({ type: LocalizedTextRef, resolve: (gain) => gain.categoryName }),
    planned: t.float({ resolve: (gain) => points(gain.planned) }),
    achieved: t.float({ resolve: (gain) => points(gain.achieved) }),
  }),
});

const ProgressRef = builder.objectRef<PlanProgress>('PlanProgress').implement({
  description: 'The plan against its period: from the published result, or the entries saved so far.',
  fields: (t) => ({
    targets: t.field({ type: [TargetRef], resolve: (progress) => progress.targets }),
    gains: t.field({ type: [GainRef], resolve: (progress) => progress.gains }),
    planned: t.float({ resolve: (progress) => points(progress.planned) }),
    achieved: t.float({ resolve: (progress) => points(progress.achieved) }),
    met: t.exposeInt('met', { description: 'Targets reached.' }),
    overdue: t.exposeInt('overdue', { description: 'Targets past their due date, unmet.' }),
    onTrack: t.exposeBoolean('onTrack', { description: 'No target is overdue.' }),
  }),
});

const SuggestionRef = builder.objectRef<PlanSuggestion>('PlanSuggestion').implement({
  description: 'A way to the next level in one category of one set, from the base period’s published result.',
  fields: (t) => ({
    setCode: t.exposeString('setCode'),
    path: t.field({ type: NextLevelPathRef, resolve: (suggestion) => suggestion.path }),
  }),
});

const PlanRef = builder.prismaNode('ImprovementPlan', {
  id: { field: 'id' },
  description: 'Kế hoạch nâng điểm: a unit’s targets per criterion for a period, across its sets.',
  select: { unitId: true },
  findUnique: (id, context) => ({ id, AND: [plansInScope(context.viewer)] }),
  authScopes: (plan, context) => canSeePlan(context.viewer, plan),
  fields: (t) => ({
    unit: t.relation('unit'),
    targetPeriod: t.relation('targetPeriod'),
    basePeriod: t.relation('basePeriod', { nullable: true }),
    status: t.field({ type: PlanStatusEnum, select: { status: true }, resolve: (plan) => plan.status }),
    revision: t.exposeInt('revision', {
      description: 'Send it back with every change (CONFLICT when stale).',
    }),
    note: t.exposeString('note', { nullable: true }),
    returnReason: t.exposeString('returnReason', { nullable: true }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    criteria: t.field({
      type: [PlanCriterionRef],
      description: 'What a target may name: every scored node of the sets, with its base points.',
      select: { targetPeriodId: true, basePeriodId: true },
      resolve: async (plan, _args, context) => {
        const [sets, base] = await Promise.all([
          planSets(context.db, plan.unitId, plan.targetPeriodId),
          plan.basePeriodId
            ? publishedPoints(context.db, plan.unitId, plan.basePeriodId)
            : new Map<string, number>(),
        ]);
        return sets.flatMap((set) =>
          scoredNodes(set.criteria).map((node) => ({
            set,
            code: node.code,
            path: node.path,
            number: numberOf(node),
            name: node.name,
            maxPoints: node.max,
            basePoints: base.get(pointKey(set.setId, node.code)) ?? 0,
          })),
        );
      },
    }),
    suggestions: t.field({
      type: [SuggestionRef],
      description:
        'Đường ngắn nhất lên mức tiếp theo per category, from the base period: what the targets may start from.',
      select: { basePeriodId: true },
      resolve: (plan, _args, context) => planSuggestions(context, plan),
    }),
    progress: t.field({
      type: ProgressRef,
      select: { id: true, targetPeriodId: true },
      resolve: (plan, _args, context) => planProgress(context.db, plan),
    }),
  }),
});

builder.queryFields((t) => ({
  improvementPlan: t.prismaField({
    type: 'ImprovementPlan',
    nullable: true,
    authScopes: { signedIn: true },
    description: 'The unit’s plan for the period, if it has one.',
    args: {
      unitId: t.arg.globalID({ required: true, for: UnitRef }),
      periodId: t.arg.globalID({ required: true, for: PeriodRef }),
    },
    resolve: (query, _root, args, context) =>
      context.db.improvementPlan.findFirst({
        ...query,
        where: {
          AND: [visiblePlans(context.viewer), { unitId: args.unitId.id, targetPeriodId: args.periodId.id }],
        },
      }),
  }),
  improvementPlans: t.prismaField({
    type: ['ImprovementPlan'],
    authScopes: { signedIn: true },
    description: 'The province’s roll-up: every plan for the period the caller may see, by unit code.',
    args: {
      periodId: t.arg.globalID({ required: true, for: PeriodRef }),
      unitGroupId: t.arg.globalID({ for: UnitGroupRef }),
      status: t.arg({ type: PlanStatusEnum }),
    },
    resolve: (query, _root, args, context) =>
      context.db.improvementPlan.findMany({
        ...query,
        where: {
          AND: [
            visiblePlans(context.viewer),
            { targetPeriodId: args.periodId.id },
            args.unitGroupId ? { unit: { groupId: args.unitGroupId.id } } : {},
            args.status ? { status: args.status } : {},
          ],
        },
        orderBy: { unit: { code: 'asc' } },
      }),
  }),
}));

const TargetInput = builder.inputType('PlanTargetInput', {
  fields: (t) => ({
    setCode: t.string({ required: true, description: 'The criteria set’s code.' }),
    nodeCode: t.string({ required: true, description: 'A scored criterion or indicator of that set.' }),
    targetPoints: t.float({
      required: true,
      description: 'Above the base points, at most the maximum, two decimals.',
    }),
    targetValue: t.float({ description: 'The figure to reach, when the target is an input (a ratio in %).' }),
    owner: t.string({ required: true, description: 'The body within the unit that answers for it.' }),
    dueOn: t.field({ type: 'Date', description: 'On or before the period’s end.' }),
    note: t.string(),
  }),
});

type MutationField = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];
const planAt = (t: MutationField) => ({
  id: t.input.globalID({ required: true, for: PlanRef, description: 'The ImprovementPlan.' }),
  revision: t.input.int({ required: true, description: 'As read (CONFLICT when stale).' }),
});
const writers = { role: ['ADMIN', 'UNIT_OFFICER'] } as const;
const approvers = { role: ['ADMIN', 'REVIEWER'] } as const;

builder.mutationFields((t) => ({
  createImprovementPlan: t.fieldWithInput({
    type: PlanRef,
    errors: {},
    authScopes: writers,
    description:
      'Starts a unit’s plan for a DRAFT or OPEN period; the base is the latest published period by default.',
    typeOptions: validatedBy(CreateImprovementPlanInput),
    input: {
      unitId: t.input.globalID({ required: true, for: UnitRef }),
      targetPeriodId: t.input.globalID({ required: true, for: PeriodRef }),
      basePeriodId: t.input.globalID({ for: PeriodRef }),
      note: t.input.string(),
    },
    resolve: (_root, { input }, context) =>
      createImprovementPlan(context, {
        unitId: input.unitId.id,
        targetPeriodId: input.targetPeriodId.id,
        basePeriodId: input.basePeriodId?.id ?? null,
        note: input.note ?? null,
      }),
  }),
  saveImprovementPlan: t.fieldWithInput({
    type: PlanRef,
    errors: {},
    authScopes: writers,
    description:
      'Replaces the note and every target (DRAFT or RETURNED plans); nothing is written on any wrong target.',
    typeOptions: validatedBy(SaveImprovementPlanInput),
    input: {
      ...planAt(t),
      note: t.input.string(),
      targets: t.input.field({ type: [TargetInput], required: true }),
    },
    resolve: (_root, { input }, context) =>
      saveImprovementPlan(context, {
        id: input.id.id,
        revision: input.revision,
        note: input.note ?? null,
        targets: input.targets.map((target) => ({
          ...target,
          targetValue: target.targetValue ?? null,
          dueOn: target.dueOn ?? null,
          note: target.note ?? null,
        })),
      }),
  }),
  submitImprovementPlan: t.fieldWithInput({
    type: PlanRef,
    errors: {},
    authScopes: writers,
    typeOptions: validatedBy(PlanRevisionInput),
    input: planAt(t),
    resolve: (_root, { input }, context) =>
      submitImprovementPlan(context, { id: input.id.id, revision: input.revision }),
  }),
  approveImprovementPlan: t.fieldWithInput({
    type: PlanRef,
    errors: {},
    authScopes: approvers,
    typeOptions: validatedBy(PlanRevisionInput),
    input: planAt(t),
    resolve: (_root, { input }, context) =>
      approveImprovementPlan(context, { id: input.id.id, revision: input.revision }),
  }),
  returnImprovementPlan: t.fieldWithInput({
    type: PlanRef,
    errors: {},
    authScopes: approvers,
    typeOptions: validatedBy(ReturnImprovementPlanInput),
    input: { ...planAt(t), reason: t.input.string({ required: true }) },
    resolve: (_root, { input }, context) =>
      returnImprovementPlan(context, { id: input.id.id, revision: input.revision, reason: input.reason }),
  }),
}));
