// periodComparison: two published periods of a group, following unit lineage and code mappings.

import { cohortReaders } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import { keptDecimals } from '../../decimal-list.ts';
import { codeText } from '../../limits/arguments.ts';
import {
  difference,
  type PeriodComparison,
  type PredecessorValue,
  periodComparison,
  type UnitDelta,
} from '../../services/comparisons/period-comparison.ts';
import { decimal } from '../common.ts';
import { PeriodRef } from '../periods.ts';
import { UnitGroupRef } from '../units.ts';
import {
  ComparisonColumnRef,
  ComparisonNodeKindEnum,
  ComparisonUnitRef,
  LineageRuleEnum,
  UnitPeriodStatusEnum,
} from './common.ts';

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
    nodesBefore: t.field({
      type: 'DecimalList',
      resolve: keptDecimals((d) => d.nodesBefore.map(decimal)),
    }),
    nodesAfter: t.field({ type: 'DecimalList', resolve: keptDecimals((d) => d.nodesAfter.map(decimal)) }),
    nodeDeltas: t.field({
      type: 'DecimalList',
      resolve: keptDecimals((d) =>
        d.nodesAfter.map((after, i) => decimal(difference(d.nodesBefore[i] ?? null, after))),
      ),
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

builder.queryFields((t) => ({
  periodComparison: t.field({
    type: PeriodComparisonRef,
    authScopes: cohortReaders,
    description:
      'Two published periods of a group, unit by unit and node by node. Nodes correspond by code or, when the periods used different criteria versions, through the code mapping kept with the later version (`removedNodes` and `addedNodes` list what has no counterpart). Units are followed through renames, merges and splits between the periods; a merged unit’s past is its predecessors’ values combined by `rule`.',
    args: {
      fromPeriodId: t.arg.globalID({ required: true, for: PeriodRef }),
      toPeriodId: t.arg.globalID({ required: true, for: PeriodRef }),
      unitGroupId: t.arg.globalID({ required: true, for: UnitGroupRef }),
      nodeKind: t.arg({ type: ComparisonNodeKindEnum, defaultValue: 'GROUP' }),
      setCode: t.arg.string({ validate: codeText }),
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
}));
