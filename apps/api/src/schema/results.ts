import type { AssessmentResult } from '@chiso/db';
import { assessmentsInScope } from '../auth/provinces.ts';
import { cohortReaders } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import { loadCriteria } from '../services/assessments/criteria.ts';
import { storedReasons } from '../services/assessments/not-submitted.ts';
import { compareRows, type NodeDeltaView } from '../services/results/delta.ts';
import {
  type NodeScore,
  nodesOfRows,
  notRankedOfRows,
  type Reason,
  share,
} from '../services/results/view.ts';
import { LocalizedTextRef, points } from './common.ts';
import { NotRankedReasonRef, type NotRankedView, notRankedViews } from './not-ranked.ts';

const ResultNodeKindEnum = builder.enumType('ResultNodeKind', {
  description: 'Category (hạng mục), group (nhóm tiêu chí), criterion (tiêu chí) or indicator (chỉ tiêu).',
  values: ['CATEGORY', 'GROUP', 'CRITERION', 'INDICATOR'] as const,
});

const LevelConditionRef = builder.objectRef<Reason>('LevelConditionOutcome').implement({
  description: 'A condition of a level (Mức) and how the unit stood against it.',
  fields: (t) => ({
    kind: t.string({
      description: 'groupPoints, groupShare or combinedShare',
      resolve: (r) => r.outcome.condition.kind,
    }),
    groups: t.stringList({
      resolve: (r) =>
        r.outcome.condition.kind === 'combinedShare'
          ? r.outcome.condition.groups
          : [r.outcome.condition.group],
    }),
    minPercent: t.float({
      nullable: true,
      resolve: (r) => (r.outcome.condition.kind === 'groupPoints' ? null : r.outcome.condition.minPercent),
    }),
    minPoints: t.float({
      nullable: true,
      resolve: (r) => (r.outcome.condition.kind === 'groupPoints' ? r.outcome.condition.min : null),
    }),
    points: t.float({ resolve: (r) => points(r.outcome.points) }),
    maxPoints: t.float({ resolve: (r) => points(r.outcome.maxPoints) }),
    met: t.boolean({ resolve: (r) => r.outcome.met }),
    text: t.string({ description: "In the caller's language.", resolve: (r, _a, c) => r.text[c.locale] }),
  }),
});

export const NodeScoreRef = builder.objectRef<NodeScore>('NodeScore').implement({
  description: 'Points of one node of the criteria tree for one unit; categories also carry their level.',
  fields: (t) => ({
    code: t.exposeString('code'),
    kind: t.field({ type: ResultNodeKindEnum, resolve: (node) => node.kind }),
    path: t.exposeString('path', { description: 'Codes from the category down: "SS/SS.HT/SS.03".' }),
    name: t.field({ type: LocalizedTextRef, resolve: (node) => node.name }),
    points: t.float({ resolve: (node) => points(node.points) }),
    maxPoints: t.float({ description: 'The applicable maximum.', resolve: (node) => points(node.maxPoints) }),
    share: t.float({
      description: 'points ÷ maxPoints, 4 decimals.',
      resolve: (node) => share(node.points, node.maxPoints),
    }),
    level: t.int({
      nullable: true,
      description: 'Categories: the level (Mức) reached; null when not ranked or not a category.',
      resolve: (node) => node.level ?? null,
    }),
    notRanked: t.boolean({
      description:
        'A category with level rules whose lowest level is not reached (không được xếp hạng): it has no rank.',
      resolve: (node) => node.level === null,
    }),
    notRankedReasons: t.field({
      type: [NotRankedReasonRef],
      description: 'Categories: why the unit has no rank there; empty when it has one.',
      resolve: (node) => notRankedViews(node.notRanked, node.nodeName),
    }),
    levelText: t.string({
      nullable: true,
      description: '"Mức 3", or "Không được xếp hạng — <reasons>", in the caller\'s language.',
      resolve: (node, _args, context) => node.levelText?.[context.locale] ?? null,
    }),
    notRankedReason: t.string({
      nullable: true,
      description: "Why the category is not ranked, in the caller's language.",
      resolve: (node, _args, context) =>
        node.level === null ? node.reasons.map((reason) => reason.text[context.locale]).join('; ') : null,
    }),
    notRankedConditions: t.field({
      type: [LevelConditionRef],
      description: 'The failing conditions, structured (empty unless not ranked).',
      resolve: (node) => node.reasons,
    }),
    rank: t.int({
      nullable: true,
      description:
        'Published categories: rank of its points among the units of the group ranked in it (ties share); null when not ranked there.',
      resolve: (node) => node.rank ?? null,
    }),
    overridden: t.boolean({
      description: 'Scored nodes: points set by a reviewer.',
      resolve: (node) => node.overridden === true,
    }),
  }),
});

