// Comparisons over published results (issue 4): rankings, the units × nodes matrix, distributions,
// weakest criteria, period over period, the summary, and saved comparisons. Every query reads
// PUBLISHED assessments only (see services/comparisons/cohort.ts) in a fixed number of statements.

import type { BlockingGroup } from '@chiso/scoring';
import { describeCondition, type LocalizedText, ratio } from '@chiso/scoring';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import type { Cohort, CohortMember, Column, UnitView } from '../../services/comparisons/cohort.ts';
import { type NodeDistribution, nodeDistribution } from '../../services/comparisons/distribution.ts';
import {
  cellShare,
  comparisonMatrix,
  type Matrix,
  type MatrixRow,
} from '../../services/comparisons/matrix.ts';
import {
  difference,
  type PeriodComparison,
  type PredecessorValue,
  periodComparison,
  type UnitDelta,
} from '../../services/comparisons/period-comparison.ts';
import {
  type CategoryStanding,
  type GroupRanking,
  groupRanking,
  type RankingEntry,
} from '../../services/comparisons/ranking.ts';
import { saveComparison } from '../../services/comparisons/saved.ts';
import {
  type CategorySummary,
  type ComparisonSummary,
  comparisonSummary,
  type Mover,
} from '../../services/comparisons/summary.ts';
import { type WeakestCriteria, weakestCriteria } from '../../services/comparisons/weakest.ts';
import { LocalizedTextRef, points } from '../common.ts';
import { PeriodRef } from '../periods.ts';
import { UnitGroupRef, UnitKindEnum } from '../units.ts';

const readers = { signedIn: true, dashboard: true } as const;
const decimal = (hundredths: number | null) => (hundredths === null ? null : points(hundredths));
type GroupName = Cohort['groupName'];

/** Why a category is not ranked, in the caller's language. */
function reasonText(
  reasons: CategoryStanding['reasons'],
  groupName: GroupName,
  context: Context,
): string | null {
  if (reasons.length === 0) return null;
  return reasons.map((reason) => describeCondition(reason, groupName, context.locale)).join('; ');
}

const RankingByEnum = builder.enumType('RankingBy', {
  description: 'Rank by total points, by one category, or by index value (share of the applicable maximum).',
  values: ['TOTAL', 'CATEGORY', 'INDEX'] as const,
});

const ComparisonNodeKindEnum = builder.enumType('ComparisonNodeKind', {
  values: ['CATEGORY', 'GROUP', 'CRITERION'] as const,
});

const UnitPeriodStatusEnum = builder.enumType('UnitPeriodStatus', {
  description:
    'BOTH: the same unit has a result in both periods; RENAMED: it came from one whole earlier unit; MERGED: from several, combined by the comparison’s rule; SPLIT: from one unit that only partly went into it (flagged: its whole past is shown); ADDED: no result and no lineage earlier; REMOVED: no result later and no successor with one.',
  values: ['BOTH', 'RENAMED', 'MERGED', 'SPLIT', 'ADDED', 'REMOVED'] as const,
});

const LineageRuleEnum = builder.enumType('LineageRule', {
  description:
    'How a merged unit’s past is built from its predecessors’ values (per node and in total): MEAN (as DTI scores merged provinces; half-up to 0.01 point), SUM, or MAX.',
  values: ['MEAN', 'SUM', 'MAX'] as const,
});

