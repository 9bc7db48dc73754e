import {
  importLineage,
  importUnits,
  type LineageRecord,
  lineageOfProvince,
  unitsFromCatalogue,
} from '@chiso/db';
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

/** Criteria points [SS.A.1 /3, SS.A.2 /2, SS.B.1 /5, KQ.A.1 /6, KQ.A.2 /4] in hundredths; rank by total. */
const sheet = (unit: string, points: Sheet['points'], rank: number): Sheet => ({
  unit,
  points,
  levels: { SS: 1, KQ: 1 },
  rank,
  ranks: { SS: rank, KQ: rank },
});

const SHEETS_2024: Sheet[] = [
  sheet('06652', [300, 200, 500, 600, 400], 1), // Phường Hà Phong 20
  sheet('06655', [300, 0, 500, 600, 0], 2), // Phường Hà Khẩu 14 — split between Việt Hưng and Tuần Châu
  sheet('06673', [200, 100, 300, 400, 200], 3), // Phường Bãi Cháy 12
  sheet('06664', [100, 0, 300, 200, 0], 4), // Phường Hà Tu 6
  sheet('06700', [100, 100, 100, 100, 101], 5), // Phường Tuần Châu 5.01
  sheet('06967', [100, 100, 100, 100, 100], 6), // Xã Cái Chiên 5
  sheet('06724', [0, 0, 300, 0, 0], 7), // Xã Hải Sơn 3 — its successor publishes nothing in 2025
  sheet('06661', [150, 0, 0, 0, 0], 8), // Phường Giếng Đáy 1.5
  sheet('06679', [0, 0, 100, 0, 0], 9), // Phường Hùng Thắng 1
  sheet('06706', [0, 0, 0, 0, 0], 10), // Phường Đại Yên 0
  // 06703 Phường Việt Hưng has no published result: its successor's past is incomplete.
];

const SHEETS_2025: Sheet[] = [
  sheet('06652', [300, 200, 500, 600, 0], 1), // Phường Hà Tu (new) 16 ← Hà Phong + Hà Tu
  sheet('06673', [200, 200, 200, 200, 200], 2), // Phường Bãi Cháy (new) 10 ← Bãi Cháy + Hùng Thắng
  sheet('06706', [300, 200, 500, 0, 0], 2), // Phường Tuần Châu 10 ← part of Hà Khẩu + Tuần Châu + Đại Yên
  sheet('06967', [200, 100, 100, 100, 100], 4), // Xã Cái Chiên, renamed 6
  sheet('06661', [300, 200, 0, 0, 0], 5), // Phường Việt Hưng 5 ← part of Hà Khẩu + Giếng Đáy + Việt Hưng
];

const PREDECESSORS = [...SHEETS_2024.map((s) => s.unit), '06703', '06727'];

// Added for the test: Quảng Ninh's 2025 lineage renames no commune without merging it.
const RENAME: LineageRecord = {
  kind: 'RENAMED',
  date: '2025-07-01',
  to: { code: '06967', name: 'Xã Đảo Cái Chiên', type: 'Xã', level: 2 },
  from: [{ code: '06967', name: 'Xã Cái Chiên', partial: false }],
};

const PERIODS = `query ($a: ID!, $b: ID!, $g: ID!, $rule: LineageRule, $follow: Boolean, $k: ComparisonNodeKind) {
  periodComparison(fromPeriodId: $a, toPeriodId: $b, unitGroupId: $g, rule: $rule, followLineage: $follow, nodeKind: $k) {
    fromPeriodCode toPeriodCode rule followLineage columns { code }
    units { unit { code name } status before after delta rankBefore rankAfter partial incomplete
      predecessors { unit { code name } partial points rank } nodesBefore nodesAfter nodeDeltas } } }`;