const DeltaStatusEnum = builder.enumType('DeltaStatus', {
  values: ['ADDED', 'REMOVED', 'CHANGED', 'UNCHANGED'] as const,
});

const NodeDeltaRef = builder.objectRef<NodeDeltaView>('NodeDelta').implement({
  description: "One node's change since the previous period, matched by code.",
  fields: (t) => ({
    code: t.exposeString('code'),
    kind: t.field({ type: ResultNodeKindEnum, resolve: (d) => d.kind }),
    before: t.float({ nullable: true, resolve: (d) => (d.before ? points(d.before.points) : null) }),
    after: t.float({ nullable: true, resolve: (d) => (d.after ? points(d.after.points) : null) }),
    beforeLevel: t.int({ nullable: true, resolve: (d) => d.before?.level ?? null }),
    afterLevel: t.int({ nullable: true, resolve: (d) => d.after?.level ?? null }),
    delta: t.float({ description: 'after − before in points.', resolve: (d) => points(d.delta) }),
    status: t.field({ type: DeltaStatusEnum, resolve: (d) => d.status }),
  }),
});

interface DeltaView {
  previous: {
    periodCode: string;
    periodName: string;
    endsOn: Date;
    result: { points: number; maxPoints: number; rank: number | null };
  };
  points: number;
  nodes: NodeDeltaView[];
}

const ResultDeltaRef = builder.objectRef<DeltaView>('ResultDelta').implement({
  description: "Change against the same unit's published result in the previous period (same criteria set).",
  fields: (t) => ({
    previousPeriodCode: t.string({ resolve: (d) => d.previous.periodCode }),
    previousPeriodName: t.string({ resolve: (d) => d.previous.periodName }),
    previousPoints: t.float({ resolve: (d) => points(d.previous.result.points) }),
    previousMaxPoints: t.float({ resolve: (d) => points(d.previous.result.maxPoints) }),
    previousRank: t.int({ nullable: true, resolve: (d) => d.previous.result.rank }),
    points: t.float({ description: 'Total now − total then, in points.', resolve: (d) => points(d.points) }),
    nodes: t.field({ type: [NodeDeltaRef], resolve: (d) => d.nodes }),
  }),
});

interface ResultView {
  row: AssessmentResult;
  nodes: NodeScore[];
  notRanked: NotRankedView[];
  delta: DeltaView | null;
}

const AssessmentResultRef = builder.objectRef<ResultView>('AssessmentResult').implement({
  description: 'The published result: reviewed points, ranked within the unit group.',
  fields: (t) => ({
    points: t.float({ resolve: (r) => points(r.row.points) }),
    maxPoints: t.float({ resolve: (r) => points(r.row.maxPoints) }),
    index: t.float({ description: 'points ÷ maxPoints, 4 decimals.', resolve: (r) => Number(r.row.index) }),
    band: t.string({ nullable: true, resolve: (r) => r.row.band }),
    rank: t.int({
      nullable: true,
      description:
        'By total within the unit group (ties share a rank), among units ranked in every category; null otherwise (không xếp hạng chung).',
      resolve: (r) => r.row.rank,
    }),
    notRankedReasons: t.field({
      type: [NotRankedReasonRef],
      description: 'Why the unit has no rank by total; empty when it has one.',
      resolve: (r) => r.notRanked,
    }),
    computedAt: t.field({ type: 'DateTime', resolve: (r) => r.row.computedAt }),
    categories: t.field({
      type: [NodeScoreRef],
      resolve: (r) => r.nodes.filter((node) => node.kind === 'CATEGORY'),
    }),
    nodes: t.field({
      type: [NodeScoreRef],
      description: 'Every node, parents before children, in document order (each with its path).',
      args: { kind: t.arg({ type: ResultNodeKindEnum }) },
      resolve: (r, args) => (args.kind ? r.nodes.filter((node) => node.kind === args.kind) : r.nodes),
    }),
    delta: t.field({
      type: ResultDeltaRef,
      nullable: true,
      description: 'Null when the unit has no published result in an earlier period.',
      resolve: (r) => r.delta,
    }),
  }),
});