export const ComparisonUnitRef = builder.objectRef<UnitView>('ComparisonUnit').implement({
  description:
    'The unit of a comparison row (flat, so a whole cohort loads in a fixed number of statements).',
  fields: (t) => ({
    id: t.id({ description: 'The Unit’s global ID.', resolve: (unit) => encodeGlobalID('Unit', unit.id) }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.field({ type: UnitKindEnum, resolve: (unit) => unit.kind as never }),
    type: t.exposeString('type'),
    parentName: t.exposeString('parentName', { nullable: true }),
  }),
});

export const ComparisonColumnRef = builder.objectRef<Column>('ComparisonColumn').implement({
  description: 'A node of the criteria tree as a comparison column.',
  fields: (t) => ({
    code: t.exposeString('code'),
    kind: t.string({ resolve: (column) => column.kind }),
    path: t.exposeString('path'),
    parentCode: t.exposeString('parentCode', { nullable: true }),
    name: t.field({ type: LocalizedTextRef, resolve: (column) => column.name }),
    maxPoints: t.float({
      description: 'The declared maximum.',
      resolve: (column) => points(column.maxPoints),
    }),
  }),
});

// ─── Ranking ──────────────────────────────────────────────────────────────────────────────────

type WithNames<T> = { item: T; groupName: GroupName };

const CategoryStandingRef = builder.objectRef<WithNames<CategoryStanding>>('CategoryStanding').implement({
  description: 'A unit’s points, level (Mức) and rank in one category.',
  fields: (t) => ({
    code: t.string({ resolve: ({ item }) => item.code }),
    points: t.float({ resolve: ({ item }) => points(item.points) }),
    maxPoints: t.float({ resolve: ({ item }) => points(item.maxPoints) }),
    level: t.int({ nullable: true, resolve: ({ item }) => item.level }),
    notRanked: t.boolean({ resolve: ({ item }) => item.level === null && item.reasons.length > 0 }),
    notRankedReason: t.string({
      nullable: true,
      resolve: ({ item, groupName }, _args, context) => reasonText(item.reasons, groupName, context),
    }),
    rank: t.int({ nullable: true, resolve: ({ item }) => item.rank }),
  }),
});

const RankingEntryRef = builder.objectRef<WithNames<RankingEntry>>('RankingEntry').implement({
  fields: (t) => ({
    assessmentId: t.id({
      description: 'The published Assessment’s global ID (its result page).',
      resolve: ({ item }) => encodeGlobalID('Assessment', item.assessmentId),
    }),
    unit: t.field({ type: ComparisonUnitRef, resolve: ({ item }) => item.unit }),
    rank: t.int({
      nullable: true,
      description: 'Within the whole unit group, whatever the filters (ties share a rank).',
      resolve: ({ item }) => item.rank,
    }),
    points: t.float({
      description: 'The total, or the category’s points.',
      resolve: ({ item }) => points(item.points),
    }),
    maxPoints: t.float({ resolve: ({ item }) => points(item.maxPoints) }),
    index: t.float({ description: 'points ÷ maxPoints, 4 decimals.', resolve: ({ item }) => item.index }),
    band: t.string({
      nullable: true,
      description: 'The total’s index band, as published.',
      resolve: ({ item }) => item.band,
    }),
    level: t.int({
      nullable: true,
      description: 'The level in the category asked for; null when not ranked there or no category given.',
      resolve: ({ item }) => item.level,
    }),
    notRanked: t.boolean({ resolve: ({ item }) => item.notRanked }),
    notRankedReason: t.string({
      nullable: true,
      resolve: ({ item, groupName }, _args, context) => reasonText(item.reasons, groupName, context),
    }),
    notRankedGroups: t.stringList({
      description: 'Codes of the groups that held the unit back in the category asked for.',
      resolve: ({ item }) =>
        item.reasons.flatMap((reason) =>
          reason.condition.kind === 'combinedShare' ? reason.condition.groups : [reason.condition.group],
        ),
    }),
    categories: t.field({
      type: [CategoryStandingRef],
      resolve: ({ item, groupName }) => item.categories.map((category) => ({ item: category, groupName })),
    }),
  }),
});

const GroupRankingRef = builder.objectRef<GroupRanking>('GroupRanking').implement({
  fields: (t) => ({
    by: t.field({ type: RankingByEnum, resolve: (ranking) => ranking.by }),
    category: t.exposeString('category', { nullable: true }),
    cohortSize: t.int({ description: 'Published units in the group.', resolve: (r) => r.cohortSize }),
    categories: t.field({
      type: [ComparisonColumnRef],
      description: 'The set’s categories in document order: the columns of a ranking table.',
      resolve: (r) => r.categories,
    }),
    count: t.int({ description: 'Entries after the filters.', resolve: (r) => r.entries.length }),
    entries: t.field({
      type: [RankingEntryRef],
      resolve: (ranking) => ranking.entries.map((item) => ({ item, groupName: ranking.groupName })),
    }),
  }),
});

const RankingFilterInput = builder.inputType('RankingFilter', {
  fields: (t) => ({
    unitKind: t.field({ type: UnitKindEnum }),
    unitType: t.string({ description: 'Official type: Xã, Phường, Thị trấn…' }),
    parentUnitId: t.globalID({ description: 'Units directly under this Unit.' }),
    level: t.int({ description: 'Level (Mức) reached in `category`; 0 = not ranked there.' }),
  }),
});

// ─── Matrix ───────────────────────────────────────────────────────────────────────────────────

const MatrixRowRef = builder.objectRef<MatrixRow>('ComparisonMatrixRow').implement({
  description: 'One unit; `points`, `maxima` and `shares` are aligned with the matrix’s columns.',
  fields: (t) => ({
    unit: t.field({ type: ComparisonUnitRef, resolve: (row) => row.unit }),
    rank: t.int({ nullable: true, resolve: (row) => row.rank }),
    total: t.float({ resolve: (row) => points(row.points) }),
    totalMax: t.float({ resolve: (row) => points(row.maxPoints) }),
    points: t.floatList({
      nullable: { list: false, items: true },
      description: 'Points per column; null = missing (no result for that node).',
      resolve: (row) => row.cells.map((cell) => (cell ? points(cell.points) : null)),
    }),
    maxima: t.floatList({
      nullable: { list: false, items: true },
      description: 'The applicable maximum per column (0 = does not apply to the unit); null = missing.',
      resolve: (row) => row.cells.map((cell) => (cell ? points(cell.maxPoints) : null)),
    }),
    shares: t.floatList({
      nullable: { list: false, items: true },
      description: 'points ÷ applicable maximum, 4 decimals; null = missing or not applicable.',
      resolve: (row) => row.cells.map(cellShare),
    }),
    missing: t.int({
      description: 'Columns without a result.',
      resolve: (row) => row.cells.filter((c) => !c).length,
    }),
  }),
});

const MatrixRef = builder.objectRef<Matrix>('ComparisonMatrix').implement({
  description: 'Units × nodes of a published period, compact: a column list and rows of aligned arrays.',
  fields: (t) => ({
    periodCode: t.exposeString('periodCode', { nullable: true }),
    nodeKind: t.string({ resolve: (matrix) => matrix.nodeKind }),
    columns: t.field({ type: [ComparisonColumnRef], resolve: (matrix) => matrix.columns }),
    rows: t.field({ type: [MatrixRowRef], resolve: (matrix) => matrix.rows }),
  }),
});

// ─── Distribution, weakest criteria ─────────────────────────────────────────────────────────

const DistributionRef = builder.objectRef<NodeDistribution>('NodeDistribution').implement({
  description:
    'A node’s points across the units it applies to. Quartiles and median interpolate linearly between closest ranks (type 7: Excel QUARTILE.INC); mean is rounded half-up to 4 decimals.',
  fields: (t) => ({
    node: t.field({ type: ComparisonColumnRef, resolve: (d) => d.node }),
    count: t.exposeInt('count'),
    notApplicable: t.exposeInt('notApplicable'),
    min: t.float({ nullable: true, resolve: (d) => decimal(d.min) }),
    q1: t.float({ nullable: true, resolve: (d) => decimal(d.q1) }),
    median: t.float({ nullable: true, resolve: (d) => decimal(d.median) }),
    q3: t.float({ nullable: true, resolve: (d) => decimal(d.q3) }),
    max: t.float({ nullable: true, resolve: (d) => decimal(d.max) }),
    mean: t.float({ nullable: true, resolve: (d) => decimal(d.mean) }),
    atFull: t.exposeInt('atFull'),
    atZero: t.exposeInt('atZero'),
  }),
});

type Loss = WeakestCriteria['criteria'][number];

const CriterionLossRef = builder.objectRef<Loss>('CriterionLoss').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    path: t.string({ resolve: (loss) => loss.node?.path ?? loss.code }),
    name: t.field({
      type: LocalizedTextRef,
      resolve: (loss) => loss.node?.name ?? { vi: loss.code, en: loss.code },
    }),
    lost: t.float({ description: 'Σ (maximum − points) across the cohort.', resolve: (l) => points(l.lost) }),
    possible: t.float({ description: 'Σ applicable maximum.', resolve: (l) => points(l.possible) }),
    lostShare: t.float({
      description: 'lost ÷ possible, 4 decimals.',
      resolve: (l) => ratio(l.lost, l.possible),
    }),
    units: t.exposeInt('units'),
    atZero: t.exposeInt('atZero'),
    atFull: t.exposeInt('atFull'),
  }),
});

