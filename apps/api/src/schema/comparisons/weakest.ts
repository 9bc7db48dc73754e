// weakestCriteria: where a published cohort loses the most points, and what kept units unranked.

import { ratio } from '@chiso/scoring';
import { cohortReaders } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import { type WeakestCriteria, weakestCriteria } from '../../services/comparisons/weakest.ts';
import { LocalizedTextRef, points } from '../common.ts';
import { BlockingGroupRef, blockingOf, cohortArgs, cohortOf } from './common.ts';

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

builder.queryFields((t) => ({
  weakestCriteria: t.field({
    type: WeakestRef,
    authScopes: cohortReaders,
    description:
      'Criteria losing the most points across a published cohort, and the groups that kept units unranked.',
    args: { ...cohortArgs(t), limit: t.arg.int({ defaultValue: 10 }) },
    resolve: (_root, args, context) =>
      weakestCriteria(context, { ...cohortOf(args), limit: Math.min(Math.max(args.limit ?? 10, 1), 200) }),
  }),
}));
