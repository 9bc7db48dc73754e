import { deepEqual } from './equal.ts';
import type { CriteriaSet, NodeKind } from './model/index.ts';
import { type SetNode, walkSet } from './model/walk.ts';

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
    if (previous.path !== path) fields.unshift('position');
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
