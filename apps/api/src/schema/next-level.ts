// The path to the next level (Mức), what-if on an assessment's figures, and the criteria that would
// lift most units of a cohort: issue 13, part 2.

import {
  describeLevel,
  type GroupGain,
  type NextLevelPath,
  type NodeResult,
  type PathStep,
  type WhatIfBasis,
  type WhatIfOutcome,
} from '@chiso/scoring';
import { z } from 'zod';
import { readers } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import { codeText } from '../limits/arguments.ts';
import { CriterionEffort } from '../services/criteria/efforts.ts';
import { levelLifters } from '../services/results/lifters.ts';
import { nextLevelPathOf } from '../services/results/next-level.ts';
import { loadWhatIfBasis, scoreWhatIf, WhatIfChange } from '../services/results/what-if.ts';
import { LocalizedTextRef, points } from './common.ts';
import { cohortArgs, cohortOf } from './comparisons/common.ts';
import { CriterionEffortInput } from './criteria-efforts.ts';

const NextLevelStatusEnum = builder.enumType('NextLevelStatus', {
  description:
    'PATH: a plan reaches the next level; TOP: already at the highest level; UNREACHABLE: not even full points reach it.',
  values: ['PATH', 'TOP', 'UNREACHABLE'] as const,
});

const EffortSourceEnum = builder.enumType('NextLevelEffortSource', {
  description:
    'POINTS: no effort weights (fewest points); GIVEN: the caller’s `effort`; STORED: the weights the Sở set for the criteria set.',
  values: ['POINTS', 'GIVEN', 'STORED'] as const,
});

const NextLevelStepRef = builder.objectRef<PathStep>('NextLevelStep').implement({
  description: 'One scored node to raise, with the smallest input that gets it there.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The scored criterion or indicator.' }),
    path: t.exposeString('path'),
    name: t.field({ type: LocalizedTextRef, resolve: (step) => step.name }),
    criterionCode: t.string({ resolve: (step) => step.criterion.code }),
    criterionNumber: t.int({ nullable: true, resolve: (step) => step.criterion.number ?? null }),
    groupCode: t.exposeString('group'),
    points: t.float({ resolve: (step) => points(step.points) }),
    target: t.float({ description: 'Points to reach.', resolve: (step) => points(step.target) }),
    input: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The smallest input scoring `target`; null when the points are a reviewer’s to set.',
      resolve: (step) => step.input ?? null,
    }),
    how: t.field({
      type: LocalizedTextRef,
      description: 'What to report, in the rule’s terms ("Tỷ lệ % ≥ 50").',
      resolve: (step) => step.how,
    }),
    overridden: t.exposeBoolean('overridden'),
  }),
});

const GroupGainRef = builder.objectRef<GroupGain>('NextLevelGroupGain').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.field({ type: LocalizedTextRef, resolve: (group) => group.name }),
    points: t.float({ resolve: (group) => points(group.points) }),
    target: t.float({ resolve: (group) => points(group.target) }),
    criteria: t.exposeStringList('criteria', { description: 'Criteria numbers (codes where unnumbered).' }),
  }),
});

export const NextLevelPathRef = builder.objectRef<NextLevelPath>('NextLevelPath').implement({
  description:
    'The least a unit must gain to reach its next level in a category — exact over hundredths, minimising points (or the effort given).',
  fields: (t) => ({
    categoryCode: t.string({ resolve: (path) => path.category.code }),
    categoryName: t.field({ type: LocalizedTextRef, resolve: (path) => path.category.name }),
    status: t.field({ type: NextLevelStatusEnum, resolve: (path) => path.status }),
    level: t.int({
      nullable: true,
      description: 'The level now; null = not ranked.',
      resolve: (path) => path.level,
    }),
    target: t.int({
      nullable: true,
      description: 'The level the plan reaches.',
      resolve: (path) => path.target,
    }),
    gain: t.float({ description: 'Points to gain in all.', resolve: (path) => points(path.gain) }),
    // The search counts hundredths of points × hundredths of weight.
    cost: t.float({ description: 'Σ gain × effort, in points.', resolve: (path) => path.cost / 10_000 }),
    effortSource: t.field({
      type: EffortSourceEnum,
      description: 'What weighed the search.',
      resolve: (path) => path.effortSource.toUpperCase() as 'POINTS' | 'GIVEN' | 'STORED',
    }),
    steps: t.field({ type: [NextLevelStepRef], resolve: (path) => path.steps }),
    groups: t.field({ type: [GroupGainRef], resolve: (path) => path.groups }),
    explanation: t.field({ type: LocalizedTextRef, resolve: (path) => path.explanation }),
    lines: t.field({
      type: [LocalizedTextRef],
      description: 'One line per step.',
      resolve: (path) => path.lines,
    }),
  }),
});

const WhatIfCategoryRef = builder.objectRef<NodeResult>('WhatIfCategory').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.field({ type: LocalizedTextRef, resolve: (node) => node.name }),
    points: t.float({ resolve: (node) => points(node.points) }),
    maxPoints: t.float({ resolve: (node) => points(node.maxPoints) }),
    level: t.int({ nullable: true, resolve: (node) => node.level?.level ?? null }),
    levelText: t.string({
      nullable: true,
      description: '"Mức 3" or why not ranked, in the caller’s language.',
      resolve: (node, _args, context) => describeLevel(node, context.locale) ?? null,
    }),
  }),
});

