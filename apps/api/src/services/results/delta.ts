import type { NodeKind } from '@chiso/db';

interface Side {
  nodeCode: string;
  kind: NodeKind;
  points: number;
  maxPoints: number;
  level: number | null;
}

export interface NodeDeltaView {
  code: string;
  kind: NodeKind;
  before: Side | null;
  after: Side | null;
  /** after − before, hundredths; a node on one side only counts as 0 on the other. */
  delta: number;
  status: 'ADDED' | 'REMOVED' | 'CHANGED' | 'UNCHANGED';
}

/**
 * Node by node, matched by code (as compareResults does), from materialised rows: the previous
 * period's result was published from its own criteria version and stays as it was.
 */
export function compareRows(before: readonly Side[], after: readonly Side[]): NodeDeltaView[] {
  const old = new Map(before.map((row) => [row.nodeCode, row]));
  const deltas: NodeDeltaView[] = after.map((row) => {
    const previous = old.get(row.nodeCode) ?? null;
    return {
      code: row.nodeCode,
      kind: row.kind,
      before: previous,
      after: row,
      delta: row.points - (previous?.points ?? 0),
      status: !previous
        ? 'ADDED'
        : previous.points === row.points &&
            previous.maxPoints === row.maxPoints &&
            previous.level === row.level
          ? 'UNCHANGED'
          : 'CHANGED',
    };
  });
  const current = new Set(after.map((row) => row.nodeCode));
  for (const row of before) {
    if (!current.has(row.nodeCode)) {
      deltas.push({
        code: row.nodeCode,
        kind: row.kind,
        before: row,
        after: null,
        delta: -row.points,
        status: 'REMOVED',
      });
    }
  }
  return deltas;
}