const nodeColumns = { nodeCode: true, kind: true, points: true, maxPoints: true, level: true } as const;

builder.prismaObjectFields('Assessment', (t) => ({
  result: t.field({
    type: AssessmentResultRef,
    nullable: true,
    description: 'The published result, or null before publication (and after a reopen).',
    // Everything in one selection, so a page of assessments loads results and the previous
    // period's results in a fixed number of statements.
    select: {
      result: true,
      resultNodes: true,
      version: { select: { id: true, revision: true, setId: true } },
      period: { select: { endsOn: true } },
      unit: {
        select: {
          assessments: {
            where: { result: { isNot: null } },
            select: {
              id: true,
              period: { select: { code: true, name: true, endsOn: true } },
              version: { select: { setId: true } },
              result: { select: { points: true, maxPoints: true, rank: true } },
              resultNodes: { select: nodeColumns },
            },
          },
        },
      },
    },
    resolve: async (assessment, _args, context) => {
      if (!assessment.result) return null;
      const set = await loadCriteria(context.db, assessment.version);
      const previous = assessment.unit.assessments
        .filter(
          (other) =>
            other.version.setId === assessment.version.setId &&
            other.period.endsOn < assessment.period.endsOn &&
            other.result !== null,
        )
        .sort((a, b) => b.period.endsOn.getTime() - a.period.endsOn.getTime())[0];
      const delta: DeltaView | null = previous?.result
        ? {
            previous: {
              periodCode: previous.period.code,
              periodName: previous.period.name,
              endsOn: previous.period.endsOn,
              result: previous.result,
            },
            points: assessment.result.points - previous.result.points,
            nodes: compareRows(previous.resultNodes, assessment.resultNodes),
          }
        : null;
      // A reason stored on the result (NOT_SUBMITTED) holds in every category and overall.
      const external = storedReasons(assessment.result.notRankedCode);
      const nodes = nodesOfRows(set, assessment.resultNodes, external);
      const names = new Map(nodes.map((node) => [node.code, node.name]));
      const notRanked = notRankedViews(notRankedOfRows(set, assessment.resultNodes, external), (code) =>
        names.get(code),
      );
      return { row: assessment.result, nodes, notRanked, delta };
    },
  }),
}));

builder.queryFields((t) => ({
  ranking: t.prismaConnection({
    type: 'Assessment',
    cursor: 'id',
    description:
      "A unit group's published results in a period, best first (ties share a rank). Published data: every signed-in role and dashboards.",
    authScopes: cohortReaders,
    args: {
      periodId: t.arg.globalID({ required: true, description: 'The Period.' }),
      unitGroupId: t.arg.globalID({ required: true, description: 'The UnitGroup.' }),
    },
    resolve: (query, _root, args, context) =>
      context.db.assessment.findMany({
        ...query,
        where: {
          periodId: args.periodId.id,
          unitGroupId: args.unitGroupId.id,
          status: 'PUBLISHED',
          result: { isNot: null },
          AND: [assessmentsInScope(context.viewer)],
        },
        orderBy: [{ result: { rank: 'asc' } }, { id: 'asc' }],
      }),
  }),
}));
