/**
 * Entries written in bulk. Many assessments' entries replaced at once (a workbook of a whole unit group): two statements
 * whatever the number of rows. Prisma's deleteMany over an OR per assessment and its createMany,
 * which binds a parameter per value, took seconds to compile and run for a province's communes.
 */
import type { Tx } from '../client.ts';
import { bulkInsert } from '../national/bulk.ts';
import { ENTRY_COLUMNS } from '../seed/tables.ts';
import { uuid7 } from '../units/uuid7.ts';

export interface EntryRow {
  assessmentId: string;
  nodeCode: string;
  /** Null: no value (the cell was emptied). */
  input: unknown;
  selfPoints: number | null;
  reviewedPoints: number | null;
  explanation: string | null;
  reviewerComment: string | null;
}

/** Deletes the entries of these (assessment, node) pairs, then writes the rows in their place. */
export async function replaceEntries(tx: Tx, rows: readonly EntryRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`DELETE FROM "AssessmentEntry" AS e
    USING unnest(${rows.map((row) => row.assessmentId)}::text[], ${rows.map((row) => row.nodeCode)}::text[])
      AS r("assessmentId", "nodeCode")
    WHERE e."assessmentId" = r."assessmentId" AND e."nodeCode" = r."nodeCode"`;
  await insertEntries(tx, rows);
}

/**
 * Writes these entries where they are (an existing one keeps its id, a new one is added): one
 * statement however many an officer saves at once, instead of an upsert per entry.
 */
export async function upsertEntries(tx: Tx, rows: readonly EntryRow[]): Promise<void> {
  if (rows.length > 0) await insertEntries(tx, rows, { onConflict: ['assessmentId', 'nodeCode'] });
}

function insertEntries(tx: Tx, rows: readonly EntryRow[], options: { onConflict?: readonly string[] } = {}) {
  const updatedAt = new Date();
  const written = rows.map((row) => ({ ...row, id: uuid7(), updatedAt }));
  return bulkInsert(tx, 'AssessmentEntry', ENTRY_COLUMNS, written, undefined, options);
}
