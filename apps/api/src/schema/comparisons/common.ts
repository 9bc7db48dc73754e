// What every comparison query shares: who may read them, the cohort arguments, and the flat unit,
// column and blocking-group types their answers are made of.

import type { BlockingGroup } from '@chiso/scoring';
import { describeCondition, type LocalizedText } from '@chiso/scoring';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { codeText } from '../../limits/arguments.ts';
import type { Cohort, Column, UnitView } from '../../services/comparisons/cohort.ts';
import type { CategoryStanding } from '../../services/comparisons/ranking.ts';
import { LocalizedTextRef, points } from '../common.ts';
import { PeriodRef } from '../periods.ts';
import { UnitGroupRef, UnitKindEnum } from '../units.ts';

export type GroupName = Cohort['groupName'];

/** Why a category is not ranked, in the caller's language. */
export function reasonText(
  reasons: CategoryStanding['reasons'],
  groupName: GroupName,
  context: Context,
): string | null {
  if (reasons.length === 0) return null;
  return reasons.map((reason) => describeCondition(reason, groupName, context.locale)).join('; ');
}

export const ComparisonNodeKindEnum = builder.enumType('ComparisonNodeKind', {
  values: ['CATEGORY', 'GROUP', 'CRITERION'] as const,
});

export const UnitPeriodStatusEnum = builder.enumType('UnitPeriodStatus', {
  description:
    'BOTH: the same unit has a result in both periods; RENAMED: it came from one whole earlier unit; MERGED: from several, combined by the comparison’s rule; SPLIT: from one unit that only partly went into it (flagged: its whole past is shown); ADDED: no result and no lineage earlier; REMOVED: no result later and no successor with one.',
  values: ['BOTH', 'RENAMED', 'MERGED', 'SPLIT', 'ADDED', 'REMOVED'] as const,
});

export const LineageRuleEnum = builder.enumType('LineageRule', {
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

/** A row's item with the cohort's group names, to name groups in the caller's language. */
export type WithNames<T> = { item: T; groupName: GroupName };

export const BlockingGroupRef = builder.objectRef<WithNames<BlockingGroup>>('BlockingGroup').implement({
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

export const blockingOf = (blocking: BlockingGroup[], groupName: GroupName) =>
  blocking.map((item) => ({ item, groupName }));

type QueryField = Parameters<Parameters<typeof builder.queryFields>[0]>[0];

/** The published cohort most comparisons read: a period, a unit group and which criteria set. */
export const cohortArgs = (t: QueryField) => ({
  periodId: t.arg.globalID({ required: true, for: PeriodRef }),
  unitGroupId: t.arg.globalID({ required: true, for: UnitGroupRef }),
  setCode: t.arg.string({
    validate: codeText,
    description:
      'The criteria set (a group may have a ministry set and a provincial supplement); default: the main set.',
  }),
});

export const cohortOf = (args: {
  periodId: { id: string };
  unitGroupId: { id: string };
  setCode?: string | null | undefined;
}) => ({
  periodId: args.periodId.id,
  unitGroupId: args.unitGroupId.id,
  setCode: args.setCode ?? null,
});
