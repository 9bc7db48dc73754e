import { searchName } from '@chiso/scoring';
import type { Db, Tx } from '../client.ts';
import type { UnitKind } from '../generated/prisma/enums.ts';
import type { CatalogueUnit } from './catalogue.ts';
import type { ProvinceLineage } from './lineage.ts';

/**
 * Writes parsed catalogue units (catalogue.ts) and the 2025 lineage (lineage.ts) to the `Unit` tables.
 * Both are idempotent: a second run finds every row as it left it and reports it unchanged.
 */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface LineageImportCounts extends ImportCounts {
  /** Lineage events written (MERGED, RENAMED, SPLIT, and ABOLISHED for emptied districts). */
  events: number;
  /** Old units given an end date. */
  ended: number;
  /** Predecessor codes not in the database (import the catalogue they belong to first). */
  missing: string[];
}

type UnitRecord = Pick<CatalogueUnit, 'code' | 'name' | 'type' | 'kind' | 'parentCode'>;

// Big provinces import a few thousand rows; PGlite's default 5 s transaction limit is too short.
const LONG_TRANSACTION = { timeout: 300_000, maxWait: 30_000 };

const day = (iso: string): Date => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(iso))) {
    throw new Error(`Expected a day as YYYY-MM-DD, got "${iso}"`);
  }
  return new Date(`${iso}T00:00:00.000Z`);
};

/** "01/10/2022" (the catalogue's data_date) → "2022-10-01". */
export function catalogueDay(dataDate: string): string {
  const [dd, mm, yyyy] = dataDate.split('/');
  return `${yyyy}-${mm}-${dd}`;
}

