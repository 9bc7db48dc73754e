import { importSteps, importUnits, runImport, unitsFromCatalogue } from '@chiso/db';
import { readSeedData } from '@chiso/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createUser,
  startTestServer,
  type TestServer,
  testBackends,
} from '../../test/harness.ts';
import { assignedPeriod, createMiniVersion, gid, type Sheet, writeSheets } from './fixture.ts';

const MERGES = readSeedData('quang-ninh-2025-07-01-merges.json') as {
  data: Array<{ level2s: Array<{ level2_id: string; merges: Array<{ old_id: string }> }> }>;
};

/** Criteria points in hundredths, different for every commune and within each maximum. */
const sheet = (unit: string, index: number, rank: number): Sheet => ({
  unit,
  points: [(index * 37) % 301, (index * 11) % 201, (index * 53) % 501, (index * 7) % 601, (index * 13) % 401],
  levels: { SS: 1, KQ: 1 },
  rank,
  ranks: { SS: rank, KQ: rank },
});
const total = (s: Sheet) => s.points.reduce((sum, p) => sum + p, 0);

describe.each(await testBackends())('2022 → 2025 across Quảng Ninh’s lineage on $name', (backend) => {
  let server: TestServer;
  let analyst: Client;
  let vars: { a: string; b: string; g: string };
  const points2022 = new Map<string, number>();
  beforeAll(async () => {
    if (!backend.enabled) return;
    server = await startTestServer(backend);
    const db = server.db;
    await importUnits(db, unitsFromCatalogue(readSeedData('quang-ninh-2022.json'), '22'), {
      validFrom: '2022-10-01',
    });
    const group = await db.unitGroup.create({ data: { code: 'QN-XA', name: 'Nhóm xã', nameEn: 'Communes' } });
    await db.unit.updateMany({ where: { kind: 'COMMUNE' }, data: { groupId: group.id } });
    const version = await createMiniVersion(db);
    const period = (year: number) =>
      assignedPeriod(db, { code: `QN${year}`, year, unitGroupId: group.id, versionId: version.id });
    const [y2022, y2025] = [await period(2022), await period(2025)];
    const context = { groupId: group.id, versionId: version.id };
    const ids = async (validFrom: string) =>
      Object.fromEntries(
        (await db.unit.findMany({ where: { kind: 'COMMUNE', validFrom: new Date(validFrom) } })).map((u) => [
          u.code,
          u.id,
        ]),
      );
    const old = await ids('2022-10-01');
    const sheets2022 = Object.keys(old).map((code, index) => sheet(code, index + 1, index + 1));
    for (const s of sheets2022) points2022.set(s.unit, total(s));
    await writeSheets(db, { ...context, periodId: y2022, sheets: sheets2022, unitIds: old });

    const steps = importSteps({
      catalogue: readSeedData('quang-ninh-2025-03-01.json'),
      reorganisation: MERGES,
      provinces: ['22'],
      document: '1679/NQ-UBTVQH15',
    });
    expect(await runImport(db, steps)).toMatchObject({ created: 53, missing: [] });
    const today = {
      ...(await ids('2025-07-01')),
      '06967': old['06967'] as string, // Xã Cái Chiên goes on unchanged
    };
    const sheets2025 = Object.keys(today).map((code, index) => sheet(code, 500 + index, index + 1));
    await writeSheets(db, { ...context, periodId: y2025, sheets: sheets2025, unitIds: today });

    await createUser(server, { email: 'analyst@chiso.test', role: 'ANALYST' });
    analyst = await server.signedIn('analyst@chiso.test');
    vars = { a: gid('Period', y2022), b: gid('Period', y2025), g: gid('UnitGroup', group.id) };
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!backend.enabled)(
    'gives each 2025 commune the sum of its predecessors’ 2022 points',
    async () => {
      const { periodComparison } = await analyst.data(
        `query ($a: ID!, $b: ID!, $g: ID!) { periodComparison(fromPeriodId: $a, toPeriodId: $b, unitGroupId: $g, rule: SUM) {
        units { unit { code } status before incomplete predecessors { unit { code } } } } }`,
        vars,
      );
      const rows = periodComparison.units as Array<{
        unit: { code: string };
        status: string;
        before: number | null;
        incomplete: boolean;
        predecessors: Array<{ unit: { code: string } }>;
      }>;
      const today = rows.filter((row) => row.status !== 'REMOVED');
      expect(today).toHaveLength(54);
      for (const commune of MERGES.data[0]?.level2s ?? []) {
        const row = today.find((r) => r.unit.code === commune.level2_id);
        const olds = commune.merges.map((m) => m.old_id);
        const expected = olds.reduce((sum, code) => sum + (points2022.get(code) ?? 0), 0) / 100;
        expect([row?.unit.code, row?.before, row?.incomplete]).toEqual([commune.level2_id, expected, false]);
        if (row?.status === 'MERGED') {
          expect(row.predecessors.map((p) => p.unit.code).sort()).toEqual([...olds].sort());
        }
      }
      const statuses = today.map((row) => row.status);
      expect(statuses.filter((s) => s === 'MERGED')).toHaveLength(53);
      expect(statuses.filter((s) => s === 'BOTH')).toEqual(['BOTH']); // Cái Chiên
      // The six communes merged away in 2024 have no successor in the catalogues: their past stands alone.
      expect(
        rows
          .filter((row) => row.status === 'REMOVED')
          .map((row) => row.unit.code)
          .sort(),
      ).toEqual(['06682', '06718', '06802', '06991', '07072', '07087']);
    },
  );
});
