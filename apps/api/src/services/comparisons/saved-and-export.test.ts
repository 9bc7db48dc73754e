/** Saved comparisons (validated, audited, fetched by dashboards) and matrix exports that hold the API's numbers. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createUser,
  nationalAnalyst,
  PersistedClient,
  startTestServer,
  type TestServer,
  testBackends,
} from '../../test/harness.ts';
import { matrixToCsv } from './export.ts';
import { createComparisonFixture, type Fixture, gid } from './fixture.ts';
import { comparisonMatrix } from './matrix.ts';

const SAVE = `mutation ($name: String!, $definition: ComparisonDefinitionInput!) { saveComparison(input: { name: $name, definition: $definition }) {
  __typename ... on AppError { code issues { path message } } ... on SaveComparisonPayload { data { id name definition } } } }`;
/** A definition as stored and read back (`periods`), as the input takes it (`periodIds`). */
const asInput = ({ periods, ...definition }: Record<string, unknown>) => ({
  ...definition,
  periodIds: periods,
});
const MATRIX = `query ($p: ID!, $g: ID!) { comparisonMatrix(periodId: $p, unitGroupId: $g, nodeKind: CRITERION) {
  columns { code } rows { unit { code name } rank total points shares } } }`;

describe.each(await testBackends())('saved comparisons and exports on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let fixture: Fixture;
  let definition: Record<string, unknown>;
  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend });
    fixture = await createComparisonFixture(server.db);
    await createUser(server, { email: 'analyst@chiso.test', role: 'ANALYST' });
    await createUser(server, { email: 'reviewer@chiso.test', role: 'REVIEWER' });
    await createUser(server, { email: 'admin@chiso.test', role: 'ADMIN' });
    definition = {
      cohort: { unitGroupId: gid('UnitGroup', fixture.groupId), filters: { unitKind: 'COMMUNE' } },
      periods: [gid('Period', fixture.periods.y2021), gid('Period', fixture.periods.y2022)],
      nodes: { kind: 'GROUP', codes: ['SS.A', 'KQ.A'] },
      measures: ['POINTS', 'DELTA'],
      lineageRule: 'SUM',
      focusNode: 'KQ.A',
    };
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)('saves a comparison with an audit entry; a dashboard fetches it by ID', async () => {
    const analyst = await server.signedIn('analyst@chiso.test');
    const saved = await analyst.data(SAVE, { name: 'Nhóm xã 2021–2022', definition: asInput(definition) });
    expect(saved.saveComparison.__typename).toBe('SaveComparisonPayload');
    const { id } = saved.saveComparison.data;
    expect(saved.saveComparison.data.definition).toEqual(definition);
    const stored = await server.db.savedComparison.findFirstOrThrow();
    const log = await server.db.auditLog.findMany({ where: { entityId: stored.id } });
    expect(log).toMatchObject([
      { action: 'comparison.save', entityType: 'SavedComparison', actorKind: 'user' },
    ]);

    const admin = await server.signedIn('admin@chiso.test');
    const token = await admin.data(
      'mutation { createApiToken(input: { name: "Bảng điều khiển" }) { ... on CreateApiTokenPayload { data { secret } } } }',
    );
    // Dashboards run registered operations only: this client registers its query, then sends the hash.
    const dashboard = new PersistedClient(server.url, token.createApiToken.data.secret, server.db);
    const fetched = await dashboard.data(
      'query ($id: ID!) { savedComparison(id: $id) { name definition } }',
      { id },
    );
    expect(fetched.savedComparison).toEqual({ name: 'Nhóm xã 2021–2022', definition });
    const list = await analyst.data('{ savedComparisons(first: 10) { edges { node { id name } } } }');
    expect(list.savedComparisons.edges).toEqual([{ node: { id, name: 'Nhóm xã 2021–2022' } }]);
  });

  it.skipIf(!enabled)('refuses invalid definitions and other roles, writing nothing', async () => {
    const before = await server.db.savedComparison.count();
    const audits = () => server.db.auditLog.count({ where: { action: 'comparison.save' } });
    const audited = await audits();
    const analyst = await server.signedIn('analyst@chiso.test');
    const invalid = await analyst.data(SAVE, {
      name: 'x',
      definition: asInput({
        ...definition,
        measures: ['POINTS', 'POINTS'],
      }),
    });
    expect(invalid.saveComparison.code).toBe('VALIDATION_FAILED');
    expect(invalid.saveComparison.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'definition.measures',
    ]);
    const delta = await analyst.data(SAVE, {
      name: 'x',
      definition: asInput({ ...definition, periods: [gid('Period', fixture.periods.y2022)] }),
    });
    expect(delta.saveComparison.issues).toEqual([
      { path: 'definition.measures', message: 'DELTA needs two periods' },
      { path: 'definition.lineageRule', message: 'a lineage rule needs two periods' },
    ]);
    const wrongType = await analyst.data(SAVE, {
      name: 'x',
      definition: asInput({ ...definition, cohort: { unitGroupId: gid('Period', fixture.periods.y2022) } }),
    });
    expect(wrongType.saveComparison.issues).toEqual([
      { path: 'definition.cohort.unitGroupId', message: 'must be the ID of a UnitGroup' },
    ]);
    const missing = await analyst.data(SAVE, {
      name: 'x',
      definition: asInput({
        ...definition,
        cohort: { unitGroupId: gid('UnitGroup', '00000000-0000-7000-8000-000000000000') },
      }),
    });
    expect(missing.saveComparison.issues).toEqual([
      { path: 'definition.cohort.unitGroupId', message: 'no such unit group' },
    ]);
    const reviewer = await server.signedIn('reviewer@chiso.test');
    expect(
      (await reviewer.data(SAVE, { name: 'x', definition: asInput(definition) })).saveComparison.code,
    ).toBe('FORBIDDEN');
    expect(await server.db.savedComparison.count()).toBe(before);
    expect(await audits()).toBe(audited);
  });

  it.skipIf(!enabled)('exports the matrix as CSV and XLSX holding the API’s numbers', async () => {
    const variables = { p: gid('Period', fixture.periods.y2022), g: gid('UnitGroup', fixture.groupId) };
    const analyst = await server.signedIn('analyst@chiso.test');
    const api = (await analyst.data(MATRIX, variables)).comparisonMatrix;
    const download = (format: string, client = analyst) =>
      client.fetch(`/exports/comparison-matrix.${format}?periodId=${variables.p}&unitGroupId=${variables.g}`);
    const matrix = await comparisonMatrix(nationalAnalyst(server.db), {
      periodId: fixture.periods.y2022,
      unitGroupId: fixture.groupId,
      nodeKind: 'CRITERION',
    });

    const csvResponse = await download('csv');
    expect(csvResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csvText = await csvResponse.text();
    expect(csvText).toBe(matrixToCsv(matrix, 'vi').replace(/^\uFEFF/, ''));
    const csv = csvText
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    // Vietnamese: ';' between fields and decimal commas, as Excel set to Vietnamese reads them.
    expect(csv[0]).toBe(
      'Hạng;Mã đơn vị;Tên đơn vị;Loại hình;Tổng điểm;Điểm tối đa;SS.A.1 Máy tính (tối đa 3);SS.A.2 Mạng LAN (tối đa 2);SS.B.1 Quy chế (tối đa 5);KQ.A.1 Cổng thông tin (tối đa 6);KQ.A.2 Họp trực tuyến (tối đa 4);Không xếp hạng chung — lý do;Mức — Sẵn sàng;Mức — Kết quả',
    );
    const vi = (value: number) => String(value).replace('.', ',');
    // Only A is ranked in both categories: the others have no rank, and say why.
    const why = { A: '', D: 'Kết quả', B: 'Kết quả', C: 'Sẵn sàng' } as Record<string, string>;
    expect(csv.slice(1)).toEqual(
      api.rows.map(
        (row: any, index: number) =>
          `${row.rank ?? ''};${row.unit.code};${row.unit.name};${matrix.rows[index]?.unit.type};${vi(row.total)};${vi((matrix.rows[index]?.maxPoints as number) / 100)};${row.points.map(vi).join(';')};${why[row.unit.code] ? `Không được xếp hạng ở hạng mục ${why[row.unit.code]}` : ''};${matrix.rows[index]?.levels.map((level) => level ?? '').join(';')}`,
      ),
    );
    // The level columns: a unit has none in the category it is not ranked in, and a Mức elsewhere.
    const levelCells = (code: string) =>
      csv
        .find((line) => line.split(';')[1] === code)
        ?.split(';')
        .slice(-2);
    expect(levelCells('A')?.every((cell) => /^[1-4]$/.test(cell))).toBe(true);
    expect(levelCells('C')?.[0]).toBe('');
    expect(levelCells('B')?.[1]).toBe('');
    expect(api.rows.map((row: any) => row.rank)).toEqual([1, null, null, null]);
    // At least one value has decimals, so the convention is really checked.
    expect(csv.slice(1).some((line) => /;\d+,\d+;/.test(line))).toBe(true);
    // English: ',' and decimal points, English headers and reasons.
    const en = (
      await (
        await analyst.fetch(
          `/exports/comparison-matrix.csv?periodId=${variables.p}&unitGroupId=${variables.g}&lang=en`,
        )
      ).text()
    )
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(en[0]?.startsWith('Rank,Unit code,Unit name,Type,Total points,Maximum points,SS.A.1 ')).toBe(true);
    expect(en[1]?.split(',').slice(0, 2)).toEqual([String(api.rows[0].rank), api.rows[0].unit.code]);
    expect(en[1]?.split(',')[4]).toBe(String(api.rows[0].total));

    const xlsxUrl = `/exports/comparison-matrix.xlsx?periodId=${variables.p}&unitGroupId=${variables.g}`;
    const workbook = new ExcelJS.Workbook();
    const xlsx = await download('xlsx');
    expect(xlsx.headers.get('content-disposition')).toContain('.xlsx');
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as never);
    expect((await download('csv', server.anonymous())).status).toBe(401);
    expect((await download('pdf')).status).toBe(400);
    const points = workbook.getWorksheet('Điểm');
    const shares = workbook.getWorksheet('Tỷ lệ');
    expect(points?.getRow(2).getCell(2).value).toBe('Mã đơn vị');
    expect(points?.getRow(2).getCell(7).value).toBe('SS.A.1 Máy tính (tối đa 3)');
    api.rows.forEach((row: any, index: number) => {
      const sheetRow = points?.getRow(3 + index);
      expect(sheetRow?.getCell(2).value).toBe(row.unit.code);
      expect(sheetRow?.getCell(1).value).toBe(row.rank);
      expect(sheetRow?.getCell(5).value).toBe(row.total);
      expect(sheetRow?.getCell(7 + row.points.length).value ?? null).toBe(
        why[row.unit.code] ? `Không được xếp hạng ở hạng mục ${why[row.unit.code]}` : null,
      );
      expect(row.points.map((_: number, i: number) => sheetRow?.getCell(7 + i).value)).toEqual(row.points);
      expect(
        row.shares.map((_: number, i: number) => shares?.getRow(3 + index).getCell(7 + i).value ?? null),
      ).toEqual(row.shares);
    });
    // Numbers stay numbers, with formats Excel shows in the reader's own separators (73,44 in vi).
    expect(typeof points?.getRow(3).getCell(5).value).toBe('number');
    expect(points?.getRow(3).getCell(5).numFmt).toBe('#,##0.00');
    expect(points?.getRow(3).getCell(7).numFmt).toBe('#,##0.00');
    expect(shares?.getRow(3).getCell(7).numFmt).toBe('0.00%');
    // In English: English sheet names and headers, the same numbers.
    const english = new ExcelJS.Workbook();
    await english.xlsx.load((await (await analyst.fetch(`${xlsxUrl}&lang=en`)).arrayBuffer()) as never);
    const enPoints = english.getWorksheet('Points');
    expect(enPoints?.getRow(2).getCell(5).value).toBe('Total points');
    expect(enPoints?.getRow(3).getCell(5).value).toBe(api.rows[0].total);
    expect(english.getWorksheet('Shares')?.getRow(3).getCell(7).numFmt).toBe('0.00%');

    // The nodes an analyst chose, in document order whatever order they are named in.
    const chosen = await analyst.fetch(
      `/exports/comparison-matrix.csv?periodId=${variables.p}&unitGroupId=${variables.g}&nodeCodes=KQ.A.2,SS.A.2`,
    );
    const [header, first] = (await chosen.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'Hạng;Mã đơn vị;Tên đơn vị;Loại hình;Tổng điểm;Điểm tối đa;SS.A.2 Mạng LAN (tối đa 2);KQ.A.2 Họp trực tuyến (tối đa 4);Không xếp hạng chung — lý do;Mức — Sẵn sàng;Mức — Kết quả',
    );
    expect(first?.split(';').slice(-5, -2)).toEqual([
      ...[api.rows[0].points[1], api.rows[0].points[4]].map((value: number) =>
        String(value).replace('.', ','),
      ),
      '',
    ]);
  });
});
