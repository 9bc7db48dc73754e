// comparisonSummary: everything a published analysis states about a group in a period.

import { cohortReaders } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import type { CohortMember } from '../../services/comparisons/cohort.ts';
import {
  type CategorySummary,
  type ComparisonSummary,
  comparisonSummary,
  type Mover,
} from '../../services/comparisons/summary.ts';
import { LocalizedTextRef, points } from '../common.ts';
import {
  BlockingGroupRef,
  blockingOf,
  ComparisonUnitRef,
  cohortArgs,
  cohortOf,
  UnitPeriodStatusEnum,
  type WithNames,
} from './common.ts';

const LevelCountRef = builder.objectRef<{ level: number; units: number }>('LevelCount').implement({
  fields: (t) => ({ level: t.exposeInt('level'), units: t.exposeInt('units') }),
});

const CategorySummaryRef = builder.objectRef<WithNames<CategorySummary>>('CategorySummary').implement({
  fields: (t) => ({
    code: t.string({ resolve: ({ item }) => item.code }),
    name: t.field({
      type: LocalizedTextRef,
      resolve: ({ item, groupName }) => groupName(item.code) ?? { vi: item.code, en: item.code },
    }),
    ranked: t.int({ resolve: ({ item }) => item.ranked }),
    notRanked: t.int({ resolve: ({ item }) => item.notRanked }),
    levels: t.field({ type: [LevelCountRef], resolve: ({ item }) => item.levels }),
  }),
});

const SummaryUnitRef = builder.objectRef<CohortMember>('SummaryUnit').implement({
  fields: (t) => ({
    unit: t.field({ type: ComparisonUnitRef, resolve: (m) => m.unit }),
    rank: t.int({ nullable: true, resolve: (m) => m.rank }),
    points: t.float({ resolve: (m) => points(m.points) }),
    maxPoints: t.float({ resolve: (m) => points(m.maxPoints) }),
    index: t.exposeFloat('index'),
  }),
});

const MoverRef = builder.objectRef<Mover>('Mover').implement({
  fields: (t) => ({
    unit: t.field({ type: ComparisonUnitRef, resolve: (m) => m.unit }),
    status: t.field({
      type: UnitPeriodStatusEnum,
      description:
        'BOTH, or how the unit came from earlier ones (RENAMED, MERGED: `before` is their mean, SPLIT).',
      resolve: (m) => m.lineage ?? 'BOTH',
    }),
    before: t.float({ resolve: (m) => points(m.before) }),
    after: t.float({ resolve: (m) => points(m.after) }),
    delta: t.float({ resolve: (m) => points(m.after - m.before) }),
    rankBefore: t.int({ nullable: true, resolve: (m) => m.rankBefore }),
    rankAfter: t.int({ nullable: true, resolve: (m) => m.rankAfter }),
  }),
});

const SummaryRef = builder.objectRef<ComparisonSummary>('ComparisonSummary').implement({
  description: 'What a published analysis states about a group in a period.',
  fields: (t) => ({
    periodCode: t.string({ nullable: true, resolve: (s) => s.period?.code ?? null }),
    previousPeriodCode: t.string({
      nullable: true,
      description: 'The group’s previous published period (risers and fallers compare with it).',
      resolve: (s) => s.previousPeriod?.code ?? null,
    }),
    cohortSize: t.exposeInt('cohortSize'),
    rankedOverall: t.int({
      description:
        'Units ranked in every category: the only ones ranked by total (the others: không xếp hạng chung).',
      resolve: (s) => s.rankedOverall,
    }),
    categories: t.field({
      type: [CategorySummaryRef],
      resolve: (s) => s.categories.map((item) => ({ item, groupName: s.groupName })),
    }),
    blockingGroups: t.field({
      type: [BlockingGroupRef],
      resolve: (s) => blockingOf(s.blocking, s.groupName),
    }),
    top: t.field({
      type: [SummaryUnitRef],
      description: 'Best three by total, among the units ranked in every category.',
      resolve: (s) => s.top,
    }),
    bottom: t.field({
      type: [SummaryUnitRef],
      description: 'Last three ranked by total, last first.',
      resolve: (s) => s.bottom,
    }),
    risers: t.field({
      type: [MoverRef],
      description: 'Biggest gains in total points.',
      resolve: (s) => s.risers,
    }),
    fallers: t.field({
      type: [MoverRef],
      description: 'Biggest losses in total points.',
      resolve: (s) => s.fallers,
    }),
  }),
});

builder.queryFields((t) => ({
  comparisonSummary: t.field({
    type: SummaryRef,
    authScopes: cohortReaders,
    description: 'Everything a published analysis states about a group in a period, in one query.',
    args: cohortArgs(t),
    resolve: (_root, args, context) => comparisonSummary(context, cohortOf(args)),
  }),
}));