/** The unit holding `code` on `date`: begun by then and not ended before it (codes are reused over time). */
async function unitsLiveOn(tx: Tx, codes: string[], date: Date) {
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

/**
 * Creates or updates units by code as of `validFrom`, parents linked by code (parents come first in
 * `records`, or already exist). One transaction: a failure leaves the database as it was.
 */
export async function importUnits(
  db: Db,
  records: readonly UnitRecord[],
  options: { validFrom: string },
): Promise<ImportCounts> {
  const validFrom = day(options.validFrom);
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  await db.$transaction(async (tx) => {
    const parentCodes = records.flatMap((record) => (record.parentCode ? [record.parentCode] : []));
    const existing = await unitsLiveOn(
      tx,
      [...new Set([...records.map((r) => r.code), ...parentCodes])],
      validFrom,
    );
    const ids = new Map([...existing].map(([code, row]) => [code, row.id]));
    for (const record of records) {
      const parentId = record.parentCode ? ids.get(record.parentCode) : null;
      if (parentId === undefined) {
        throw new Error(`Unit ${record.code} "${record.name}": its parent ${record.parentCode} is unknown`);
      }
      const wanted = {
        name: record.name,
        type: record.type,
        kind: record.kind,
        searchName: searchName(record.name),
        parentId,
      };
      const row = existing.get(record.code);
      if (!row) {
        const created = await tx.unit.create({ data: { code: record.code, validFrom, ...wanted } });
        ids.set(record.code, created.id);
        counts.created++;
      } else if (Object.entries(wanted).some(([key, value]) => row[key as keyof typeof wanted] !== value)) {
        await tx.unit.update({ where: { id: row.id }, data: wanted });
        counts.updated++;
      } else {
        counts.unchanged++;
      }
    }
  }, LONG_TRANSACTION);
  return counts;
}

const LEVEL_KIND: Record<1 | 2, UnitKind> = { 1: 'PROVINCE', 2: 'COMMUNE' };

/**
 * Writes a reorganisation: each changed unit becomes a new unit from the reorganisation day, linked to
 * its predecessors (ended the day before) by one event; unchanged communes move under the province, and
 * districts left without a live commune are abolished. Successors inherit their predecessors' group when
 * all of them share one. `lineage` may be filtered to a few records.
 */
export async function importLineage(
  db: Db,
  lineage: Pick<ProvinceLineage, 'units' | 'records'>,
  options: { document?: string } = {},
): Promise<LineageImportCounts> {
  const counts: LineageImportCounts = {
    created: 0,
    updated: 0,
    unchanged: 0,
    events: 0,
    ended: 0,
    missing: [],
  };
  const [first] = lineage.records;
  const province = lineage.units.find((unit) => unit.level === 1);
  if (!province) throw new Error('The lineage has no province');
  const date = day(first?.date ?? '2025-07-01');
  const dayBefore = new Date(date.getTime() - 86_400_000);
  const document = options.document ?? null;

  await db.$transaction(async (tx) => {
    const oldCodes = lineage.records.flatMap((record) => record.from.map((from) => from.code));
    const newCodes = lineage.units.map((unit) => unit.code);
    // Predecessors as they stood the day before; successors as they stand from the day itself.
    const before = await unitsLiveOn(tx, [...new Set([...oldCodes, ...newCodes])], dayBefore);
    const after = await tx.unit.findMany({
      where: { code: { in: newCodes }, validFrom: date },
      include: { lineageTo: { select: { id: true } } },
    });
    const successors = new Map(after.map((row) => [row.code, row]));
    const changed = new Map(lineage.records.map((record) => [record.to.code, record]));

    const provinceId = async (): Promise<string> => {
      const id = successors.get(province.code)?.id ?? before.get(province.code)?.id;
      if (!id)
        throw new Error(`Province ${province.code} is not in the database: import its catalogue first`);
      return id;
    };

    for (const unit of lineage.units) {
      const record = changed.get(unit.code);
      if (!record) {
        // Same code and name, one whole predecessor: the unit goes on, under the province now.
        const row = before.get(unit.code);
        if (!row || unit.level === 1) continue;
        const parentId = await provinceId();
        if (row.parentId === parentId) counts.unchanged++;
        else {
          await tx.unit.update({ where: { id: row.id }, data: { parentId } });
          counts.updated++;
        }
        continue;
      }
      const predecessors = record.from.flatMap((from) => {
        const row = before.get(from.code);
        if (!row) counts.missing.push(from.code);
        return row ? [{ row, partial: from.partial }] : [];
      });
      const existing = successors.get(unit.code);
      if (existing && existing.lineageTo.length > 0) {
        counts.unchanged++;
        continue;
      }
      const groups = new Set(predecessors.map((p) => p.row.groupId));
      const [groupId] = groups.size === 1 ? [...groups] : [null];
      const successor =
        existing ??
        (await tx.unit.create({
          data: {
            code: unit.code,
            name: unit.name,
            searchName: searchName(unit.name),
            kind: LEVEL_KIND[unit.level],
            type: unit.type,
            parentId: unit.level === 1 ? null : await provinceId(),
            groupId: groupId ?? null,
            validFrom: date,
          },
        }));
      if (unit.level === 1) successors.set(unit.code, { ...successor, lineageTo: [] });
      counts.created++;
      for (const { row } of predecessors) {
        if (row.endedOn) continue;
        await tx.unit.update({ where: { id: row.id }, data: { endedOn: dayBefore } });
        row.endedOn = dayBefore;
        counts.ended++;
      }
      await tx.unitLineageEvent.create({
        data: {
          kind: record.kind,
          date,
          document,
          oldName: record.kind === 'RENAMED' ? (record.from[0]?.name ?? null) : null,
          links: {
            create: predecessors.map(({ row, partial }) => ({
              fromUnitId: row.id,
              toUnitId: successor.id,
              partial,
            })),
          },
        },
      });
      counts.events++;
    }
    await abolishEmptyDistricts(tx, province.code, date, dayBefore, document, counts);
  }, LONG_TRANSACTION);
  return counts;
}

async function abolishEmptyDistricts(
  tx: Tx,
  provinceCode: string,
  date: Date,
  dayBefore: Date,
  document: string | null,
  counts: LineageImportCounts,
) {
  const empty = await tx.unit.findMany({
    where: {
      kind: 'DISTRICT',
      endedOn: null,
      validFrom: { lt: date },
      parent: { code: provinceCode },
      children: { none: { endedOn: null } },
    },
    select: { id: true },
  });
  for (const district of empty) {
    await tx.unit.update({ where: { id: district.id }, data: { endedOn: dayBefore } });
    await tx.unitLineageEvent.create({
      data: { kind: 'ABOLISHED', date, document, links: { create: [{ fromUnitId: district.id }] } },
    });
    counts.ended++;
    counts.events++;
  }
}
