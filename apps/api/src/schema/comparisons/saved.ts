// Saved comparisons: what an analyst composed, by name; dashboards fetch them by ID.

import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { savedComparisonsInScope } from '../../auth/provinces.ts';
import { canSeeUser, readers, readersOf } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import {
  ComparisonDefinition,
  SaveComparisonInput,
  saveComparison,
} from '../../services/comparisons/saved.ts';
import { withoutNulls } from '../inputs.ts';
import { UnitKindEnum } from '../units.ts';
import { validatedBy } from '../validation.ts';
import { ComparisonNodeKindEnum, LineageRuleEnum } from './common.ts';

const SavedComparisonRef = builder.prismaNode('SavedComparison', {
  id: { field: 'id' },
  authScopes: (saved, context) => readersOf(context.viewer, saved.provinceId),
  description: 'A named comparison an analyst composed; dashboards fetch it by ID.',
  fields: (t) => ({
    name: t.exposeString('name'),
    definition: t.expose('definition', {
      type: 'JSON',
      description:
        '{ cohort: { unitGroupId, setCode?, filters? }, periods: [ID], nodes: { kind, codes? }, measures, lineageRule?, focusNode? }',
    }),
    ownerId: t.id({
      nullable: true,
      description:
        'Who saved it: shown to admins and to its owner (null to others, who may not read accounts).',
      resolve: async (saved, _args, context) => {
        const owner = await context.db.user.findUnique({
          where: { id: saved.ownerId },
          select: { id: true, provinceId: true },
        });
        return owner && canSeeUser(context.viewer, owner) ? encodeGlobalID('User', saved.ownerId) : null;
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  savedComparisons: t.prismaConnection({
    type: 'SavedComparison',
    cursor: 'id',
    authScopes: readers,
    description: 'Saved comparisons, most recently changed first.',
    resolve: (query, _root, _args, context) =>
      context.db.savedComparison.findMany({
        ...query,
        where: savedComparisonsInScope(context.viewer),
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      }),
  }),
  savedComparison: t.prismaField({
    type: 'SavedComparison',
    nullable: true,
    authScopes: readers,
    args: { id: t.arg.globalID({ required: true, for: SavedComparisonRef }) },
    resolve: (query, _root, args, context) =>
      context.db.savedComparison.findFirst({
        ...query,
        where: { id: args.id.id, AND: [savedComparisonsInScope(context.viewer)] },
      }),
  }),
}));

const RankingFilterDefinitionInput = builder.inputType('ComparisonFiltersInput', {
  fields: (t) => ({
    unitKind: t.field({ type: UnitKindEnum }),
    unitType: t.string({ description: 'Official type: Xã, Phường, Thị trấn…' }),
    parentUnitId: t.id({ description: 'Units directly under this Unit (global ID).' }),
  }),
});

const CohortDefinitionInput = builder.inputType('ComparisonCohortInput', {
  fields: (t) => ({
    unitGroupId: t.id({ required: true, description: 'The UnitGroup (global ID).' }),
    setCode: t.string(),
    filters: t.field({ type: RankingFilterDefinitionInput }),
  }),
});

const NodesDefinitionInput = builder.inputType('ComparisonNodesInput', {
  fields: (t) => ({
    kind: t.field({ type: ComparisonNodeKindEnum, required: true }),
    codes: t.stringList({ description: 'Only these nodes; default: every node of the kind.' }),
  }),
});

const MeasureEnum = builder.enumType('ComparisonMeasure', {
  values: ['POINTS', 'SHARE', 'RANK', 'LEVEL', 'DELTA'] as const,
});

const DefinitionInput = builder
  .inputType('ComparisonDefinitionInput', {
    description: 'What a saved comparison shows; checked against services/comparisons/saved.ts.',
    fields: (t) => ({
      cohort: t.field({ type: CohortDefinitionInput, required: true }),
      periodIds: t.idList({ required: true, description: 'One Period, or two (older first) for deltas.' }),
      nodes: t.field({ type: NodesDefinitionInput, required: true }),
      measures: t.field({
        type: [MeasureEnum],
        required: true,
        description: 'Each once; DELTA needs two periods.',
      }),
      lineageRule: t.field({ type: LineageRuleEnum, description: 'Two periods only.' }),
      focusNode: t.string({ description: 'The node code whose distribution the comparison shows.' }),
    }),
  })
  .validate(z.preprocess(asDefinitionModel, ComparisonDefinition));

/**
 * The input as the definition's model has it — no nulls, and `periods` — which is how it is stored
 * and what `SavedComparison.definition` answers.
 */
function asDefinitionModel(input: unknown) {
  const { periodIds, ...definition } = withoutNulls(input as { periodIds?: unknown[] });
  return { ...definition, periods: periodIds?.map(String) };
}
builder.mutationFields((t) => ({
  saveComparison: t.fieldWithInput({
    type: SavedComparisonRef,
    errors: {},
    authScopes: { role: ['ANALYST', 'ADMIN'] },
    description: 'Saves a named comparison: cohort, periods, nodes and measures (validated).',
    input: {
      name: t.input.string({ required: true }),
      definition: t.input.field({ type: DefinitionInput, required: true }),
    },
    typeOptions: validatedBy(SaveComparisonInput),
    resolve: (_root, { input }, context) => saveComparison(context, input),
  }),
}));
