/**
 * Quảng Ninh from the 2022 catalogue to today's two levels, as an admin loads it: the 2025-03-01
 * catalogue on top (six communes gone, six renamed since 2022), then the 1 July 2025 reorganisation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testBackends } from '../test-backends.ts';
import { unitsFromAgencies, unitsFromCatalogue } from './catalogue.ts';
import { importUnits, runImport } from './import.ts';
import { fileFormat, importSteps } from './steps.ts';
import { readSeed } from './test-data.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const MARCH = readSeed('quang-ninh-2025-03-01.json');
const JULY = readSeed('quang-ninh-2025-07-01-merges.json');

describe('importSteps', () => {
  it('tells the files apart and reads the old provinces of a new one from the merge file', () => {
    expect([fileFormat(MARCH), fileFormat(JULY)]).toEqual(['CATALOGUE', 'REORGANISATION']);
    expect(() => fileFormat({ data: [] })).toThrow(/Neither a unit catalogue/);
    const steps = importSteps({ catalogue: MARCH, reorganisation: JULY, provinces: ['22'] });
    expect(steps.map((step) => step.kind)).toEqual(['catalogue', 'reorganisation']);
    expect(steps[0]).toMatchObject({ validFrom: '2025-03-01', endMissing: true });
    expect(steps[0]?.kind === 'catalogue' && steps[0].records.length).toBe(1 + 13 + 171);
    expect(() => importSteps({ reorganisation: JULY, provinces: ['06'] })).toThrow(
      /Unknown new province code "06"/,
    );
  });
});

describe.each(await testBackends())('2022 → 2025 for Quảng Ninh on $name', ({ enabled, open }) => {
  let test: TestDatabase;
  beforeAll(async () => {
    if (!enabled) return;
    test = await open();
    const records = [
      ...unitsFromCatalogue(readSeed('quang-ninh-2022.json'), '22'),
      ...unitsFromAgencies(readSeed('quang-ninh-agencies.json'), '22'),
    ];
    await importUnits(test.db, records, { validFrom: '2022-10-01' });
  });
  afterAll(async () => {
    await test?.drop();
  });

  const steps = () =>
    importSteps({ catalogue: MARCH, reorganisation: JULY, provinces: ['22'], document: '1679/NQ-UBTVQH15' });

  it.skipIf(!enabled)('previews without writing: the same report as the import', async () => {
    const units = await test.db.unit.count();
    const preview = await runImport(test.db, steps(), { dryRun: true });
    expect(await test.db.unit.count()).toBe(units);
    expect(await test.db.unitLineageEvent.count()).toBe(0);
    expect(preview).toMatchObject({ created: 53, renamed: 7, missing: [] });

    const { result: report, statements } = await test.db.$statements.measure(() =>
      runImport(test.db, steps()),
    );
    expect(report).toEqual(preview);
    // Batched: a handful of statements per step, not one per unit (185 + 54 units here).
    expect(statements).toBeLessThanOrEqual(24);
  });

  it.skipIf(!enabled)('ended the six communes gone by 2025-03 and renamed six, in place', async () => {
    const gone = await test.db.unit.findMany({
      where: { code: { in: ['06682', '06718', '06802', '06991', '07072', '07087'] } },
      include: { lineageFrom: { include: { event: true } } },
    });
    expect(gone.map((unit) => [unit.endedOn, unit.lineageFrom.map((l) => l.event.kind)])).toEqual(
      Array(6).fill([day('2025-02-28'), ['ABOLISHED']]),
    );
    // Xã Bình Khê became a ward: same unit, new name and type, a RENAMED event keeps the old name.
    const binhKhe = await test.db.unit.findFirstOrThrow({
      where: { code: '07081', validFrom: day('2022-10-01') },
      include: { lineageTo: { include: { event: true } } },
    });
    expect(binhKhe).toMatchObject({ name: 'Phường Bình Khê', type: 'Phường', searchName: 'phuong binh khe' });
    expect(binhKhe.lineageTo.map((link) => link.event)).toMatchObject([
      { kind: 'RENAMED', date: day('2025-03-01'), oldName: 'Xã Bình Khê' },
    ]);
    const dongTrieu = await test.db.unit.findFirstOrThrow({ where: { code: '205' } });
    expect(dongTrieu.name).toBe('Thành phố Đông Triều');
  });

  it.skipIf(!enabled)('leaves today’s two levels: 54 communes under the province, no district', async () => {
    const today = { OR: [{ endedOn: null }, { endedOn: { gte: day('2025-07-01') } }] };
    const live = await test.db.unit.findMany({ where: today, include: { parent: true } });
    const count = (kind: string) => live.filter((unit) => unit.kind === kind).length;
    expect([count('PROVINCE'), count('DISTRICT'), count('COMMUNE'), count('PROVINCIAL_AGENCY')]).toEqual([
      1, 0, 54, 35,
    ]);
    expect(live.every((unit) => unit.kind === 'PROVINCE' || unit.parent?.code === '22')).toBe(true);
    const abolished = await test.db.unitLineageEvent.count({
      where: { kind: 'ABOLISHED', date: day('2025-07-01') },
    });
    expect(abolished).toBe(13);
    // Hạ Long's new Phường Hà Tu: Hà Phong and Hà Tu merged.
    const haTu = await test.db.unit.findFirstOrThrow({
      where: { code: '06652', validFrom: day('2025-07-01') },
      include: { lineageTo: { include: { fromUnit: true, event: true } } },
    });
    expect(haTu.lineageTo.map((link) => link.fromUnit?.name).sort()).toEqual([
      'Phường Hà Phong',
      'Phường Hà Tu',
    ]);
    expect(haTu.lineageTo[0]?.event).toMatchObject({ kind: 'MERGED', document: '1679/NQ-UBTVQH15' });
  });

  it.skipIf(!enabled)('imports twice as once', async () => {
    const events = await test.db.unitLineageEvent.count();
    const again = await runImport(test.db, steps());
    expect(again).toMatchObject({ created: 0, updated: 0, ended: 0, events: 0, missing: [], changes: [] });
    expect(again.unchanged).toBe(185 + 54);
    expect(await test.db.unitLineageEvent.count()).toBe(events);
  });
});