describe.each(await testBackends())('period over period across the 2025 lineage on $name', (backend) => {
  let server: TestServer;
  let analyst: Client;
  let vars: { a: string; b: string; g: string };
  beforeAll(async () => {
    if (!backend.enabled) return;
    server = await startTestServer(backend);
    const db = server.db;
    await importUnits(db, unitsFromCatalogue(readSeedData('quang-ninh-2022.json'), '22'), {
      validFrom: '2022-10-01',
    });
    const group = await db.unitGroup.create({ data: { code: 'QN-XA', name: 'Nhóm xã', nameEn: 'Communes' } });
    await db.unit.updateMany({ where: { code: { in: PREDECESSORS } }, data: { groupId: group.id } });
    const version = await createMiniVersion(db);
    const period = (year: number) =>
      assignedPeriod(db, { code: `QN${year}`, year, unitGroupId: group.id, versionId: version.id });
    const [y2024, y2025] = [await period(2024), await period(2025)];
    const ids = async (validFrom: string) =>
      Object.fromEntries(
        (await db.unit.findMany({ where: { validFrom: new Date(validFrom) } })).map((u) => [u.code, u.id]),
      );
    const context = { groupId: group.id, versionId: version.id };
    await writeSheets(db, {
      ...context,
      periodId: y2024,
      sheets: SHEETS_2024,
      unitIds: await ids('2022-10-01'),
    });

    const lineage = lineageOfProvince(readSeedData('quang-ninh-2025-07-01-merges.json'), '22');
    const changed = ['06652', '06673', '06661', '06706', '06724'];
    const records = [...lineage.records.filter((r) => changed.includes(r.to.code)), RENAME];
    const units = [...lineage.units.filter((u) => u.level === 1 || changed.includes(u.code)), RENAME.to];
    const counts = await importLineage(db, { units, records }, { document: '1679/NQ-UBTVQH15' });
    expect(counts).toMatchObject({ created: 6, events: 6, missing: [] });
    const successors = await ids('2025-07-01');
    // Successors inherit the group all their predecessors share.
    expect(await db.unit.count({ where: { id: { in: Object.values(successors) }, groupId: group.id } })).toBe(
      6,
    );
    await writeSheets(db, { ...context, periodId: y2025, sheets: SHEETS_2025, unitIds: successors });

    await createUser(server, { email: 'analyst@chiso.test', role: 'ANALYST' });
    analyst = await server.signedIn('analyst@chiso.test');
    vars = { a: gid('Period', y2024), b: gid('Period', y2025), g: gid('UnitGroup', group.id) };
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!backend.enabled)('builds merged units’ past as the mean of their predecessors', async () => {
    const { result, statements } = await server.db.$statements.measure(() => analyst.data(PERIODS, vars));
    const comparison = result.periodComparison;
    expect(comparison).toMatchObject({ fromPeriodCode: 'QN2024', toPeriodCode: 'QN2025', rule: 'MEAN' });
    expect(comparison.columns.map((c: any) => c.code)).toEqual(['SS.A', 'SS.B', 'KQ.A']);
    const rows = comparison.units.map((u: any) => [
      u.unit.code,
      u.status,
      u.before,
      u.after,
      u.delta,
      u.rankBefore,
      u.rankAfter,
      u.partial,
      u.incomplete,
    ]);
    expect(rows).toEqual([
      ['06652', 'MERGED', 13, 16, 3, null, 1, false, false], // (20 + 6) ÷ 2
      ['06673', 'MERGED', 6.5, 10, 3.5, null, 2, false, false], // (12 + 1) ÷ 2
      ['06706', 'MERGED', 6.34, 10, 3.66, null, 2, true, false], // (14 + 5.01 + 0) ÷ 3 = 6.3367
      ['06967', 'RENAMED', 5, 6, 1, 6, 4, false, false],
      ['06661', 'MERGED', 7.75, 5, -2.75, null, 5, true, true], // (14 + 1.5) ÷ 2; Việt Hưng unpublished
      ['06724', 'REMOVED', 3, null, null, 7, null, false, false],
    ]);
    const haTu = comparison.units[0];
    expect(haTu.unit.name).toBe('Phường Hà Tu');
    expect(haTu.predecessors).toEqual([
      { unit: { code: '06652', name: 'Phường Hà Phong' }, partial: false, points: 20, rank: 1 },
      { unit: { code: '06664', name: 'Phường Hà Tu' }, partial: false, points: 6, rank: 4 },
    ]);
    // Groups SS.A, SS.B, KQ.A: Hà Phong 5, 5, 10 and Hà Tu 1, 3, 2 → means 3, 4, 6.
    expect([haTu.nodesBefore, haTu.nodesAfter, haTu.nodeDeltas]).toEqual([
      [3, 4, 6],
      [5, 5, 6],
      [2, 1, 0],
    ]);
    const vietHung = comparison.units[4];
    expect(vietHung.predecessors).toEqual([
      { unit: { code: '06655', name: 'Phường Hà Khẩu' }, partial: true, points: 14, rank: 2 },
      { unit: { code: '06661', name: 'Phường Giếng Đáy' }, partial: false, points: 1.5, rank: 8 },
      { unit: { code: '06703', name: 'Phường Việt Hưng' }, partial: false, points: null, rank: null },
    ]);
    expect(comparison.units[3].unit.name).toBe('Xã Đảo Cái Chiên');
    // Session, two cohorts (two statements each) and the lineage links.
    expect(statements).toBeLessThanOrEqual(6);
  });

  it.skipIf(!backend.enabled)(
    'combines by sum or maximum when asked, or matches by identity only',
    async () => {
      const byRule = async (rule: string) =>
        (await analyst.data(PERIODS, { ...vars, rule })).periodComparison.units.map((u: any) => [
          u.unit.code,
          u.before,
          u.delta,
        ]);
      expect((await byRule('SUM')).slice(0, 3)).toEqual([
        ['06652', 26, -10],
        ['06673', 13, -3],
        ['06706', 19.01, -9.01],
      ]);
      expect((await byRule('MAX')).slice(0, 3)).toEqual([
        ['06652', 20, -4],
        ['06673', 12, -2],
        ['06706', 14, -4],
      ]);
      const plain = (await analyst.data(PERIODS, { ...vars, follow: false })).periodComparison;
      const statuses = plain.units.map((u: any) => u.status);
      expect(statuses.filter((s: string) => s === 'ADDED')).toHaveLength(5);
      expect(statuses.filter((s: string) => s === 'REMOVED')).toHaveLength(10);
    },
  );

  it.skipIf(!backend.enabled)('names risers and fallers through lineage in the summary', async () => {
    const { result, statements } = await server.db.$statements.measure(() =>
      analyst.data(
        `query ($p: ID!, $g: ID!) { comparisonSummary(periodId: $p, unitGroupId: $g) { previousPeriodCode
          risers { unit { code } status before after delta rankBefore }
          fallers { unit { code } status before after delta rankBefore } } }`,
        { p: vars.b, g: vars.g },
      ),
    );
    const summary = result.comparisonSummary;
    expect(summary.previousPeriodCode).toBe('QN2024');
    expect(summary.risers).toEqual([
      { unit: { code: '06706' }, status: 'MERGED', before: 6.34, after: 10, delta: 3.66, rankBefore: null },
      { unit: { code: '06673' }, status: 'MERGED', before: 6.5, after: 10, delta: 3.5, rankBefore: null },
      { unit: { code: '06652' }, status: 'MERGED', before: 13, after: 16, delta: 3, rankBefore: null },
    ]);
    expect(summary.fallers).toEqual([
      { unit: { code: '06661' }, status: 'MERGED', before: 7.75, after: 5, delta: -2.75, rankBefore: null },
    ]);
    // Session, the cohort (two statements), earlier results and the lineage links.
    expect(statements).toBeLessThanOrEqual(5);
  });

  it.skipIf(!backend.enabled)('follows lineage in criterion deltas too', async () => {
    const { periodComparison } = await analyst.data(PERIODS, { ...vars, k: 'CRITERION' });
    const tuanChau = periodComparison.units.find((u: any) => u.unit.code === '06706');
    // SS.A.1: Hà Khẩu 3, Tuần Châu 1, Đại Yên 0 → mean 1.33; KQ.A.2: 0, 1.01, 0 → 0.34 (0.3367 half-up).
    expect(tuanChau.nodesBefore).toEqual([1.33, 0.33, 2, 2.33, 0.34]);
    expect(tuanChau.nodeDeltas).toEqual([1.67, 1.67, 3, -2.33, -0.34]);
  });
});
