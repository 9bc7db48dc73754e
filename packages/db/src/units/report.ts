import type { Tx } from '../client.ts';

/** One unit a catalogue or reorganisation import creates, renames, moves or ends. */
export interface UnitChange {
  kind: 'CREATED' | 'RENAMED' | 'MOVED' | 'ENDED';
  code: string;
  name: string;
  /** RENAMED: the name before. */
  oldName?: string;
}

/**
 * What an import did (or, as a preview, would do). `updated` counts every unit changed in place
 * (renamed, retyped or moved); `renamed` and `moved` are parts of it.
 */
export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  renamed: number;
  moved: number;
  /** Units given an end date (merged, split or abolished). */
  ended: number;
  /** Lineage events written (MERGED, RENAMED, SPLIT, ABOLISHED). */
  events: number;
  /** Predecessor codes not in the database (import the catalogue they belong to first). */
  missing: string[];
  changes: UnitChange[];
}

export const emptyReport = (): ImportReport => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  renamed: 0,
  moved: 0,
  ended: 0,
  events: 0,
  missing: [],
  changes: [],
});

/** Adds `next` into `total` (a multi-step import reports its steps as one). */
export function addReport(total: ImportReport, next: ImportReport): ImportReport {
  return {
    created: total.created + next.created,
    updated: total.updated + next.updated,
    unchanged: total.unchanged + next.unchanged,
    renamed: total.renamed + next.renamed,
    moved: total.moved + next.moved,
    ended: total.ended + next.ended,
    events: total.events + next.events,
    missing: [...total.missing, ...next.missing],
    changes: [...total.changes, ...next.changes],
  };
}

export const day = (iso: string): Date => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(iso))) {
    throw new Error(`Expected a day as YYYY-MM-DD, got "${iso}"`);
  }
  return new Date(`${iso}T00:00:00.000Z`);
};

export const dayBefore = (date: Date): Date => new Date(date.getTime() - 86_400_000);

/** The unit holding each code on `date`: begun by then and not ended before it (codes are reused over time). */
export async function unitsLiveOn(tx: Tx, codes: string[], date: Date) {
  const rows = await tx.unit.findMany({
    where: {
      code: { in: codes },
      validFrom: { lte: date },
      OR: [{ endedOn: null }, { endedOn: { gte: date } }],
    },
    orderBy: { validFrom: 'asc' },
  });
  // The latest beginning wins when two rows hold a code on the same day.
  return new Map(rows.map((row) => [row.code, row]));
}