const BlockingGroupRef = builder.objectRef<WithNames<BlockingGroup>>('BlockingGroup').implement({
  description: 'Groups that kept units from a category’s lowest level (they are then not ranked).',
  fields: (t) => ({
    category: t.string({ resolve: ({ item }) => item.category }),
    groups: t.stringList({ resolve: ({ item }) => item.groups }),
    names: t.field({
      type: [LocalizedTextRef],
      resolve: ({ item, groupName }) =>
        item.groups.map((code): LocalizedText => groupName(code) ?? { vi: code, en: code }),
    }),
    units: t.int({ resolve: ({ item }) => item.units }),
  }),
});

const blockingOf = (blocking: BlockingGroup[], groupName: GroupName) =>
  blocking.map((item) => ({ item, groupName }));

const WeakestRef = builder.objectRef<WeakestCriteria>('WeakestCriteria').implement({
  fields: (t) => ({
    cohortSize: t.exposeInt('cohortSize'),
    criteria: t.field({ type: [CriterionLossRef], resolve: (w) => w.criteria }),
    blockingGroups: t.field({
      type: [BlockingGroupRef],
      resolve: (w) => blockingOf(w.blocking, w.groupName),
    }),
  }),
});

// ─── Period over period ─────────────────────────────────────────────────────────────────────

