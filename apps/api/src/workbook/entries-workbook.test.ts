/**
 * Entries workbooks end to end over HTTP on the demo data: the 177 communes' template filled in
 * and imported after a dry run; one bad cell imports nothing and names the cell; a submitted
 * assessment is refused by name; an officer cannot import another unit's figures.
 */
import { loadCriteriaSet } from '@chiso/criteria';
import { scoredNodesByCode } from '@chiso/scoring';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createUser, startTestServer, type TestServer, testBackends } from '../test/harness.ts';
import type { EntriesImport } from './import-entries.ts';
import { MATRIX_SHEET, UNIT_SHEET } from './layout.ts';

const nodes = scoredNodesByCode(loadCriteriaSet('btttt-2392-commune'));
const yesNoCode = [...nodes.values()].find((node) => node.rule.kind === 'yesNo')?.code ?? '';

/** A value for a node's column, different from what the demo holds (77,5 % is never generated). */
function filled(key: string): string | number {
  const [code = '', part] = key.split('#');
  const rule = nodes.get(code)?.rule;
  switch (rule?.kind) {
    case 'yesNo':
      return 'Có';
    case 'share':
      return 77.5;
    case 'ratio':
      return part === 'denominator' ? 8 : 7;
    case 'choice':
      return rule.options[0]?.label.vi ?? '';
    case 'cappedCount':
      return 3;
    case 'manual':
      return 0.5;
    default:
      return 12;
  }
}

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  expect(response.status, await response.clone().text()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

async function upload(client: Client, workbook: ExcelJS.Workbook, apply: boolean): Promise<EntriesImport> {
  const response = await client.fetch(`/workbooks/entries?apply=${apply}`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as EntriesImport;
}

/** The row of a node on a unit's own sheet. */
function rowOf(sheet: ExcelJS.Worksheet, code: string): number {
  for (let row = UNIT_SHEET.firstRow; row <= sheet.rowCount; row += 1)
    if (sheet.getCell(row, UNIT_SHEET.codeColumn).value === code) return row;
  throw new Error(`no row for ${code}`);
}

describe.each(await testBackends())('entries workbooks on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let admin: Client;
  let officer: Client;
  let scope: { periodId: string; unitGroupId: string; versionId: string };
  let communes: Array<{ id: string; unitId: string; unit: { name: string } }>;

  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend }, { demo: true });
    const period = await server.db.period.findFirstOrThrow({ where: { code: '2022' } });
    const group = await server.db.unitGroup.findFirstOrThrow({ where: { code: 'nhom-3' } });
    const version = await server.db.criteriaVersion.findFirstOrThrow({
      where: { set: { code: 'btttt-2392-commune' } },
    });
    scope = { periodId: period.id, unitGroupId: group.id, versionId: version.id };
    // The demo's communes are mostly submitted by now: open them all again for the import.
    await server.db.assessment.updateMany({ where: scope, data: { status: 'DRAFT', submittedAt: null } });
    communes = await server.db.assessment.findMany({
      where: scope,
      select: { id: true, unitId: true, unit: { select: { name: true } } },
      orderBy: { unit: { code: 'asc' } },
    });
    await createUser(server, { email: 'admin@chiso.test', role: 'ADMIN' });
    await createUser(server, {
      email: 'xa@chiso.test',
      role: 'UNIT_OFFICER',
      unitId: communes[0]?.unitId ?? null,
    });
    admin = await server.signedIn('admin@chiso.test');
    officer = await server.signedIn('xa@chiso.test');
  });
  afterAll(async () => {
    await server?.close();
  });

  const template = (client: Client, query: Record<string, string>) =>
    client.fetch(`/workbooks/entries-template.xlsx?${new URLSearchParams(query)}`).then(workbookOf);

  it.skipIf(!enabled)(
    "imports the 177 communes' filled template after a dry run",
    { timeout: 200_000 },
    async () => {
      expect(communes).toHaveLength(177);
      const workbook = await template(admin, { ...scope, layout: 'matrix' });
      const sheet = workbook.worksheets.find((candidate) => candidate.state === 'visible');
      if (!sheet) throw new Error('no data sheet');
      expect(sheet.getCell(MATRIX_SHEET.headerRow, 1).value).toBe('Mã đơn vị');
      // The first criterion of each rule kind, for every unit (every cell would make a slow test).
      const kinds = new Map<string, string>();
      const keys = (sheet.getRow(MATRIX_SHEET.codeRow).values as unknown[]).map((key) => {
        const code = typeof key === 'string' ? (key.split('#')[0] ?? '') : '';
        const kind = nodes.get(code)?.rule.kind;
        if (!kind || (kinds.has(kind) && kinds.get(kind) !== code)) return undefined;
        kinds.set(kind, code);
        return key as string;
      });
      for (let row = MATRIX_SHEET.firstRow; row < MATRIX_SHEET.firstRow + 177; row += 1)
        keys.forEach((key, column) => {
          if (key) sheet.getCell(row, column).value = filled(key);
        });

      const dryRun = await upload(admin, workbook, false);
      expect(dryRun.problems).toEqual([]);
      expect(dryRun.applied).toBe(false);
      expect(dryRun.units.filter((unit) => unit.changes.length > 0)).toHaveLength(177);
      const share = dryRun.units[0]?.changes.find((change) => change.after?.vi === '77,5');
      expect(share?.cells[0]).toMatch(/^Đơn vị × tiêu chí![A-Z]+7$/);
      expect(await server.db.auditLog.count({ where: { action: 'assessment.importEntries' } })).toBe(0);

      const applied = await upload(admin, workbook, true);
      expect(applied.applied).toBe(true);
      const stored = await server.db.assessmentEntry.findMany({
        where: {
          assessmentId: { in: communes.map((commune) => commune.id) },
          nodeCode: share?.nodeCode ?? '',
        },
      });
      expect(stored.map((entry) => entry.input)).toEqual(Array(177).fill(77.5));
      expect(await server.db.auditLog.count({ where: { action: 'assessment.importEntries' } })).toBe(177);
    },
  );

  it.skipIf(!enabled)('imports nothing when one cell is wrong, and names the cell', async () => {
    const commune = communes[1] as (typeof communes)[number];
    const workbook = await template(admin, { assessmentId: commune.id });
    const sheet = workbook.getWorksheet(commune.unit.name) as ExcelJS.Worksheet;
    const [share, ratio] = [...nodes.values()].filter((node) => ['share', 'ratio'].includes(node.rule.kind));
    const shareRow = rowOf(sheet, share?.code ?? '');
    sheet.getCell(shareRow, UNIT_SHEET.valueColumn).value = 120;
    sheet.getCell(rowOf(sheet, ratio?.code ?? ''), UNIT_SHEET.valueColumn).value = 1;
    const before = await server.db.assessment.findUniqueOrThrow({ where: { id: commune.id } });

    const report = await upload(admin, workbook, true);
    expect(report.applied).toBe(false);
    expect(report.problems.map((problem) => problem.messages.vi)).toEqual([
      `${commune.unit.name}!F${shareRow}: ${share?.code}: Tỷ lệ phải từ 0 đến 100 (đã nhập 120)`,
    ]);
    const after = await server.db.assessment.findUniqueOrThrow({ where: { id: commune.id } });
    expect(after.revision).toBe(before.revision);
  });

  it.skipIf(!enabled)('refuses a submitted assessment by its name', async () => {
    const commune = communes[2] as (typeof communes)[number];
    await server.db.assessment.update({ where: { id: commune.id }, data: { status: 'SUBMITTED' } });
    const workbook = await template(admin, { assessmentId: commune.id });
    const sheet = workbook.getWorksheet(commune.unit.name) as ExcelJS.Worksheet;
    // Locked in the template; exceljs writes it anyway, as a person removing the protection would.
    const cell = sheet.getCell(rowOf(sheet, yesNoCode), UNIT_SHEET.valueColumn);
    expect(cell.protection?.locked).not.toBe(false);
    cell.value = cell.value === 'Có' ? 'Không' : 'Có';
    const report = await upload(admin, workbook, true);
    expect(report.applied).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]?.messages.vi).toMatch(
      new RegExp(`^${commune.unit.name}: phiếu đang ở trạng thái "đã nộp"`),
    );
  });

  it.skipIf(!enabled)('lets an officer fill in their own unit only', async () => {
    const own = communes[0] as (typeof communes)[number];
    const other = communes[3] as (typeof communes)[number];
    const mine = await template(officer, { ...scope, layout: 'matrix' });
    const visible = mine.worksheets.filter((sheet) => sheet.state === 'visible');
    expect(visible[0]?.getCell(MATRIX_SHEET.firstRow + 1, 1).value).toBeNull();

    const theirs = await template(admin, { assessmentId: other.id });
    const sheet = theirs.getWorksheet(other.unit.name) as ExcelJS.Worksheet;
    sheet.getCell(rowOf(sheet, yesNoCode), UNIT_SHEET.valueColumn).value = 'Không';
    const report = await upload(officer, theirs, true);
    expect(report.applied).toBe(false);
    expect(report.units).toEqual([]);
    expect(report.problems.map((problem) => problem.code)).toEqual(['FORBIDDEN']);
    expect(report.problems[0]?.messages.vi).toContain(other.unit.name);

    // The officer's own assessment as a workbook holds the imported share; another unit's is refused.
    const exported = await officer.fetch(`/exports/assessment.xlsx?assessmentId=${own.id}`).then(workbookOf);
    const rows = exported.worksheets[0]?.getSheetValues() ?? [];
    const shareCode = [...nodes.values()].find((node) => node.rule.kind === 'share')?.code;
    const shareRow = rows.find((row) => Array.isArray(row) && row[1] === shareCode) as unknown[];
    expect(shareRow?.[5]).toBe(77.5);
    expect((await officer.fetch(`/exports/assessment.xlsx?assessmentId=${other.id}`)).status).toBe(403);
  });
});
