// rankSensitivity: how ranks move when one criteria group's weight moves ±percent. The computation
// lives in @chiso/scoring (analysis/); this reads PUBLISHED results only, in two SQL statements.

import type { RankMove, WeightScenario } from '@chiso/scoring';
import { cohortReaders } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import { codeText } from '../../limits/arguments.ts';
import type { UnitView } from '../../services/comparisons/cohort.ts';
import { type RankSensitivity, rankSensitivity } from '../../services/comparisons/sensitivity.ts';
import { PeriodRef } from '../periods.ts';
import { UnitGroupRef } from '../units.ts';
import { ComparisonColumnRef, ComparisonUnitRef } from './common.ts';

const RankMoveRef = builder.objectRef<RankMove<UnitView>>('RankMove').implement({
  fields: (t) => ({
    unit: t.field({ type: ComparisonUnitRef, resolve: (m) => m.item }),
    before: t.int({ description: 'Rank with every group weighing 1.', resolve: (m) => m.before }),
    after: t.int({ resolve: (m) => m.after }),
    shift: t.int({ description: 'after − before (positive = fell).', resolve: (m) => m.after - m.before }),
  }),
});

type Scenario = RankSensitivity['scenarios'][number];

const ScenarioRef = builder.objectRef<Scenario>('WeightScenario').implement({
  description: 'One group’s weight moved while the others stay at 1, and what it does to ranks.',
  fields: (t) => ({
    group: t.field({
      type: ComparisonColumnRef,
      resolve: (s) =>
        s.column ?? {
          code: s.group,
          kind: 'GROUP' as const,
          path: s.group,
          parentCode: null,
          name: { vi: s.group, en: s.group },
          maxPoints: 0,
        },
    }),
    weight: t.float({ resolve: (s: WeightScenario<UnitView>) => s.weight }),
    unitsChanged: t.int({ resolve: (s) => s.unitsChanged }),
    maxShift: t.int({ description: 'Largest move, in rank places.', resolve: (s) => s.maxShift }),
    meanShift: t.float({
      description: 'Mean |move| over the cohort, 4 decimals.',
      resolve: (s) => s.meanShift,
    }),
    moves: t.field({
      type: [RankMoveRef],
      description: 'Units that moved, biggest first.',
      resolve: (s) => s.moves,
    }),
  }),
});

const SensitivityRef = builder.objectRef<RankSensitivity>('RankSensitivity').implement({
  description:
    'Ranks by weighted share Σ wₖ·pointsₖ ÷ Σ wₖ·maxₖ over criteria groups, compared exactly with the ranks at equal weights, among the units ranked in every category (the others have no rank by total). Levels do not depend on weights.',
  fields: (t) => ({
    percent: t.exposeInt('percent'),
    cohortSize: t.int({
      description: 'Units ranked by total (in every category).',
      resolve: (s) => s.cohortSize,
    }),
    scenarios: t.field({
      type: [ScenarioRef],
      description: 'Per group, in document order: its weight up, then down.',
      resolve: (s) => s.scenarios,
    }),
  }),
});

builder.queryFields((t) => ({
  rankSensitivity: t.field({
    type: SensitivityRef,
    authScopes: cohortReaders,
    description: 'How many units change rank, and by how much, when one group’s weight moves ±percent.',
    args: {
      periodId: t.arg.globalID({ required: true, for: PeriodRef }),
      unitGroupId: t.arg.globalID({ required: true, for: UnitGroupRef }),
      setCode: t.arg.string({ validate: codeText }),
      percent: t.arg.int({ defaultValue: 10, description: 'Whole percentage, 1–50.' }),
    },
    resolve: (_root, args, context) =>
      rankSensitivity(context, {
        periodId: args.periodId.id,
        unitGroupId: args.unitGroupId.id,
        setCode: args.setCode ?? null,
        percent: args.percent ?? 10,
      }),
  }),
}));
