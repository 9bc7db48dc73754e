// groupRanking: a unit group's published ranking by total, category or index.

import { encodeGlobalID } from '@pothos/plugin-relay';
import { cohortReaders } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import { codeText } from '../../limits/arguments.ts';
import {
  type CategoryStanding,
  type GroupRanking,
  groupRanking,
  type RankingEntry,
} from '../../services/comparisons/ranking.ts';
import { points } from '../common.ts';
import { NotRankedReasonRef, notRankedViews } from '../not-ranked.ts';
import { UnitKindEnum } from '../units.ts';
import {
  ComparisonColumnRef,
  ComparisonUnitRef,
  cohortArgs,
  cohortOf,
  reasonText,
  type WithNames,
} from './common.ts';

const RankingByEnum = builder.enumType('RankingBy', {
  description: 'Rank by total points, by one category, or by index value (share of the applicable maximum).',
  values: ['TOTAL', 'CATEGORY', 'INDEX'] as const,
});

const CategoryStandingRef = builder.objectRef<WithNames<CategoryStanding>>('CategoryStanding').implement({
  description: 'A unit’s points, level (Mức) and rank in one category.',
  fields: (t) => ({
    code: t.string({ resolve: ({ item }) => item.code }),
    points: t.float({ resolve: ({ item }) => points(item.points) }),
    maxPoints: t.float({ resolve: ({ item }) => points(item.maxPoints) }),
    level: t.int({ nullable: true, resolve: ({ item }) => item.level }),
    notRanked: t.boolean({
      description: 'No rank in this category (không được xếp hạng): `notRankedReasons` say why.',
      resolve: ({ item }) => item.notRanked.length > 0,
    }),
    notRankedReason: t.string({
      nullable: true,
      description: 'The failing level conditions, in the caller’s language.',
      resolve: ({ item, groupName }, _args, context) => reasonText(item.reasons, groupName, context),
    }),
    notRankedReasons: t.field({
      type: [NotRankedReasonRef],
      description: 'Why the unit has no rank in this category; empty when it has one.',
      resolve: ({ item, groupName }) => notRankedViews(item.notRanked, groupName),
    }),
    rank: t.int({
      nullable: true,
      description: 'Among the units ranked in this category; null when the unit is not ranked there.',
      resolve: ({ item }) => item.rank,
    }),
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
      description:
        'Within the whole unit group, whatever the filters (ties share a rank), among the units ranked in the category (CATEGORY) or in every category (TOTAL, INDEX); null for the others, listed after the ranked ones.',
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
    notRanked: t.boolean({
      description:
        'No rank in what the ranking is by: the category (CATEGORY), or overall (TOTAL, INDEX: không xếp hạng chung).',
      resolve: ({ item }) => item.notRanked.length > 0,
    }),
    notRankedReason: t.string({
      nullable: true,
      description: 'The failing level conditions of the category asked for, in the caller’s language.',
      resolve: ({ item, groupName }, _args, context) => reasonText(item.reasons, groupName, context),
    }),
    notRankedReasons: t.field({
      type: [NotRankedReasonRef],
      description: 'Why the unit has no rank in what the ranking is by; empty when it has one.',
      resolve: ({ item, groupName }) => notRankedViews(item.notRanked, groupName),
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

builder.queryFields((t) => ({
  groupRanking: t.field({
    type: GroupRankingRef,
    authScopes: cohortReaders,
    description:
      'A unit group’s published ranking by total, category or index, with levels and not-ranked reasons. Filters keep the group’s ranks.',
    args: {
      ...cohortArgs(t),
      by: t.arg({ type: RankingByEnum, required: true }),
      category: t.arg.string({
        validate: codeText,
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
}));
