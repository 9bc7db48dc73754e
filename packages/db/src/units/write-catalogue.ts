import { searchName } from '@chiso/scoring';
import type { Tx } from '../client.ts';
import {
  endUnits,
  insertEvents,
  insertUnits,
  type NewEvent,
  type NewUnitRow,
  type UnitUpdate,
  updateUnits,
} from './bulk-write.ts';
import type { CatalogueUnit } from './catalogue.ts';
import { day, dayBefore, type ImportReport, unitsLiveOn } from './report.ts';
import { uuid7 } from './uuid7.ts';

export type UnitRecord = Pick<CatalogueUnit, 'code' | 'name' | 'type' | 'kind' | 'parentCode'>;

export interface CatalogueOptions {
  /** The catalogue's date: new units begin on it; changed names and ended units take effect on it. */
  validFrom: string;
  /**
   * End the districts and communes of the catalogue's provinces that it no longer lists (merged or
   * abolished since the catalogue the database holds), each with an ABOLISHED event: the catalogues
   * do not say where they went, which the admin can record as a merge.
   */
  endMissing?: boolean;
}

/**
 * Creates or updates units by code as of `validFrom`, parents linked by code (parents come first in
 * `records`, or already exist). A unit an older catalogue named differently is renamed in place with a
 * RENAMED event, so its past results stay its own. Five statements or so, whatever the size.
 */
export async function writeCatalogue(
  tx: Tx,
  records: readonly UnitRecord[],
  options: CatalogueOptions,
  report: ImportReport,
): Promise<void> {
  const validFrom = day(options.validFrom);
  const parentCodes = records.flatMap((record) => (record.parentCode ? [record.parentCode] : []));
  const existing = await unitsLiveOn(
    tx,
    [...new Set([...records.map((r) => r.code), ...parentCodes])],
    validFrom,
  );
  const ids = new Map([...existing].map(([code, row]) => [code, row.id]));
  // What the database knows of later days wins over an older catalogue imported again: names given
  // since, and parents that have ended since (communes moved under the province in 2025).
  const renamedSince = new Set(
    (
      await tx.unitLineageLink.findMany({
        where: {
          toUnitId: { in: [...ids.values()] },
          event: { kind: 'RENAMED', date: { gt: validFrom } },
        },
        select: { toUnitId: true },
      })
    ).map((link) => link.toUnitId),
  );
  const endedParents = new Set([...existing.values()].flatMap((row) => (row.endedOn ? [row.id] : [])));
  const inserts: NewUnitRow[] = [];
  const updates: UnitUpdate[] = [];
  const events: NewEvent[] = [];
  for (const record of records) {
    const parentId = record.parentCode ? ids.get(record.parentCode) : null;
    if (parentId === undefined) {
      throw new Error(`Unit ${record.code} "${record.name}": its parent ${record.parentCode} is unknown`);
    }
    const row = existing.get(record.code);
    const later = row && renamedSince.has(row.id);
    const wanted = {
      name: later ? row.name : record.name,
      searchName: later ? row.searchName : searchName(record.name),
      kind: record.kind,
      type: later ? row.type : record.type,
      parentId: row && parentId && endedParents.has(parentId) ? row.parentId : parentId,
    };
    if (!row) {
      const id = uuid7();
      ids.set(record.code, id);
      inserts.push({ id, code: record.code, groupId: null, validFrom, ...wanted });
      report.created++;
      report.changes.push({ kind: 'CREATED', code: record.code, name: record.name });
      continue;
    }
    if (!Object.entries(wanted).some(([key, value]) => row[key as keyof typeof wanted] !== value)) {
      report.unchanged++;
      continue;
    }
    updates.push({ id: row.id, ...wanted });
    report.updated++;
    // The same catalogue again with a corrected name is a correction, not a rename.
    if (row.name !== wanted.name && row.validFrom < validFrom) {
      events.push({
        kind: 'RENAMED',
        date: validFrom,
        document: null,
        oldName: row.name,
        links: [{ fromUnitId: row.id, toUnitId: row.id, partial: false }],
      });
      report.renamed++;
      report.changes.push({ kind: 'RENAMED', code: record.code, name: record.name, oldName: row.name });
    } else if (row.parentId !== wanted.parentId) {
      report.moved++;
      report.changes.push({ kind: 'MOVED', code: record.code, name: record.name });
    }
  }
  if (options.endMissing) events.push(...(await endUnlisted(tx, records, ids, validFrom, report)));
  await insertUnits(tx, inserts);
  await updateUnits(tx, updates);
  await insertEvents(tx, events);
  report.events += events.length;
}

/** The districts and communes of the provinces in `records` that it does not list, ended the day before. */
async function endUnlisted(
  tx: Tx,
  records: readonly UnitRecord[],
  ids: Map<string, string>,
  validFrom: Date,
  report: ImportReport,
): Promise<NewEvent[]> {
  const provinceIds = records.flatMap((r) => (r.kind === 'PROVINCE' ? [ids.get(r.code) as string] : []));
  const listed = new Set(records.map((record) => record.code));
  const live = await tx.unit.findMany({
    where: {
      kind: { in: ['DISTRICT', 'COMMUNE'] },
      validFrom: { lt: validFrom },
      AND: [
        { OR: [{ endedOn: null }, { endedOn: { gte: validFrom } }] },
        { OR: [{ parentId: { in: provinceIds } }, { parent: { parentId: { in: provinceIds } } }] },
      ],
    },
    select: { id: true, code: true, name: true },
  });
  const gone = live.filter((unit) => !listed.has(unit.code));
  const endedOn = dayBefore(validFrom);
  await endUnits(
    tx,
    gone.map((unit) => unit.id),
    endedOn,
  );
  report.ended += gone.length;
  for (const unit of gone) report.changes.push({ kind: 'ENDED', code: unit.code, name: unit.name });
  return gone.map((unit) => ({
    kind: 'ABOLISHED',
    date: validFrom,
    document: null,
    oldName: null,
    links: [{ fromUnitId: unit.id, toUnitId: null, partial: false }],
  }));
}