const PredecessorRef = builder.objectRef<PredecessorValue>('UnitPredecessor').implement({
  description: 'An earlier unit a later one came from, with its own result in the earlier period.',
  fields: (t) => ({
    unit: t.field({ type: ComparisonUnitRef, resolve: (p) => p.unit }),
    partial: t.boolean({
      description: 'Only part of it went into this unit (it was split).',
      resolve: (p) => p.partial,
    }),
    points: t.float({
      nullable: true,
      description: 'Its total in the earlier period; null = no published result.',
      resolve: (p) => decimal(p.points),
    }),
    rank: t.int({ nullable: true, resolve: (p) => p.rank }),
  }),
});

const UnitDeltaRef = builder.objectRef<UnitDelta>('UnitPeriodDelta').implement({
  description: 'One unit across two periods; node arrays are aligned with the comparison’s columns.',
  fields: (t) => ({
    unit: t.field({ type: ComparisonUnitRef, resolve: (d) => d.unit }),
    status: t.field({ type: UnitPeriodStatusEnum, resolve: (d) => d.status }),
    before: t.float({ nullable: true, resolve: (d) => decimal(d.before) }),
    after: t.float({ nullable: true, resolve: (d) => decimal(d.after) }),
    delta: t.float({ nullable: true, resolve: (d) => decimal(difference(d.before, d.after)) }),
    rankBefore: t.int({
      nullable: true,
      description: 'Null for a merged unit: a combination of units has no rank of its own.',
      resolve: (d) => d.rankBefore,
    }),
    rankAfter: t.int({ nullable: true, resolve: (d) => d.rankAfter }),
    predecessors: t.field({
      type: [PredecessorRef],
      description: 'The earlier units this one came from (RENAMED, MERGED, SPLIT).',
      resolve: (d) => d.predecessors,
    }),
    partial: t.boolean({
      description: 'A predecessor also went, in part, into other units: `before` overstates its past.',
      resolve: (d) => d.partial,
    }),
    incomplete: t.boolean({
      description: 'Some predecessor has no published result: `before` rests on the others only.',
      resolve: (d) => d.incomplete,
    }),
    nodesBefore: t.floatList({
      nullable: { list: false, items: true },
      resolve: (d) => d.nodesBefore.map(decimal),
    }),
    nodesAfter: t.floatList({
      nullable: { list: false, items: true },
      resolve: (d) => d.nodesAfter.map(decimal),
    }),
    nodeDeltas: t.floatList({
      nullable: { list: false, items: true },
      resolve: (d) => d.nodesAfter.map((after, i) => decimal(difference(d.nodesBefore[i] ?? null, after))),
    }),
  }),
});

const RemappedNodeRef = builder
  .objectRef<PeriodComparison['remappedNodes'][number]>('RemappedNode')
  .implement({
    fields: (t) => ({
      code: t.exposeString('code', { description: 'The node in the later version.' }),
      fromCodes: t.exposeStringList('fromCodes', { description: 'The earlier codes it carries.' }),
    }),
  });

