import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testBackends } from '../test-backends.ts';
import { unitsFromAgencies, unitsFromCatalogue } from './catalogue.ts';
import { type ImportReport, importLineage, importUnits } from './import.ts';
import { lineageOfProvince } from './lineage.ts';
import { readSeed } from './test-data.ts';

const catalogue = unitsFromCatalogue(readSeed('quang-ninh-2022.json'), '22');
const agencies = unitsFromAgencies(readSeed('quang-ninh-agencies.json'), '22');
const lineage = lineageOfProvince(readSeed('quang-ninh-2025-07-01-merges.json'), '22');
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const counts = ({ created, updated, unchanged }: ImportReport) => ({ created, updated, unchanged });

describe.each(await testBackends())('importUnits and importLineage on $name', ({ enabled, open }) => {
  let test: TestDatabase;
  beforeAll(async () => {
    if (enabled) test = await open();
  });
  afterAll(async () => {
    await test?.drop();
  });

  it.skipIf(!enabled)('imports the catalogue once: a second run changes nothing', async () => {
    const records = [...catalogue, ...agencies];
    expect(counts(await importUnits(test.db, records, { validFrom: '2022-10-01' }))).toEqual({
      created: 226,
      updated: 0,
      unchanged: 0,
    });
    const snapshot = await test.db.unit.findMany({ orderBy: { id: 'asc' } });
    expect(counts(await importUnits(test.db, records, { validFrom: '2022-10-01' }))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 226,
    });
    expect(await test.db.unit.findMany({ orderBy: { id: 'asc' } })).toEqual(snapshot);

    const quangYen = await test.db.unit.findFirstOrThrow({
      where: { code: '206' },
      include: { parent: true, children: true },
    });
    expect(quangYen).toMatchObject({
      name: 'Thị xã Quảng Yên',
      searchName: 'thi xa quang yen',
      kind: 'DISTRICT',
    });
    expect(quangYen.parent?.code).toBe('22');
    expect(quangYen.children.length).toBeGreaterThan(10);
    expect(quangYen.validFrom).toEqual(day('2022-10-01'));
  });

  it.skipIf(!enabled)('updates a changed name, and refuses an unknown parent without writing', async () => {
    const renamed = catalogue.map((unit) =>
      unit.code === '06994' ? { ...unit, name: 'Thị trấn Cái Rồng Mới' } : unit,
    );
    // The same catalogue's date: a correction, not a rename (no lineage event).
    expect(counts(await importUnits(test.db, renamed, { validFrom: '2022-10-01' }))).toEqual({
      created: 0,
      updated: 1,
      unchanged: 190,
    });
    expect(await test.db.unitLineageEvent.count()).toBe(0);
    const row = await test.db.unit.findFirstOrThrow({ where: { code: '06994' } });
    expect(row.searchName).toBe('thi tran cai rong moi');
    await importUnits(test.db, catalogue, { validFrom: '2022-10-01' });

    const count = await test.db.unit.count();
    const orphan = { code: '99999', name: 'Xã Lạc', type: 'Xã', kind: 'COMMUNE' as const, parentCode: '999' };
    await expect(
      importUnits(test.db, [{ ...catalogue[1]!, name: 'Changed' }, orphan], { validFrom: '2022-10-01' }),
    ).rejects.toThrow(/99999 "Xã Lạc": its parent 999 is unknown/);
    expect(await test.db.unit.count()).toBe(count);
    expect((await test.db.unit.findFirstOrThrow({ where: { code: catalogue[1]!.code } })).name).not.toBe(
      'Changed',
    );
  });

  it.skipIf(!enabled)(
    'writes the 2025 lineage: successors, ended predecessors, events; twice is once',
    async () => {
      const first = await importLineage(test.db, lineage, { document: '1679/NQ-UBTVQH15' });
      expect(first).toMatchObject({ created: 53, missing: [] });
      expect(first.events).toBeGreaterThanOrEqual(53);
      const second = await importLineage(test.db, lineage, { document: '1679/NQ-UBTVQH15' });
      expect(second).toMatchObject({
        created: 0,
        updated: 0,
        unchanged: 54,
        events: 0,
        ended: 0,
        missing: [],
      });

      // Đặc khu Vân Đồn took the code of Thị trấn Cái Rồng: two rows, told apart by their first day.
      const [caiRong, vanDon] = await test.db.unit.findMany({
        where: { code: '06994' },
        orderBy: { validFrom: 'asc' },
        include: { lineageFrom: { include: { event: true } }, lineageTo: true, parent: true },
      });
      expect(caiRong).toMatchObject({ name: 'Thị trấn Cái Rồng', endedOn: day('2025-06-30') });
      expect(vanDon).toMatchObject({
        name: 'Đặc khu Vân Đồn',
        type: 'Đặc khu',
        validFrom: day('2025-07-01'),
      });
      expect(vanDon?.parent?.code).toBe('22');
      expect(vanDon?.lineageTo).toHaveLength(12);
      expect(caiRong?.lineageFrom[0]?.event).toMatchObject({ kind: 'MERGED', document: '1679/NQ-UBTVQH15' });

      // Hải Lạng was split in three: partial links to each piece.
      const haiLang = await test.db.unit.findFirstOrThrow({
        where: { code: '06886', validFrom: day('2022-10-01') },
        include: { lineageFrom: { include: { toUnit: true } } },
      });
      expect(haiLang.lineageFrom.map((link) => [link.toUnit?.code, link.partial]).sort()).toEqual([
        ['06799', true],
        ['06886', true],
        ['06970', true],
      ]);

      // Cái Chiên goes on unchanged, now directly under the province; Vân Đồn district is abolished.
      const caiChien = await test.db.unit.findFirstOrThrow({
        where: { code: '06967' },
        include: { parent: true },
      });
      expect([caiChien.endedOn, caiChien.parent?.code]).toEqual([null, '22']);
      const district = await test.db.unit.findFirstOrThrow({
        where: { code: '203' },
        include: { lineageFrom: { include: { event: true } } },
      });
      expect(district.endedOn).toEqual(day('2025-06-30'));
      expect(district.lineageFrom[0]?.event.kind).toBe('ABOLISHED');
      expect(await test.db.unit.count({ where: { kind: 'COMMUNE', validFrom: day('2025-07-01') } })).toBe(53);
    },
  );
});
