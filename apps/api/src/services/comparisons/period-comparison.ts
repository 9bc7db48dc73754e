import type { NodeKind } from '@chiso/db';
import { combinePredecessors, correspondNodes, type LineageRule } from '@chiso/scoring';
import { provinceOf } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { storedMappings } from '../criteria/code-mapping.ts';
import {
  type Cohort,
  type CohortMember,
  type Column,
  compareText,
  loadCohorts,
  type UnitView,
} from './cohort.ts';
import { derived } from './derived.ts';
import { type LineageStatus, loadLineage } from './lineage.ts';

/**
 * BOTH: the same unit in both periods; RENAMED: one whole predecessor; MERGED: several predecessors,
 * combined by the rule; SPLIT: one predecessor that only partly went into this unit (flagged, its
 * whole past shown); ADDED: no result and no lineage earlier; REMOVED: no result later and no successor.
 */
type MatchStatus = 'BOTH' | 'ADDED' | 'REMOVED' | LineageStatus;

export interface PredecessorValue {
  unit: UnitView;
  partial: boolean;
  /** Hundredths; null when the predecessor has no published result in the earlier period. */
  points: number | null;
  rank: number | null;
}

export interface UnitDelta {
  unit: UnitView;
  status: MatchStatus;
  /** Hundredths; null on the side the unit has no published result. For MERGED: the rule's value. */
  before: number | null;
  after: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  /** Aligned with the comparison's columns; null where a side is missing. */
  nodesBefore: Array<number | null>;
  nodesAfter: Array<number | null>;
  /** The earlier units this one came from (empty for BOTH, ADDED, REMOVED). */
  predecessors: PredecessorValue[];
  /** Some predecessor also went, in part, into other units. */
  partial: boolean;
  /** Some predecessor has no published result: `before` rests on the others only. */
  incomplete: boolean;
}

export interface PeriodComparison {
  from: { code: string; name: string } | null;
  to: { code: string; name: string } | null;
  nodeKind: NodeKind;
  /** How a merged unit's past is built from its predecessors. */
  rule: LineageRule;
  followLineage: boolean;
  /** The newer period's nodes of that kind. */
  columns: Column[];
  /** Older nodes with no counterpart in the newer version: listed, never dropped silently. */
  removedNodes: Column[];
  /** Newer nodes with no counterpart in the older version (their `before` is null). */
  addedNodes: Column[];
  /** The criteria version of each period (labels), and whether a stored code mapping joined them. */
  versions: { from: string | null; to: string | null; mapped: boolean };
  /** Newer nodes whose past comes from other codes: renamed or merged criteria. */
  remappedNodes: Array<{ code: string; fromCodes: string[] }>;
  units: UnitDelta[];
}

/**
 * Two published periods of a group, unit by unit and node by node (matched by code). Units are
 * matched by id, then through lineage events between the periods (renames, merges, splits), in at
 * most four SQL statements whatever the cohort size: both periods in one while they are kept
 * (snapshot.ts), one more for each built, the lineage when some unit is unmatched.
 */
export async function periodComparison(
  context: Context,
  input: {
    fromPeriodId: string;
    toPeriodId: string;
    unitGroupId: string;
    nodeKind: NodeKind;
    setCode?: string | null | undefined;
    rule?: LineageRule | undefined;
    followLineage?: boolean | undefined;
  },
): Promise<PeriodComparison> {
  const rule = input.rule ?? 'MEAN';
  const followLineage = input.followLineage ?? true;
  const cohortOf = (periodId: string) => ({
    periodId,
    unitGroupId: input.unitGroupId,
    setCode: input.setCode,
    nodeKinds: [input.nodeKind],
    provinceId: provinceOf(context.viewer),
  });
  const { cohorts } = await loadCohorts(context.db, [
    cohortOf(input.fromPeriodId),
    cohortOf(input.toPeriodId),
  ]);
  const [before, after] = cohorts as [Cohort, Cohort];
  // A province's communes across two periods are 27,000 cells: worked out once per published change.
  return derived([before, after], JSON.stringify([input.nodeKind, rule, followLineage]), () =>
    compare(context, before, after, { nodeKind: input.nodeKind, rule, followLineage }),
  );
}

