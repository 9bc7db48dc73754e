// normalisedCohort: a published cohort's index values normalised (min-max, z-score) and banded, after
// EU JRC's COINr. The computation lives in @chiso/scoring (analysis/); this reads PUBLISHED results only.

import type { IndexBand } from '@chiso/scoring';
import { cohortReaders } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import { codeText } from '../../limits/arguments.ts';
import {
  type NormalisedCohort,
  type NormalisedUnit,
  normalisedCohort,
} from '../../services/comparisons/normalised.ts';
import { points } from '../common.ts';
import { PeriodRef } from '../periods.ts';
import { UnitGroupRef } from '../units.ts';
import { ComparisonColumnRef, ComparisonUnitRef } from './common.ts';

const BandInput = builder.inputType('IndexBandInput', {
  description: 'A band of index values: units reaching `min` (or above it, when not inclusive) are in it.',
  fields: (t) => ({
    code: t.string({ required: true }),
    min: t.float({ required: true, description: 'Lower bound, 0–1, at most 4 decimals.' }),
    inclusive: t.boolean({ defaultValue: true, description: 'Whether `min` itself belongs to the band.' }),
  }),
});

const BandRef = builder.objectRef<IndexBand & { units: number }>('IndexBand').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    min: t.exposeFloat('min'),
    inclusive: t.exposeBoolean('inclusive'),
    units: t.exposeInt('units', { description: 'Units of the cohort in the band.' }),
  }),
});

const NormalisedUnitRef = builder.objectRef<NormalisedUnit>('NormalisedUnit').implement({
  fields: (t) => ({
    unit: t.field({ type: ComparisonUnitRef, resolve: (u) => u.unit }),
    rank: t.int({ nullable: true, resolve: (u) => u.rank }),
    points: t.float({ resolve: (u) => points(u.points) }),
    maxPoints: t.float({ resolve: (u) => points(u.maxPoints) }),
    index: t.exposeFloat('index', { description: 'points ÷ applicable maximum, 4 decimals.' }),
    minMax: t.float({
      nullable: true,
      description: '(index − lowest) ÷ (highest − lowest); null when every unit has the same index.',
      resolve: (u) => u.minMax,
    }),
    zScore: t.float({
      nullable: true,
      description: '(index − mean) ÷ sample standard deviation; null with fewer than two units or no spread.',
      resolve: (u) => u.zScore,
    }),
    band: t.string({ nullable: true, description: 'Null below the lowest band.', resolve: (u) => u.band }),
  }),
});

const NormalisedCohortRef = builder.objectRef<NormalisedCohort>('NormalisedCohort').implement({
  description: 'Index values of a published cohort normalised (min-max, z-score) and banded.',
  fields: (t) => ({
    node: t.field({
      type: ComparisonColumnRef,
      nullable: true,
      description: 'The node normalised; null = the total.',
      resolve: (c) => c.node,
    }),
    mean: t.float({ nullable: true, resolve: (c) => c.mean }),
    standardDeviation: t.float({
      nullable: true,
      description: 'Sample (n − 1), 4 decimals.',
      resolve: (c) => c.standardDeviation,
    }),
    bands: t.field({ type: [BandRef], resolve: (c) => c.bands }),
    units: t.field({
      type: [NormalisedUnitRef],
      description: 'Highest index first; units where the node does not apply are left out.',
      resolve: (c) => c.units,
    }),
  }),
});

builder.queryFields((t) => ({
  normalisedCohort: t.field({
    type: NormalisedCohortRef,
    authScopes: cohortReaders,
    description:
      'Min-max and z-score views of a published cohort’s index values (the total, or one node), with bands — UN EGDI’s unless given: VERY_HIGH > 0.75, HIGH 0.50–0.75, MIDDLE 0.25–0.50, LOW < 0.25.',
    args: {
      periodId: t.arg.globalID({ required: true, for: PeriodRef }),
      unitGroupId: t.arg.globalID({ required: true, for: UnitGroupRef }),
      setCode: t.arg.string({ validate: codeText }),
      nodeCode: t.arg.string({
        validate: codeText,
        description: 'A category, group or criterion; default: the total.',
      }),
      bands: t.arg({ type: [BandInput] }),
    },
    resolve: (_root, args, context) =>
      normalisedCohort(context, {
        periodId: args.periodId.id,
        unitGroupId: args.unitGroupId.id,
        setCode: args.setCode ?? null,
        nodeCode: args.nodeCode ?? null,
        bands: args.bands?.map((band) => ({
          code: band.code,
          min: band.min,
          inclusive: band.inclusive ?? true,
        })),
      }),
  }),
}));
