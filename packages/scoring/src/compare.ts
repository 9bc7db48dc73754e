import type { Hundredths } from './decimal.ts';
import type { NodeKind } from './model/index.ts';
import type { NodeResult, UnitResult } from './result.ts';

export type DeltaStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** One node's change between two results (two periods, or before and after a what-if). */
export interface NodeDelta {
  code: string;
  kind: NodeKind;
  path: string;
  before?: { points: Hundredths; maxPoints: Hundredths; level?: number | null };
  after?: { points: Hundredths; maxPoints: Hundredths; level?: number | null };
  /** after − before in hundredths; a node on one side only counts as 0 on the other. */
  delta: Hundredths;
  status: DeltaStatus;
  children: NodeDelta[];
}

export interface ResultDelta {
  points: Hundredths;
  categories: NodeDelta[];
}

/** Node-by-node delta, matched by code, so a criterion moved between groups is still compared. */
export function compareResults(before: UnitResult, after: UnitResult): ResultDelta {
  return {
    points: after.points - before.points,
    categories: compareLists(before.categories, after.categories),
  };
}

function compareLists(before: readonly NodeResult[], after: readonly NodeResult[]): NodeDelta[] {
  const old = new Map(before.map((node) => [node.code, node]));
  const deltas = after.map((node) => compareNodes(old.get(node.code), node));
  const current = new Set(after.map((node) => node.code));
  for (const node of before) if (!current.has(node.code)) deltas.push(compareNodes(node, undefined));
  return deltas;
}

function compareNodes(before: NodeResult | undefined, after: NodeResult | undefined): NodeDelta {
  const node = (after ?? before) as NodeResult;
  const children = compareLists(before?.children ?? [], after?.children ?? []);
  const delta = (after?.points ?? 0) - (before?.points ?? 0);
  const result: NodeDelta = {
    code: node.code,
    kind: node.kind,
    path: node.path,
    delta,
    status: !before
      ? 'added'
      : !after
        ? 'removed'
        : isUnchanged(before, after, children)
          ? 'unchanged'
          : 'changed',
    children,
  };
  if (before) result.before = snapshot(before);
  if (after) result.after = snapshot(after);
  return result;
}

function isUnchanged(before: NodeResult, after: NodeResult, children: readonly NodeDelta[]): boolean {
  return (
    before.points === after.points &&
    before.maxPoints === after.maxPoints &&
    before.level?.level === after.level?.level &&
    children.every((child) => child.status === 'unchanged')
  );
}

function snapshot(node: NodeResult): NonNullable<NodeDelta['before']> {
  const values: NonNullable<NodeDelta['before']> = { points: node.points, maxPoints: node.maxPoints };
  if (node.level) values.level = node.level.level;
  return values;
}
