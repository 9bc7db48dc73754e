/**
 * Bulk inserts for large loads: one `INSERT … SELECT * FROM unnest($1::…[], $2::…[], …)` per batch,
 * one array parameter per column, so a statement carries tens of thousands of rows with a handful of
 * parameters (Prisma's createMany binds one parameter per value and stays far slower at this size).
 * Works the same on PostgreSQL and PGlite through Prisma's raw queries.
 */
import type { Tx } from '../client.ts';

/** A column and the SQL type its array is sent as (enums travel as text and are cast). */
export type BulkColumn = [
  name: string,
  type: 'text' | 'int' | 'boolean' | 'jsonb' | 'numeric' | 'timestamp' | `enum:${string}`,
];

const ROWS_PER_STATEMENT = 20_000;

function arrayCast(type: BulkColumn[1], index: number): string {
  const parameter = `$${index + 1}`;
  if (type.startsWith('enum:')) return `${parameter}::text[]::"${type.slice(5)}"[]`;
  if (type === 'timestamp') return `${parameter}::timestamp(3)[]`;
  return `${parameter}::${type}[]`;
}

/** Values as the driver sends them inside an array: JSON as its text, dates as ISO strings. */
function wire(value: unknown, type: BulkColumn[1]): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'timestamp') return (value as Date).toISOString().replace('Z', '');
  if (type === 'numeric') return String(value);
  return value;
}

export async function bulkInsert<Row>(
  tx: Tx,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly Row[],
  read: (row: Row, column: string) => unknown,
): Promise<number> {
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const casts = columns.map(([, type], index) => arrayCast(type, index)).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${casts})`;
  let written = 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    const arrays = columns.map(([name, type]) => batch.map((row) => wire(read(row, name), type)));
    written += await tx.$executeRawUnsafe(sql, ...arrays);
  }
  return written;
}
