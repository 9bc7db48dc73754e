import type { NodeKind } from '@chiso/db';
import type { Context } from '../../context.ts';
import { type CohortMember, type Column, compareText, loadCohort, type UnitView } from './cohort.ts';

export type MatchStatus = 'BOTH' | 'ADDED' | 'REMOVED';

export interface UnitDelta {
  unit: UnitView;
  status: MatchStatus;
  /** Hundredths; null on the side the unit has no published result. */
  before: number | null;
  after: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  /** Aligned with the comparison's columns; null where a side is missing. */
  nodesBefore: Array<number | null>;
  nodesAfter: Array<number | null>;
}

export interface PeriodComparison {
  from: { code: string; name: string } | null;
  to: { code: string; name: string } | null;
  nodeKind: NodeKind;
  /** The newer period's nodes of that kind. */
  columns: Column[];
  /** Nodes only the older period had: listed, never dropped silently. */
  removedNodes: Column[];
  units: UnitDelta[];
}

/**
 * Two published periods of a group, unit by unit (matched by unit id) and node by node (matched
 * by code). Lineage across renames and merges is not followed yet: a successor shows as ADDED.
 */
export async function periodComparison(
  context: Context,
  input: {
    fromPeriodId: string;
    toPeriodId: string;
    unitGroupId: string;
    nodeKind: NodeKind;
    setCode?: string | null | undefined;
  },
): Promise<PeriodComparison> {
  const load = (periodId: string) =>
    loadCohort(context.db, {
      periodId,
      unitGroupId: input.unitGroupId,
      setCode: input.setCode,
      nodeKinds: [input.nodeKind],
    });
  const [before, after] = await Promise.all([load(input.fromPeriodId), load(input.toPeriodId)]);
  const ofKind = (columns: Column[]) => columns.filter((column) => column.kind === input.nodeKind);
  const columns = ofKind(after.columns);
  const current = new Set(columns.map((column) => column.code));
  const values = (member: CohortMember | undefined) =>
    columns.map((column) => (member ? (member.nodes.get(column.code)?.points ?? null) : null));
  const old = new Map(before.members.map((member) => [member.unit.id, member]));
  const units: UnitDelta[] = after.members.map((member) => {
    const previous = old.get(member.unit.id);
    return {
      unit: member.unit,
      status: previous ? 'BOTH' : 'ADDED',
      before: previous?.points ?? null,
      after: member.points,
      rankBefore: previous?.rank ?? null,
      rankAfter: member.rank,
      nodesBefore: values(previous),
      nodesAfter: values(member),
    };
  });
  const now = new Set(after.members.map((member) => member.unit.id));
  for (const member of before.members) {
    if (now.has(member.unit.id)) continue;
    units.push({
      unit: member.unit,
      status: 'REMOVED',
      before: member.points,
      after: null,
      rankBefore: member.rank,
      rankAfter: null,
      nodesBefore: values(member),
      nodesAfter: values(undefined),
    });
  }
  units.sort(
    (a, b) =>
      (a.rankAfter ?? 1e9) - (b.rankAfter ?? 1e9) ||
      (a.rankBefore ?? 1e9) - (b.rankBefore ?? 1e9) ||
      compareText(a.unit.code, b.unit.code),
  );
  return {
    from: before.period && { code: before.period.code, name: before.period.name },
    to: after.period && { code: after.period.code, name: after.period.name },
    nodeKind: input.nodeKind,
    columns,
    removedNodes: ofKind(before.columns).filter((column) => !current.has(column.code)),
    units,
  };
}

/** after − before in hundredths, when both sides exist. */
export const difference = (before: number | null, after: number | null) =>
  before === null || after === null ? null : after - before;