const PeriodComparisonRef = builder.objectRef<PeriodComparison>('PeriodComparison').implement({
  fields: (t) => ({
    fromPeriodCode: t.string({ nullable: true, resolve: (c) => c.from?.code ?? null }),
    toPeriodCode: t.string({ nullable: true, resolve: (c) => c.to?.code ?? null }),
    nodeKind: t.string({ resolve: (c) => c.nodeKind }),
    rule: t.field({ type: LineageRuleEnum, resolve: (c) => c.rule }),
    followLineage: t.boolean({ resolve: (c) => c.followLineage }),
    columns: t.field({ type: [ComparisonColumnRef], resolve: (c) => c.columns }),
    removedNodes: t.field({
      type: [ComparisonColumnRef],
      description: 'Earlier nodes with no counterpart in the later version (listed, never dropped silently).',
      resolve: (c) => c.removedNodes,
    }),
    addedNodes: t.field({
      type: [ComparisonColumnRef],
      description: 'Later nodes with no counterpart in the earlier version (their `nodesBefore` are null).',
      resolve: (c) => c.addedNodes,
    }),
    fromVersion: t.string({
      nullable: true,
      description: 'The criteria version label the earlier period was scored on.',
      resolve: (c) => c.versions.from,
    }),
    toVersion: t.string({ nullable: true, resolve: (c) => c.versions.to }),
    codeMappingUsed: t.boolean({
      description:
        'The periods used different versions and the later one keeps a code mapping from the earlier one; false with different versions: nodes correspond by code only.',
      resolve: (c) => c.versions.mapped,
    }),
    remappedNodes: t.field({
      type: [RemappedNodeRef],
      description: 'Later nodes whose past comes from other codes (renamed, or several merged: their sum).',
      resolve: (c) => c.remappedNodes,
    }),
    units: t.field({ type: [UnitDeltaRef], resolve: (c) => c.units }),
  }),
});

