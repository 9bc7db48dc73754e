import { deepEqual } from './equal.ts';
import type { CriteriaSet, NodeKind } from './model/index.ts';
import { childrenOf, type SetNode, walkSet } from './model/walk.ts';

export interface NodeChange {
  code: string;
  kind: NodeKind;
  path: string;
  /** Which of the node's own fields differ (children are compared as nodes of their own). */
  fields: string[];
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
    if (previous.path !== path || moved.has(node.code)) fields.unshift('position');
    if (fields.length > 0) diff.changed.push({ code: node.code, kind, path, fields });
  }
  for (const { node, kind, path } of old.values()) {
    if (!present.has(node.code)) diff.removed.push({ code: node.code, kind, path });
  }
  return diff;
}

function changedFields(before: SetNode, after: SetNode): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => !CHILD_LISTS.has(key))
    .filter(
      (key) => !deepEqual((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]),
    );
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
