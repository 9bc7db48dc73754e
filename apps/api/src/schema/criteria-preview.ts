// criteriaVersionPreview: what a criteria version (a draft being edited) would do to a published
// cohort, scored in one compiled pass (@chiso/scoring's scoreCohortFlat). Nothing is written.

import { encodeGlobalID } from '@pothos/plugin-relay';
import { admins } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import {
  type CohortPreview,
  type CohortPreviewUnit,
  previewVersionOnCohort,
} from '../services/criteria/preview.ts';
import { points } from './common.ts';
import { CriteriaVersionRef } from './criteria.ts';
import { PeriodRef } from './periods.ts';
import { UnitGroupRef } from './units.ts';

const PreviewUnitRef = builder.objectRef<CohortPreviewUnit>('CriteriaPreviewUnit').implement({
  description: 'One unit of the cohort with the previewed version, beside what was published.',
  fields: (t) => ({
    unitId: t.id({
      description: 'The Unit’s global ID.',
      resolve: (unit) => encodeGlobalID('Unit', unit.unitId),
    }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    points: t.float({ resolve: (unit) => points(unit.points) }),
    maxPoints: t.float({ resolve: (unit) => points(unit.maxPoints) }),
    rank: t.int({
      nullable: true,
      description: 'Rank by total with the previewed version; null: not ranked in every category.',
      resolve: (unit) => unit.rank,
    }),
    publishedPoints: t.float({ resolve: (unit) => points(unit.publishedPoints) }),
    publishedRank: t.int({ nullable: true, resolve: (unit) => unit.publishedRank }),
  }),
});

const CohortPreviewRef = builder.objectRef<CohortPreview>('CriteriaCohortPreview').implement({
  description:
    'A criteria version scored over a unit group’s published assessments of a period on the same set (the units’ figures and the reviewers’ points), ranked as the method says.',
  fields: (t) => ({
    cohortSize: t.exposeInt('cohortSize'),
    rankChanges: t.int({
      description: 'Units whose rank by total would change.',
      resolve: (p) => p.rankChanges,
    }),
    units: t.field({
      type: [PreviewUnitRef],
      description: 'Best first with the previewed version; units without a rank last.',
      resolve: (p) => p.units,
    }),
  }),
});

builder.queryFields((t) => ({
  criteriaVersionPreview: t.field({
    type: CohortPreviewRef,
    authScopes: admins,
    description:
      'What a criteria version would do to a published cohort’s points and ranks (nothing is saved).',
    args: {
      versionId: t.arg.globalID({ required: true, for: CriteriaVersionRef }),
      periodId: t.arg.globalID({ required: true, for: PeriodRef }),
      unitGroupId: t.arg.globalID({ required: true, for: UnitGroupRef }),
    },
    resolve: (_root, args, context) =>
      previewVersionOnCohort(context, {
        versionId: args.versionId.id,
        periodId: args.periodId.id,
        unitGroupId: args.unitGroupId.id,
      }),
  }),
}));