// ─── Summary ────────────────────────────────────────────────────────────────────────────────

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
    categories: t.field({
      type: [CategorySummaryRef],
      resolve: (s) => s.categories.map((item) => ({ item, groupName: s.groupName })),
    }),
    blockingGroups: t.field({
      type: [BlockingGroupRef],
      resolve: (s) => blockingOf(s.blocking, s.groupName),
    }),
    top: t.field({ type: [SummaryUnitRef], description: 'Best three by total.', resolve: (s) => s.top }),
    bottom: t.field({
      type: [SummaryUnitRef],
      description: 'Last three, last first.',
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

// ─── Saved comparisons ──────────────────────────────────────────────────────────────────────

export const SavedComparisonRef = builder.prismaNode('SavedComparison', {
  id: { field: 'id' },
  description: 'A named comparison an analyst composed; dashboards fetch it by ID.',
  fields: (t) => ({
    name: t.exposeString('name'),
    definition: t.expose('definition', {
      type: 'JSON',
      description:
        '{ cohort: { unitGroupId, setCode?, filters? }, periods: [ID], nodes: { kind, codes? }, measures, lineageRule?, focusNode? }',
    }),
    ownerId: t.id({ resolve: (saved) => encodeGlobalID('User', saved.ownerId) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

// ─── Queries and mutations ──────────────────────────────────────────────────────────────────

builder.queryFields((t) => {
  const cohortArgs = {
    periodId: t.arg.globalID({ required: true, for: PeriodRef }),
    unitGroupId: t.arg.globalID({ required: true, for: UnitGroupRef }),
    setCode: t.arg.string({
      description:
        'The criteria set (a group may have a ministry set and a provincial supplement); default: the main set.',
    }),
  };
  const cohortOf = (args: {
    periodId: { id: string };
    unitGroupId: { id: string };
    setCode?: string | null | undefined;
  }) => ({
    periodId: args.periodId.id,
    unitGroupId: args.unitGroupId.id,
    setCode: args.setCode ?? null,
  });
  return {
    groupRanking: t.field({
      type: GroupRankingRef,
      authScopes: readers,
      description:
        'A unit group’s published ranking by total, category or index, with levels and not-ranked reasons. Filters keep the group’s ranks.',
      args: {
        ...cohortArgs,
        by: t.arg({ type: RankingByEnum, required: true }),
        category: t.arg.string({
          description: 'Category code: what CATEGORY ranks by and what `filter.level` reads.',
        }),
        filter: t.arg({ type: RankingFilterInput }),
      },
      resolve: (_root, args, context) =>
        groupRanking(context, {
          ...cohortOf(args),
          by: args.by,
          category: args.category ?? null,
          filters: args.filter
            ? {
                unitKind: args.filter.unitKind ?? null,
                unitType: args.filter.unitType ?? null,
                parentUnitId: args.filter.parentUnitId?.id ?? null,
                level: args.filter.level ?? null,
              }
            : null,
        }),
    }),
    comparisonMatrix: t.field({
      type: MatrixRef,
      authScopes: readers,
      description: 'Units × criteria, groups or categories of a published period, in two SQL statements.',
      args: {
        ...cohortArgs,
        nodeKind: t.arg({ type: ComparisonNodeKindEnum, required: true }),
        nodeCodes: t.arg.stringList({ description: 'Only these nodes (document order is kept).' }),
      },
      resolve: (_root, args, context) =>
        comparisonMatrix(context, {
          ...cohortOf(args),
          nodeKind: args.nodeKind,
          nodeCodes: args.nodeCodes ?? null,
        }),
    }),
    distribution: t.field({
      type: DistributionRef,
      authScopes: readers,
      description: 'How a criterion, group or category spreads across a published cohort.',
      args: { ...cohortArgs, nodeCode: t.arg.string({ required: true }) },
      resolve: (_root, args, context) =>
        nodeDistribution(context, { ...cohortOf(args), nodeCode: args.nodeCode }),
    }),
    weakestCriteria: t.field({
      type: WeakestRef,
      authScopes: readers,
      description:
        'Criteria losing the most points across a published cohort, and the groups that kept units unranked.',
      args: { ...cohortArgs, limit: t.arg.int({ defaultValue: 10 }) },
      resolve: (_root, args, context) =>
        weakestCriteria(context, { ...cohortOf(args), limit: Math.min(Math.max(args.limit ?? 10, 1), 200) }),
    }),
    periodComparison: t.field({
      type: PeriodComparisonRef,
      authScopes: readers,
      description:
        'Two published periods of a group, unit by unit and node by node. Nodes correspond by code or, when the periods used different criteria versions, through the code mapping kept with the later version (`removedNodes` and `addedNodes` list what has no counterpart). Units are followed through renames, merges and splits between the periods; a merged unit’s past is its predecessors’ values combined by `rule`.',
      args: {
        fromPeriodId: t.arg.globalID({ required: true, for: PeriodRef }),
        toPeriodId: t.arg.globalID({ required: true, for: PeriodRef }),
        unitGroupId: t.arg.globalID({ required: true, for: UnitGroupRef }),
        nodeKind: t.arg({ type: ComparisonNodeKindEnum, defaultValue: 'GROUP' }),
        setCode: t.arg.string(),
        rule: t.arg({ type: LineageRuleEnum, defaultValue: 'MEAN' }),
        followLineage: t.arg.boolean({
          defaultValue: true,
          description: 'false: match units by identity only (successors show as ADDED).',
        }),
      },
      resolve: (_root, args, context) =>
        periodComparison(context, {
          fromPeriodId: args.fromPeriodId.id,
          toPeriodId: args.toPeriodId.id,
          unitGroupId: args.unitGroupId.id,
          nodeKind: args.nodeKind ?? 'GROUP',
          setCode: args.setCode ?? null,
          rule: args.rule ?? 'MEAN',
          followLineage: args.followLineage ?? true,
        }),
    }),
    comparisonSummary: t.field({
      type: SummaryRef,
      authScopes: readers,
      description: 'Everything a published analysis states about a group in a period, in one query.',
      args: cohortArgs,
      resolve: (_root, args, context) => comparisonSummary(context, cohortOf(args)),
    }),
    savedComparisons: t.prismaConnection({
      type: 'SavedComparison',
      cursor: 'id',
      authScopes: readers,
      description: 'Saved comparisons, most recently changed first.',
      resolve: (query, _root, _args, context) =>
        context.db.savedComparison.findMany({ ...query, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }] }),
    }),
    savedComparison: t.prismaField({
      type: 'SavedComparison',
      nullable: true,
      authScopes: readers,
      args: { id: t.arg.globalID({ required: true, for: SavedComparisonRef }) },
      resolve: (query, _root, args, context) =>
        context.db.savedComparison.findUnique({ ...query, where: { id: args.id.id } }),
    }),
  };
});

builder.mutationFields((t) => ({
  saveComparison: t.field({
    type: SavedComparisonRef,
    errors: {},
    authScopes: { role: ['ANALYST', 'ADMIN'] },
    description: 'Saves a named comparison: cohort, periods, nodes and measures (validated).',
    args: {
      name: t.arg.string({ required: true }),
      definition: t.arg({ type: 'JSON', required: true }),
    },
    resolve: (_root, args, context) =>
      saveComparison(context, { name: args.name, definition: args.definition }),
  }),
}));
