import { deepEqual } from './equal.ts';
import type { CriteriaSet, NodeKind } from './model/index.ts';
import { childrenOf, type SetNode, walkSet } from './model/walk.ts';

/** One value that differs: `field` is its place in the node ("maxPoints", "rule.steps[1].points"). */
export interface ValueChange {
  field: string;
  /** A string, number or boolean; null where the value is absent on that side. */
  before: string | number | boolean | null;
  after: string | number | boolean | null;
}

export interface NodeChange {
  code: string;
  kind: NodeKind;
  path: string;
  /** Which of the node's own fields differ (children are compared as nodes of their own). */
  fields: string[];
  /** Each differing value of those fields, old and new, down to single numbers and texts. */
  values: ValueChange[];
}

export interface SetDiff {
  added: Array<{ code: string; kind: NodeKind; path: string }>;
  removed: Array<{ code: string; kind: NodeKind; path: string }>;
  changed: NodeChange[];
}

const CHILD_LISTS = new Set(['categories', 'groups', 'criteria', 'indicators']);

/** What changed between two versions of a criteria set, node by node, matched by code. */
export function diffSets(before: CriteriaSet, after: CriteriaSet): SetDiff {
  const old = new Map([...walkSet(before)].map((visited) => [visited.node.code, visited]));
  const moved = reordered(before, after);
  const diff: SetDiff = { added: [], removed: [], changed: [] };
  const present = new Set<string>();
  for (const { node, kind, path } of walkSet(after)) {
    present.add(node.code);
    const previous = old.get(node.code);
    if (!previous) {
      diff.added.push({ code: node.code, kind, path });
      continue;
    }
    const fields = changedFields(previous.node, node);
    const values = fields.flatMap((field) =>
      valueChanges(field, ownField(previous.node, field), ownField(node, field)),
    );
    if (previous.path !== path || moved.has(node.code)) fields.unshift('position');
    if (fields.length > 0) diff.changed.push({ code: node.code, kind, path, fields, values });
  }
  for (const { node, kind, path } of old.values()) {
    if (!present.has(node.code)) diff.removed.push({ code: node.code, kind, path });
  }
  return diff;
}

const ownField = (node: SetNode, key: string) => (node as Record<string, unknown>)[key];

function changedFields(before: SetNode, after: SetNode): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => !CHILD_LISTS.has(key))
    .filter((key) => !deepEqual(ownField(before, key), ownField(after, key)));
}

type Leaf = string | number | boolean | null;

/**
 * The leaves that differ under one place, each with its dotted place. Objects and lists are
 * walked on both sides together, so a new step shows as its min and points (from "—").
 */
function valueChanges(place: string, before: unknown, after: unknown): ValueChange[] {
  if (isLeaf(before) && isLeaf(after))
    return deepEqual(before, after) ? [] : [{ field: place, before: leaf(before), after: leaf(after) }];
  const keys = [...new Set([...childKeys(before), ...childKeys(after)])];
  return keys.flatMap((key) => {
    const child = typeof key === 'number' ? `${place}[${key}]` : `${place}.${key}`;
    return valueChanges(child, childOf(before, key), childOf(after, key));
  });
}

const isLeaf = (value: unknown) => value === null || typeof value !== 'object';
const leaf = (value: unknown): Leaf =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;

function childKeys(value: unknown): Array<string | number> {
  if (Array.isArray(value)) return value.map((_item, index) => index);
  return value !== null && typeof value === 'object' ? Object.keys(value) : [];
}

function childOf(value: unknown, key: string | number): unknown {
  if (isLeaf(value)) return undefined;
  return (value as Record<string | number, unknown>)[key];
}

/**
 * Nodes that changed places among siblings kept under the same parent: those outside the longest
 * common order of the shared siblings (moving one criterion up marks that one, not all it passed).
 */
function reordered(before: CriteriaSet, after: CriteriaSet): Set<string> {
  const siblings = (set: CriteriaSet) => {
    const lists = new Map<string, string[]>([['', set.categories.map((node) => node.code)]]);
    for (const { node } of walkSet(set))
      lists.set(
        node.code,
        childrenOf(node).map((child) => child.code),
      );
    return lists;
  };
  const older = siblings(before);
  const moved = new Set<string>();
  for (const [parent, codes] of siblings(after)) {
    const previous = older.get(parent);
    if (!previous) continue;
    const kept = new Set(previous);
    const now = codes.filter((code) => kept.has(code));
    const shared = new Set(now);
    const then = previous.filter((code) => shared.has(code));
    const inOrder = commonOrder(then, now);
    for (const code of now) if (!inOrder.has(code)) moved.add(code);
  }
  return moved;
}

/** The longest common subsequence of two code lists (sibling lists are short: O(n²) is nothing). */
function commonOrder(a: readonly string[], b: readonly string[]): Set<string> {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (lengths[i] as number[])[j] =
        a[i] === b[j]
          ? ((lengths[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lengths[i + 1] as number[])[j] as number, (lengths[i] as number[])[j + 1] as number);
  const common = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common.add(a[i] as string);
      i++;
      j++;
    } else if (((lengths[i + 1] as number[])[j] as number) >= ((lengths[i] as number[])[j + 1] as number))
      i++;
    else j++;
  }
  return common;
}