/** The comparison of two cohorts (see periodComparison). */
async function compare(
  context: Context,
  before: Cohort,
  after: Cohort,
  input: { nodeKind: NodeKind; rule: LineageRule; followLineage: boolean },
): Promise<PeriodComparison> {
  const { rule, followLineage } = input;
  const ofKind = (columns: Column[]) => columns.filter((column) => column.kind === input.nodeKind);
  const columns = ofKind(after.columns);
  const older = ofKind(before.columns);
  const mapping = codeMappingBetween(before, after);
  const matched = correspondNodes(older, columns, mapping?.codes);
  const values = (member: CohortMember | undefined) =>
    columns.map((column) => (member ? (member.nodes.get(column.code)?.points ?? null) : null));
  // The earlier side reads each column from the older codes that correspond to it (their sum). Plain
  // loops: this runs for every unit and column of both periods (27,000 cells for a province's communes).
  const sources = columns.map((column) => matched.sources.get(column.code) ?? []);
  const valuesBefore = (member: CohortMember | undefined) =>
    sources.map((codes) => {
      let sum: number | null = null;
      for (const code of codes) {
        const row = member?.nodes.get(code);
        if (row) sum = (sum ?? 0) + row.points;
      }
      return sum;
    });
  const old = new Map(before.members.map((member) => [member.unit.id, member]));
  const lineage = await lineageBetween(context, before, after, followLineage);
  const consumed = new Set<string>();

  const units: UnitDelta[] = after.members.map((member) => {
    const same = old.get(member.unit.id);
    const ancestry = same ? null : lineage?.ancestry(member.unit.id, (id) => old.has(id));
    const base = {
      unit: member.unit,
      after: member.points,
      rankAfter: member.rank,
      nodesAfter: values(member),
    };
    if (same || !ancestry) {
      if (same) consumed.add(same.unit.id);
      return {
        ...base,
        status: same ? 'BOTH' : 'ADDED',
        before: same?.points ?? null,
        rankBefore: same?.rank ?? null,
        nodesBefore: valuesBefore(same),
        predecessors: [],
        partial: false,
        incomplete: false,
      };
    }
    const earlier = ancestry.predecessors.flatMap((p) => {
      const found = old.get(p.unit.id);
      return found ? [found] : [];
    });
    for (const found of earlier) consumed.add(found.unit.id);
    const [single] = earlier;
    const nodesBefore = values(undefined).map((_, index) =>
      combinePredecessors(
        earlier.flatMap((found) => {
          const value = valuesBefore(found)[index];
          return value === null || value === undefined ? [] : [value];
        }),
        rule,
      ),
    );
    return {
      ...base,
      status: ancestry.status,
      before: combinePredecessors(
        earlier.map((found) => found.points),
        rule,
      ),
      rankBefore: ancestry.predecessors.length === 1 && single ? single.rank : null,
      nodesBefore,
      predecessors: ancestry.predecessors.map((p) => {
        const found = old.get(p.unit.id);
        return { ...p, points: found?.points ?? null, rank: found?.rank ?? null };
      }),
      partial: ancestry.predecessors.some((p) => p.partial),
      incomplete: earlier.length < ancestry.predecessors.length,
    };
  });
  for (const member of before.members) {
    if (consumed.has(member.unit.id)) continue;
    units.push({
      unit: member.unit,
      status: 'REMOVED',
      before: member.points,
      after: null,
      rankBefore: member.rank,
      rankAfter: null,
      nodesBefore: valuesBefore(member),
      nodesAfter: values(undefined),
      predecessors: [],
      partial: false,
      incomplete: false,
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
    rule,
    followLineage,
    columns,
    removedNodes: older.filter((column) => matched.unmappedBefore.includes(column.code)),
    addedNodes: columns.filter((column) => matched.unmappedAfter.includes(column.code)),
    versions: {
      from: before.versions[0]?.version ?? null,
      to: after.versions[0]?.version ?? null,
      mapped: mapping !== null,
    },
    remappedNodes: matched.remapped.map((code) => ({ code, fromCodes: matched.sources.get(code) ?? [] })),
    units,
  };
}

/**
 * When the periods were scored on different versions, the newer one's mapping from the older one;
 * null when they share a version or none was recorded (nodes then correspond by code).
 */
function codeMappingBetween(before: Cohort, after: Cohort) {
  const [older] = before.versions;
  const [newer] = after.versions;
  if (!older || !newer || older.id === newer.id) return null;
  return storedMappings(newer.codeMapping).find((mapping) => mapping.fromVersionId === older.id) ?? null;
}

/** Lineage events after the earlier period began and up to the end of the later one. */
async function lineageBetween(context: Context, before: Cohort, after: Cohort, follow: boolean) {
  if (!follow || !after.period) return null;
  const earlier = new Set(before.members.map((member) => member.unit.id));
  if (after.members.every((member) => earlier.has(member.unit.id))) return null;
  // Asked whenever a later unit is unmatched, even with no earlier results: the statement count
  // then depends on the question, not on the data.
  return loadLineage(context.db, {
    after: before.period?.startsOn ?? new Date(0),
    until: after.period.endsOn,
  });
}

/** after − before in hundredths, when both sides exist. */
export const difference = (before: number | null, after: number | null) =>
  before === null || after === null ? null : after - before;
