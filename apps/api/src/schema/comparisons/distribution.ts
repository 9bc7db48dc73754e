// distribution: how one node spreads across a published cohort.

import { cohortReaders } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import { type NodeDistribution, nodeDistribution } from '../../services/comparisons/distribution.ts';
import { decimal } from '../common.ts';
import { ComparisonColumnRef, cohortArgs, cohortOf } from './common.ts';

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

builder.queryFields((t) => ({
  distribution: t.field({
    type: DistributionRef,
    authScopes: cohortReaders,
    description: 'How a criterion, group or category spreads across a published cohort.',
    args: { ...cohortArgs(t), nodeCode: t.arg.string({ required: true }) },
    resolve: (_root, args, context) =>
      nodeDistribution(context, { ...cohortOf(args), nodeCode: args.nodeCode }),
  }),
}));
