/**
 * Edits of a draft's tree, on a copy of its document. Each returns what it touched so the audit
 * can record the node before and after. The result is checked against the model by the caller.
 */
import type { CriteriaSet, NodeKind } from '@chiso/scoring';
import { problem } from '@chiso/scoring';
import { AppError, issueAt, validationFailed } from '../../errors.ts';

export type NodeObject = Record<string, unknown> & { code: string };

interface Located {
  node: NodeObject;
  kind: NodeKind;
  path: string;
  siblings: NodeObject[];
  index: number;
}

const CHILD_KIND: Record<NodeKind | 'set', { list: string; kind: NodeKind } | undefined> = {
  set: { list: 'categories', kind: 'category' },
  category: { list: 'groups', kind: 'group' },
  group: { list: 'criteria', kind: 'criterion' },
  criterion: { list: 'indicators', kind: 'indicator' },
  indicator: undefined,
};

const nodeNotFound = (code: string) =>
  new AppError('NOT_FOUND', {
    vi: `Không có tiêu chí hoặc nhóm có mã "${code}" trong phiên bản này.`,
    en: `This criteria version has no node with code "${code}".`,
  });

/** Every node with the list that holds it, parents before children. */
function* nodesOf(set: CriteriaSet): Generator<Located> {
  function* visit(list: NodeObject[], kind: NodeKind, prefix: string): Generator<Located> {
    for (const [index, node] of list.entries()) {
      const path = prefix ? `${prefix}/${node.code}` : node.code;
      yield { node, kind, path, siblings: list, index };
      const child = CHILD_KIND[kind];
      const children = child ? node[child.list] : undefined;
      if (child && Array.isArray(children)) yield* visit(children as NodeObject[], child.kind, path);
    }
  }
  yield* visit(set.categories as unknown as NodeObject[], 'category', '');
}

function locate(set: CriteriaSet, code: string): Located {
  for (const located of nodesOf(set)) if (located.node.code === code) return located;
  throw nodeNotFound(code);
}

/** The list a new child of `parentCode` goes into (null: the set's categories), created if absent. */
function childList(
  set: CriteriaSet,
  parentCode: string | null,
): { list: NodeObject[]; kind: NodeKind; path: string } {
  if (parentCode === null)
    return { list: set.categories as unknown as NodeObject[], kind: 'category', path: '(set)' };
  const parent = locate(set, parentCode);
  const child = CHILD_KIND[parent.kind];
  if (!child) {
    throw validationFailed([issueAt(parent.path, problem('INDICATOR_HAS_NO_CHILDREN'))]);
  }
  const existing = parent.node[child.list];
  if (Array.isArray(existing)) return { list: existing as NodeObject[], kind: child.kind, path: parent.path };
  const list: NodeObject[] = [];
  parent.node[child.list] = list;
  return { list, kind: child.kind, path: parent.path };
}

function checkPosition(position: number | undefined, length: number, path: string): number {
  if (position === undefined) return length;
  if (!Number.isInteger(position) || position < 0 || position > length) {
    throw validationFailed([issueAt(path, problem('POSITION_OUT_OF_RANGE', { length }))]);
  }
  return position;
}

export interface NodePatch {
  name?: string;
  nameEn?: string;
  maxPoints?: number;
  number?: number | null;
  weight?: number | null;
  method?: { vi: string; en: string } | null;
  rule?: unknown;
  evidence?: unknown;
}

const SCORED_ONLY = ['rule', 'evidence', 'method'] as const;

/** Changes some fields of one node; null removes an optional field. */
export function updateNode(set: CriteriaSet, code: string, patch: NodePatch) {
  const { node, kind, path } = locate(set, code);
  const before = structuredClone(withoutChildren(node));
  for (const field of SCORED_ONLY) {
    if (patch[field] !== undefined && kind !== 'criterion' && kind !== 'indicator') {
      throw validationFailed([issueAt(path, problem('NODE_FIELD_NOT_HERE', { field, kind }))]);
    }
  }
  if (patch.number !== undefined && kind !== 'criterion') {
    throw validationFailed([issueAt(path, problem('NODE_NUMBER_NOT_HERE', { kind }))]);
  }
  const name = node.name as { vi: string; en: string };
  if (patch.name !== undefined || patch.nameEn !== undefined) {
    node.name = { vi: patch.name ?? name.vi, en: patch.nameEn ?? name.en };
  }
  if (patch.maxPoints !== undefined) node.maxPoints = patch.maxPoints;
  for (const field of ['number', 'weight', 'method', 'rule', 'evidence'] as const) {
    const value = patch[field];
    if (value === null) delete node[field];
    else if (value !== undefined) node[field] = value;
  }
  return { path, before, after: withoutChildren(node) };
}

/** Inserts a node (with any children it carries) under a parent, at a position among its siblings. */
export function addNode(set: CriteriaSet, parentCode: string | null, node: unknown, position?: number) {
  if (
    typeof node !== 'object' ||
    node === null ||
    Array.isArray(node) ||
    typeof (node as NodeObject).code !== 'string'
  ) {
    throw validationFailed([issueAt(parentCode ?? '(set)', problem('NODE_NOT_AN_OBJECT'))]);
  }
  const target = childList(set, parentCode);
  const at = checkPosition(position, target.list.length, target.path);
  target.list.splice(at, 0, node as NodeObject);
  return { kind: target.kind, after: node };
}

/** Removes a node and everything under it. */
export function removeNode(set: CriteriaSet, code: string) {
  const { node, siblings, index, path } = locate(set, code);
  siblings.splice(index, 1);
  // A criterion without indicators is scored by its own rule: drop the empty list rather than keep it.
  if (siblings.length === 0) dropEmptyIndicators(set);
  return { path, before: node };
}

/** Moves a node under another parent of the right kind (or reorders it), at a position there. */
export function moveNode(set: CriteriaSet, code: string, parentCode: string | null, position: number) {
  const from = locate(set, code);
  const target = childList(set, parentCode);
  if (target.kind !== from.kind) {
    throw validationFailed([
      issueAt(
        from.path,
        problem('NODE_MISPLACED', { kind: from.kind, target: target.kind, under: target.path }),
      ),
    ]);
  }
  from.siblings.splice(from.index, 1);
  const at = checkPosition(position, target.list.length, target.path);
  target.list.splice(at, 0, from.node);
  dropEmptyIndicators(set);
  return {
    before: { path: from.path, position: from.index },
    after: { path: locate(set, code).path, position: at },
  };
}

/** Replaces a category's level rules (Mức 1–4). */
export function setLevelRules(set: CriteriaSet, categoryCode: string, levels: unknown) {
  const { node, kind, path } = locate(set, categoryCode);
  if (kind !== 'category') {
    throw validationFailed([issueAt(path, problem('NODE_LEVELS_NOT_HERE', { kind }))]);
  }
  const before = node.levels;
  node.levels = levels;
  return { path, before, after: levels };
}

function dropEmptyIndicators(set: CriteriaSet) {
  for (const { node, kind } of nodesOf(set)) {
    if (kind === 'criterion' && Array.isArray(node.indicators) && node.indicators.length === 0)
      delete node.indicators;
  }
}

function withoutChildren(node: NodeObject): Record<string, unknown> {
  const { groups: _g, criteria: _c, indicators: _i, ...own } = node;
  return own;
}
