/**
 * Unit lineage between two periods: which earlier units each later unit came from, following
 * RENAMED, MERGED and SPLIT links (UnitLineageLink) back through every event in between, in one
 * SQL statement.
 */
import type { Db } from '@chiso/db';
import { UNIT_COLUMNS, type UnitView } from './cohort.ts';

export interface Predecessor {
  unit: UnitView;
  /** Only part of this unit went into the successor (it was split among several units). */
  partial: boolean;
}

export type LineageStatus = 'RENAMED' | 'MERGED' | 'SPLIT';

export interface Ancestry {
  status: LineageStatus;
  predecessors: Predecessor[];
}

interface Link {
  fromUnitId: string;
  toUnitId: string;
  partial: boolean;
  from: UnitView;
}

/** The links of lineage events dated after `after` and up to `until`, walked back in memory. */
export async function loadLineage(db: Db, window: { after: Date; until: Date }) {
  const rows = await db.unitLineageLink.findMany({
    where: {
      fromUnitId: { not: null },
      toUnitId: { not: null },
      event: { kind: { in: ['RENAMED', 'MERGED', 'SPLIT'] }, date: { gt: window.after, lte: window.until } },
    },
    select: {
      fromUnitId: true,
      toUnitId: true,
      partial: true,
      fromUnit: {
        select: UNIT_COLUMNS,
      },
    },
  });
  const into = new Map<string, Link[]>();
  for (const row of rows) {
    if (!row.fromUnitId || !row.toUnitId || !row.fromUnit) continue;
    const { parent, ...unit } = row.fromUnit;
    const link = {
      fromUnitId: row.fromUnitId,
      toUnitId: row.toUnitId,
      partial: row.partial,
      from: { ...unit, parentName: parent?.name ?? null },
    };
    into.set(link.toUnitId, [...(into.get(link.toUnitId) ?? []), link]);
  }
  return {
    /**
     * The earliest units a later unit came from: the walk stops at a unit `known` holds (it has
     * a result in the earlier period) or at one with no further predecessor. Null: no lineage.
     */
    ancestry(unitId: string, known: (unitId: string) => boolean): Ancestry | null {
      const found = new Map<string, Predecessor>();
      const walk = (id: string, partial: boolean, seen: Set<string>) => {
        for (const link of into.get(id) ?? []) {
          if (seen.has(link.fromUnitId)) continue;
          const viaPart = partial || link.partial;
          const earlier = into.get(link.fromUnitId);
          if (known(link.fromUnitId) || !earlier) {
            const before = found.get(link.fromUnitId);
            found.set(link.fromUnitId, { unit: link.from, partial: viaPart && (before?.partial ?? true) });
          } else walk(link.fromUnitId, viaPart, new Set([...seen, link.fromUnitId]));
        }
      };
      walk(unitId, false, new Set([unitId]));
      const predecessors = [...found.values()];
      const [only] = predecessors;
      if (!only) return null;
      const status: LineageStatus = predecessors.length > 1 ? 'MERGED' : only.partial ? 'SPLIT' : 'RENAMED';
      return { status, predecessors };
    },
  };
}
