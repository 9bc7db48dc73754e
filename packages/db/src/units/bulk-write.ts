/**
 * The few statements an import sends, whatever its size: units, lineage events and their links inserted
 * with one `unnest` statement each (national/bulk.ts), in-place changes and end dates with one UPDATE each.
 * A province or the whole country costs the same number of round trips.
 */

import type { Tx } from '../client.ts';
import type { LineageKind, UnitKind } from '../generated/prisma/enums.ts';
import { type BulkColumn, bulkInsert } from '../national/bulk.ts';
import { uuid7 } from './uuid7.ts';

export interface NewUnitRow {
  id: string;
  code: string;
  name: string;
  searchName: string;
  kind: UnitKind;
  type: string;
  parentId: string | null;
  groupId: string | null;
  validFrom: Date;
}

export interface UnitUpdate {
  id: string;
  name: string;
  searchName: string;
  kind: UnitKind;
  type: string;
  parentId: string | null;
}

export interface NewEvent {
  kind: LineageKind;
  date: Date;
  document: string | null;
  oldName: string | null;
  links: Array<{ fromUnitId: string | null; toUnitId: string | null; partial: boolean }>;
}

const UNIT_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['code', 'text'],
  ['name', 'text'],
  ['searchName', 'text'],
  ['kind', 'enum:UnitKind'],
  ['type', 'text'],
  ['parentId', 'text'],
  ['groupId', 'text'],
  ['validFrom', 'timestamp'],
  ['updatedAt', 'timestamp'],
];

export async function insertUnits(tx: Tx, rows: readonly NewUnitRow[]): Promise<void> {
  if (rows.length === 0) return;
  const now = new Date();
  await bulkInsert(tx, 'Unit', UNIT_COLUMNS, rows, (row, column) =>
    column === 'updatedAt' ? now : row[column as keyof NewUnitRow],
  );
}

export async function updateUnits(tx: Tx, rows: readonly UnitUpdate[]): Promise<void> {
  if (rows.length === 0) return;
  const column = (key: keyof UnitUpdate) => rows.map((row) => row[key]);
  await tx.$executeRawUnsafe(
    `UPDATE "Unit" AS u SET "name" = v.name, "searchName" = v.search, "kind" = v.kind::"UnitKind",
       "type" = v.type, "parentId" = v.parent, "updatedAt" = CURRENT_TIMESTAMP
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
       AS v(id, name, search, kind, type, parent)
     WHERE u.id = v.id`,
    column('id'),
    column('name'),
    column('searchName'),
    column('kind'),
    column('type'),
    column('parentId'),
  );
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function endUnits(tx: Tx, ids: readonly string[], endedOn: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.$executeRawUnsafe(
    `UPDATE "Unit" SET "endedOn" = $2::date, "updatedAt" = CURRENT_TIMESTAMP WHERE id = ANY($1::text[])`,
    [...ids],
    isoDay(endedOn),
  );
}

export async function insertEvents(tx: Tx, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((event) => ({ ...event, id: uuid7() }));
  await bulkInsert(
    tx,
    'UnitLineageEvent',
    [
      ['id', 'text'],
      ['kind', 'enum:LineageKind'],
      ['date', 'timestamp'],
      ['document', 'text'],
      ['oldName', 'text'],
    ],
    rows,
    (row, column) => row[column as 'id' | 'kind' | 'date' | 'document' | 'oldName'],
  );
  const links = rows.flatMap((event) =>
    event.links.map((link) => ({ ...link, id: uuid7(), eventId: event.id })),
  );
  await bulkInsert(
    tx,
    'UnitLineageLink',
    [
      ['id', 'text'],
      ['eventId', 'text'],
      ['fromUnitId', 'text'],
      ['toUnitId', 'text'],
      ['partial', 'boolean'],
    ],
    links,
    (row, column) => row[column as keyof (typeof links)[number]],
  );
}