const WhatIfResultRef = builder.objectRef<WhatIfOutcome & { cohortSize: number }>('WhatIfResult').implement({
  description: 'An assessment scored with changed figures (nothing is saved).',
  fields: (t) => ({
    points: t.float({ resolve: (r) => points(r.result.points) }),
    maxPoints: t.float({ resolve: (r) => points(r.result.maxPoints) }),
    index: t.float({ resolve: (r) => r.result.index }),
    band: t.string({ nullable: true, resolve: (r) => r.result.band ?? null }),
    rank: t.int({
      nullable: true,
      description: 'By total among the cohort’s ranked units.',
      resolve: (r) => r.rank,
    }),
    rankedUnits: t.int({ resolve: (r) => r.ranked }),
    cohortSize: t.exposeInt('cohortSize'),
    categories: t.field({ type: [WhatIfCategoryRef], resolve: (r) => r.result.categories }),
  }),
});

const CohortTotalRef = builder.objectRef<WhatIfBasis['cohort'][number]>('WhatIfCohortTotal').implement({
  description: 'Another unit of the cohort, as the ranking sees it (no name: totals only).',
  fields: (t) => ({
    points: t.float({ resolve: (m) => points(m.points) }),
    maxPoints: t.float({ resolve: (m) => points(m.maxPoints) }),
    ranked: t.exposeBoolean('ranked'),
  }),
});

const WhatIfBasisRef = builder.objectRef<WhatIfBasis>('WhatIfBasis').implement({
  description:
    'What the console needs to score what-ifs in the browser with @chiso/scoring: fetched once per assessment.',
  fields: (t) => ({
    inputs: t.field({ type: 'JSON', description: 'Reported values by node code.', resolve: (b) => b.inputs }),
    overrides: t.field({
      type: 'JSON',
      description: 'Reviewer points by node code, in hundredths.',
      resolve: (b) => b.overrides,
    }),
    cohortBest: t.field({ type: 'JSON', resolve: (b) => b.cohortBest }),
    cohort: t.field({ type: [CohortTotalRef], description: 'The other units.', resolve: (b) => b.cohort }),
  }),
});

interface Lifter {
  code: string;
  path: string;
  number?: number;
  name: { vi: string; en: string };
  category: string;
  units: string[];
  unitNames: string[];
}

const LevelLifterRef = builder.objectRef<Lifter>('LevelLifter').implement({
  description:
    'A criterion that, raised to its maximum alone, lifts units of the cohort to their next level.',
  fields: (t) => ({
    code: t.exposeString('code'),
    path: t.exposeString('path'),
    number: t.int({ nullable: true, resolve: (c) => c.number ?? null }),
    name: t.field({ type: LocalizedTextRef, resolve: (c) => c.name }),
    categoryCode: t.exposeString('category'),
    units: t.int({ description: 'How many units it lifts.', resolve: (c) => c.units.length }),
    unitNames: t.exposeStringList('unitNames'),
  }),
});

const WhatIfInput = builder.inputType('WhatIfInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: 'A scored criterion or indicator.' }),
    value: t.field({ type: 'JSON', description: 'The changed value (null: as if missing).' }),
  }),
});

const assessmentArg = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) =>
  t.arg.globalID({ required: true, description: 'The Assessment (published or draft).' });

builder.queryFields((t) => ({
  nextLevelPath: t.field({
    type: NextLevelPathRef,
    nullable: true,
    authScopes: readers,
    description:
      'Đường ngắn nhất lên mức tiếp theo: the smallest set of improvements meeting every condition of the category’s next level. Null for a category without levels.',
    args: {
      assessmentId: assessmentArg(t),
      categoryCode: t.arg.string({ required: true, validate: codeText }),
      effort: t.arg({
        type: [CriterionEffortInput],
        description:
          'Per-criterion effort, replacing the Sở’s stored weights ([]: 1 everywhere, fewest points). Omitted: the stored weights.',
        validate: z.array(CriterionEffort).max(2000),
      }),
    },
    resolve: (_root, args, context) =>
      nextLevelPathOf(context, {
        assessmentId: args.assessmentId.id,
        categoryCode: args.categoryCode,
        effort: args.effort,
      }),
  }),
  whatIf: t.field({
    type: WhatIfResultRef,
    authScopes: readers,
    description:
      'Scores changed figures of an assessment: points, levels and the rank it would have. Saves nothing.',
    args: {
      assessmentId: assessmentArg(t),
      inputs: t.arg({ type: [WhatIfInput], required: true, validate: z.array(WhatIfChange).max(500) }),
    },
    resolve: (_root, args, context) => scoreWhatIf(context, args.assessmentId.id, args.inputs),
  }),
  whatIfBasis: t.field({
    type: WhatIfBasisRef,
    authScopes: readers,
    description:
      'The figures, reviewer points, cohort best values and cohort totals a browser what-if needs.',
    args: { assessmentId: assessmentArg(t) },
    resolve: async (_root, args, context) => (await loadWhatIfBasis(context, args.assessmentId.id)).basis,
  }),
  levelLifters: t.field({
    type: [LevelLifterRef],
    authScopes: readers,
    description:
      'The criteria whose improvement alone would lift the most units of a published cohort a level.',
    args: {
      ...cohortArgs(t),
      limit: t.arg.int({ defaultValue: 10, validate: z.number().int().min(1).max(100) }),
      effort: t.arg({
        type: [CriterionEffortInput],
        description: 'Breaks ties between criteria lifting as many units; omitted: the Sở’s stored weights.',
        validate: z.array(CriterionEffort).max(2000),
      }),
    },
    resolve: (_root, args, context) =>
      levelLifters(context, { ...cohortOf(args), limit: args.limit ?? 10, effort: args.effort }),
  }),
}));
