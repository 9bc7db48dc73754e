import { searchName } from '@chiso/scoring';
import type { Tx } from '../client.ts';
import type { UnitKind } from '../generated/prisma/enums.ts';
import { endUnits, insertEvents, insertUnits, type NewEvent, type NewUnitRow } from './bulk-write.ts';
import type { ProvinceLineage } from './lineage.ts';
import { day, dayBefore, type ImportReport, unitsLiveOn } from './report.ts';
import { uuid7 } from './uuid7.ts';

const LEVEL_KIND: Record<1 | 2, UnitKind> = { 1: 'PROVINCE', 2: 'COMMUNE' };

/**
 * Writes a reorganisation: each changed unit becomes a new unit from the reorganisation day, linked to
 * its predecessors (ended the day before) by one event; unchanged communes move under the province, and
 * districts of the old provinces left without a live commune are abolished. Successors inherit their
 * predecessors' group when all of them share one. `lineage` may be filtered to a few records.
 * Idempotent: a successor that already has its lineage is left as it is.
 */
export async function writeLineage(
  tx: Tx,
  lineage: Pick<ProvinceLineage, 'units' | 'records'>,
  options: { document?: string | null },
  report: ImportReport,
): Promise<void> {
  const [first] = lineage.records;
  const province = lineage.units.find((unit) => unit.level === 1);
  if (!province) throw new Error('The lineage has no province');
  const date = day(first?.date ?? '2025-07-01');
  const endedOn = dayBefore(date);
  const document = options.document ?? null;

  const oldCodes = lineage.records.flatMap((record) => record.from.map((from) => from.code));
  const newCodes = lineage.units.map((unit) => unit.code);
  // Predecessors as they stood the day before; successors as they stand from the day itself.
  const before = await unitsLiveOn(tx, [...new Set([...oldCodes, ...newCodes])], endedOn);
  const after = await tx.unit.findMany({
    where: { code: { in: newCodes }, validFrom: date },
    select: { id: true, code: true, _count: { select: { lineageTo: true } } },
  });
  const successors = new Map(after.map((row) => [row.code, row]));
  const changed = new Map(lineage.records.map((record) => [record.to.code, record]));

  const provinceRecord = changed.get(province.code);
  const provinceId = successors.get(province.code)?.id ?? (provinceRecord ? uuid7() : undefined);
  const oldProvinceIds = (provinceRecord?.from ?? [{ code: province.code }]).flatMap((from) => {
    const id = before.get(from.code)?.id;
    return id ? [id] : [];
  });
  const parentId = provinceId ?? before.get(province.code)?.id;
  if (!parentId)
    throw new Error(`Province ${province.code} is not in the database: import its catalogue first`);

  const inserts: NewUnitRow[] = [];
  const moves: string[] = [];
  const ends = new Set<string>();
  const events: NewEvent[] = [];
  for (const unit of lineage.units) {
    const record = changed.get(unit.code);
    if (!record) {
      // Same code and name, one whole predecessor: the unit goes on, under the province now.
      if (unit.level === 1) continue;
      const row = before.get(unit.code);
      if (!row) report.missing.push(unit.code);
      else if (row.parentId === parentId) report.unchanged++;
      else {
        moves.push(row.id);
        report.updated++;
        report.moved++;
        report.changes.push({ kind: 'MOVED', code: unit.code, name: unit.name });
      }
      continue;
    }
    const existing = successors.get(unit.code);
    if (existing && existing._count.lineageTo > 0) {
      report.unchanged++;
      continue;
    }
    const predecessors = record.from.flatMap((from) => {
      const row = before.get(from.code);
      if (!row) report.missing.push(from.code);
      return row ? [{ row, partial: from.partial }] : [];
    });
    const groups = new Set(predecessors.map((p) => p.row.groupId));
    const [groupId] = groups.size === 1 ? [...groups] : [null];
    const id = existing?.id ?? (unit.level === 1 ? (provinceId as string) : uuid7());
    if (!existing) {
      inserts.push({
        id,
        code: unit.code,
        name: unit.name,
        searchName: searchName(unit.name),
        kind: LEVEL_KIND[unit.level],
        type: unit.type,
        parentId: unit.level === 1 ? null : parentId,
        groupId: groupId ?? null,
        validFrom: date,
      });
      report.created++;
      report.changes.push({ kind: 'CREATED', code: unit.code, name: unit.name });
    }
    for (const { row } of predecessors) {
      if (row.endedOn || ends.has(row.id)) continue;
      ends.add(row.id);
      report.ended++;
      report.changes.push({ kind: 'ENDED', code: row.code, name: row.name });
    }
    events.push({
      kind: record.kind,
      date,
      document,
      oldName: record.kind === 'RENAMED' ? (record.from[0]?.name ?? null) : null,
      links: predecessors.map(({ row, partial }) => ({ fromUnitId: row.id, toUnitId: id, partial })),
    });
  }
  await insertUnits(tx, inserts);
  await endUnits(tx, [...ends], endedOn);
  if (moves.length > 0) {
    await tx.unit.updateMany({ where: { id: { in: moves } }, data: { parentId } });
  }
  events.push(...(await abolishEmptyDistricts(tx, oldProvinceIds, date, document, report)));
  await insertEvents(tx, events);
  report.events += events.length;
}

/** Districts of the old provinces with no live unit left under them, ended the day before. */
async function abolishEmptyDistricts(
  tx: Tx,
  oldProvinceIds: string[],
  date: Date,
  document: string | null,
  report: ImportReport,
): Promise<NewEvent[]> {
  const empty = await tx.unit.findMany({
    where: {
      kind: 'DISTRICT',
      endedOn: null,
      validFrom: { lt: date },
      parentId: { in: oldProvinceIds },
      children: { none: { endedOn: null } },
    },
    select: { id: true, code: true, name: true },
  });
  await endUnits(
    tx,
    empty.map((district) => district.id),
    dayBefore(date),
  );
  report.ended += empty.length;
  for (const unit of empty) report.changes.push({ kind: 'ENDED', code: unit.code, name: unit.name });
  return empty.map((district) => ({
    kind: 'ABOLISHED',
    date,
    document,
    oldName: null,
    links: [{ fromUnitId: district.id, toUnitId: null, partial: false }],
  }));
}
