import type { NodeKind, ResultNode } from '@chiso/db';
import {
  type ConditionOutcome,
  type CriteriaSet,
  categoryNotRanked,
  describeCondition,
  describeLevel,
  type LocalizedText,
  type NodeResult,
  type NotRankedReason,
  ratio,
  unitNotRanked,
} from '@chiso/scoring';
import { nodeLabels } from '../assessments/criteria.ts';

/** One node's score as the API shows it, whether computed now (preview) or materialised (result). */
export interface NodeScore {
  code: string;
  kind: NodeKind;
  path: string;
  name: LocalizedText;
  /** Hundredths. */
  points: number;
  maxPoints: number;
  /** Categories with level rules: the level reached, null when not ranked; undefined otherwise. */
  level?: number | null;
  /** When not ranked: the conditions that failed, each with its sentence. */
  reasons: Reason[];
  levelText?: LocalizedText;
  /** Categories: why the unit has no rank there (empty when it has one). */
  notRanked: NotRankedReason[];
  /** Names the set's categories and groups (what the reasons refer to). */
  nodeName: GroupName;
  rank?: number | null;
  overridden?: boolean;
}

export interface Reason {
  outcome: ConditionOutcome;
  text: LocalizedText;
}

type GroupName = (code: string) => LocalizedText | undefined;

function describeReasons(reasons: readonly ConditionOutcome[], groupName: GroupName): Reason[] {
  return reasons.map((outcome) => ({
    outcome,
    text: {
      vi: describeCondition(outcome, groupName, 'vi'),
      en: describeCondition(outcome, groupName, 'en'),
    },
  }));
}

/** points ÷ max, 4 decimals (0 when nothing applies). */
export const share = (points: number, max: number) => ratio(points, max);

const KIND: Record<NodeResult['kind'], NodeKind> = {
  category: 'CATEGORY',
  group: 'GROUP',
  criterion: 'CRITERION',
  indicator: 'INDICATOR',
};

/** A computed tree, flattened parents first, with describeLevel's sentences in both languages. */
export function nodesOfResult(categories: readonly NodeResult[]): NodeScore[] {
  const nodes: NodeScore[] = [];
  const names = new Map(
    categories.flatMap((category) => [category, ...category.children]).map((n) => [n.code, n.name]),
  );
  const nodeName: GroupName = (code) => names.get(code);
  const visit = (node: NodeResult, category: NodeResult) => {
    const view: NodeScore = {
      code: node.code,
      kind: KIND[node.kind],
      path: node.path,
      name: node.name,
      points: node.points,
      maxPoints: node.maxPoints,
      reasons:
        node.level?.level === null
          ? describeReasons(
              node.level.reasons,
              (code) => node.children.find((child) => child.code === code)?.name,
            )
          : [],
      notRanked: node.notRanked ?? [],
      nodeName,
    };
    if (node.level) {
      view.level = node.level.level;
      view.levelText = { vi: describeLevel(category, 'vi') ?? '', en: describeLevel(category, 'en') ?? '' };
    }
    if (node.overridden) view.overridden = true;
    nodes.push(view);
    for (const child of node.children) visit(child, category);
  };
  for (const category of categories) visit(category, category);
  return nodes;
}

type StoredNode = Pick<
  ResultNode,
  'nodeCode' | 'kind' | 'points' | 'maxPoints' | 'level' | 'notRankedReason' | 'rank'
>;

/** A stored category as the not-ranked rule reads it: neither a level nor reasons = no level rules. */
const standingFacts = (row: StoredNode) => ({
  code: row.nodeCode,
  level: row.level === null && row.notRankedReason === null ? undefined : row.level,
  conditions: (row.notRankedReason ?? null) as unknown as ConditionOutcome[] | null,
});

/**
 * Why a published unit has no overall rank: the categories it is not ranked in, after the reasons
 * decided outside the scoring (`external`, none stored yet).
 */
/** Why a unit has no overall rank, category by category in the set's document order. */
export function notRankedOfRows(
  set: CriteriaSet,
  rows: readonly StoredNode[],
  external: readonly NotRankedReason[] = [],
): NotRankedReason[] {
  const categories = inDocumentOrder(nodeLabels(set), rows).filter((row) => row.kind === 'CATEGORY');
  return unitNotRanked(categories.map(standingFacts), external);
}

/** Stored rows come in whatever order the database answers; readers expect the document's. */
function inDocumentOrder<Row extends { nodeCode: string }>(
  labels: ReturnType<typeof nodeLabels>,
  rows: readonly Row[],
): Row[] {
  const order = new Map([...labels.keys()].map((code, index) => [code, index]));
  return [...rows].sort((a, b) => (order.get(a.nodeCode) ?? 1e9) - (order.get(b.nodeCode) ?? 1e9));
}

/** Materialised rows, in the set's document order, described as the preview would describe them. */
export function nodesOfRows(
  set: CriteriaSet,
  rows: readonly StoredNode[],
  external: readonly NotRankedReason[] = [],
): NodeScore[] {
  const labels = nodeLabels(set);
  const groupName = (code: string) => labels.get(code)?.name;
  return inDocumentOrder(labels, rows).map((row) => {
    const label = labels.get(row.nodeCode);
    const reasons = (row.notRankedReason ?? []) as unknown as ConditionOutcome[];
    const view: NodeScore = {
      code: row.nodeCode,
      kind: row.kind,
      path: label?.path ?? row.nodeCode,
      name: label?.name ?? { vi: row.nodeCode, en: row.nodeCode },
      points: row.points,
      maxPoints: row.maxPoints,
      reasons: row.level === null ? describeReasons(reasons, groupName) : [],
      notRanked: row.kind === 'CATEGORY' ? categoryNotRanked(standingFacts(row), external) : [],
      nodeName: groupName,
      rank: row.rank,
    };
    if (row.kind === 'CATEGORY' && (row.level !== null || row.notRankedReason !== null)) {
      view.level = row.level;
      view.levelText = {
        vi: levelText(row.level, reasons, groupName, 'vi'),
        en: levelText(row.level, reasons, groupName, 'en'),
      };
    }
    return view;
  });
}

/** The same sentence describeLevel gives for a computed category. */
function levelText(
  level: number | null,
  reasons: readonly ConditionOutcome[],
  groupName: GroupName,
  locale: 'vi' | 'en',
): string {
  if (level !== null) return locale === 'vi' ? `Mức ${level}` : `Level ${level}`;
  const text = reasons.map((reason) => describeCondition(reason, groupName, locale)).join('; ');
  return locale === 'vi' ? `Không được xếp hạng — ${text}` : `Not ranked — ${text}`;
}
