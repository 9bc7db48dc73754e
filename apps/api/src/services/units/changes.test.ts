/**
 * Today's units on the demo (Quảng Ninh, 2022 catalogue, three groups): the admin previews and imports
 * the bundled 2025 extract or an uploaded file, records a merge and a split, and edits group membership.
 */
import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD } from '@chiso/db/seed';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer, testBackends } from '../../test/harness.ts';

const seedText = (file: string) =>
  readFileSync(new URL(`../../../../../packages/db/src/seed/data/${file}`, import.meta.url), 'utf8');
const gid = (type: string, id: string) => encodeGlobalID(type, id);

const REPORT = `created updated unchanged renamed moved ended events missing changes { kind code name oldName }`;
const IMPORT = (field: string) => `mutation ($source: String, $content: String, $province: String!) {
  ${field}(input: { sourceId: $source, content: $content, provinceCode: $province }) {
    __typename ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Payload { data { ${REPORT} } }
    ... on AppError { code message issues { path message } } } }`;
const MERGE = `mutation ($ids: [ID!]!, $date: Date!, $code: String!, $name: String!) {
  mergeUnits(input: { unitIds: $ids, date: $date, document: "01/NQ-HĐND", successor: { code: $code, name: $name, type: "Phường" } }) {
    __typename ... on MergeUnitsPayload { data { id code name validFrom parent { code } group { code }
      lineage { kind date predecessors { unit { code endedOn } partial } } } }
    ... on AppError { code issues { path message } } } }`;
const SPLIT = `mutation ($id: ID!, $successors: [NewUnitInput!]!) {
  splitUnit(input: { id: $id, date: "2026-01-01", successors: $successors }) {
    __typename ... on SplitUnitPayload { data { id code name } }
    ... on AppError { code issues { path message } } } }`;

describe.each(await testBackends())('today’s units on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let admin: Client;
  const live = async (code: string) =>
    server.db.unit.findFirstOrThrow({ where: { code, endedOn: null }, orderBy: { validFrom: 'desc' } });

  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend }, { demo: true });
    admin = new Client(server.url);
    await admin.signIn('admin@chiso.local', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)('lists the bundled catalogues with their provinces', async () => {
    const { unitSources } = await admin.data(
      '{ unitSources { id date reorganisation provinces { code name } } }',
    );
    expect(unitSources[0]).toEqual({
      id: 'quang-ninh-2025',
      date: '2025-07-01',
      reorganisation: true,
      provinces: [{ code: '22', name: 'Tỉnh Quảng Ninh' }],
    });
  });

  it.skipIf(!enabled)(
    'refuses a file that is no catalogue, a province it lacks, and two sources',
    async () => {
      const preview = IMPORT('previewUnitImport');
      const notJson = await admin.data(preview, { content: '{"data": [', province: '22' });
      expect(notJson.previewUnitImport).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: 'Tệp không phải danh mục đơn vị hành chính hay tệp sắp xếp đơn vị năm 2025 hợp lệ.',
        issues: [{ path: 'content', message: expect.stringMatching(/^not JSON/) }],
      });
      const other = await admin.data(preview, { content: seedText('bac-kan-2022.json'), province: '22' });
      expect(other.previewUnitImport.issues).toEqual([
        { path: 'provinceCode', message: 'the file has no province 22' },
      ]);
      const both = await admin.data(preview, { source: 'quang-ninh-2025', content: '{}', province: '22' });
      expect(both.previewUnitImport.issues).toEqual([
        { path: 'sourceId', message: 'choose a bundled catalogue or upload a file, one of the two' },
      ]);
    },
  );

  it.skipIf(!enabled)('previews the 2025 extract without writing, then imports it once', async () => {
    const units = await server.db.unit.count();
    const preview = await admin.data(IMPORT('previewUnitImport'), {
      source: 'quang-ninh-2025',
      province: '22',
    });
    const report = preview.previewUnitImport.data;
    expect(report).toMatchObject({
      created: 53,
      updated: 8,
      renamed: 7,
      moved: 1,
      ended: 189,
      events: 79,
      missing: [],
    });
    expect(report.changes).toContainEqual({
      kind: 'RENAMED',
      code: '07081',
      name: 'Phường Bình Khê',
      oldName: 'Xã Bình Khê',
    });
    expect(report.changes).toContainEqual({
      kind: 'CREATED',
      code: '06994',
      name: 'Đặc khu Vân Đồn',
      oldName: null,
    });
    expect(await server.db.unit.count()).toBe(units);

    const applied = await admin.data(IMPORT('importUnitCatalogue'), {
      source: 'quang-ninh-2025',
      province: '22',
    });
    expect(applied.importUnitCatalogue.data).toEqual(report);
    expect(await server.db.unit.count()).toBe(units + 53);
    // Successors stay in the communes' group (nhóm 3) and sit under the province.
    const vanDon = await server.db.unit.findFirstOrThrow({
      where: { code: '06994', endedOn: null },
      include: { group: true, parent: true },
    });
    expect([vanDon.name, vanDon.group?.code, vanDon.parent?.code]).toEqual([
      'Đặc khu Vân Đồn',
      'nhom-3',
      '22',
    ]);
    const log = await server.db.auditLog.findMany({ where: { action: 'unit.import' } });
    expect(log).toMatchObject([{ entityId: 'quang-ninh-2025', after: { provinceCode: '22', created: 53 } }]);

    // The merge file uploaded again: every unit of it already there.
    const again = await admin.data(IMPORT('importUnitCatalogue'), {
      content: seedText('quang-ninh-2025-07-01-merges.json'),
      province: '22',
    });
    expect(again.importUnitCatalogue.data).toMatchObject({ created: 0, updated: 0, ended: 0, unchanged: 54 });
  });

  it.skipIf(!enabled)('records a merge: a new unit, the old ones ended, one MERGED event', async () => {
    const [haTu, baiChay] = [await live('06652'), await live('06673')];
    const ids = [gid('Unit', haTu.id), gid('Unit', baiChay.id)];
    const taken = await admin.data(MERGE, { ids, date: '2026-01-01', code: '06706', name: 'Phường Hạ Long' });
    expect(taken.mergeUnits).toEqual({
      __typename: 'AppError',
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'successor.code', message: 'the code 06706 belongs to Phường Tuần Châu' }],
    });
    const early = await admin.data(MERGE, { ids, date: '2025-07-01', code: '06652', name: 'Phường Hạ Long' });
    expect(early.mergeUnits.issues).toEqual([
      { path: 'date', message: 'Phường Hà Tu exists only from 2025-07-01' },
      { path: 'date', message: 'Phường Bãi Cháy exists only from 2025-07-01' },
    ]);

    const merged = await admin.data(MERGE, {
      ids,
      date: '2026-01-01',
      code: '06652',
      name: 'Phường Hạ Long',
    });
    const unit = merged.mergeUnits.data;
    expect(unit).toMatchObject({
      code: '06652',
      name: 'Phường Hạ Long',
      validFrom: '2026-01-01',
      parent: { code: '22' },
      group: { code: 'nhom-3' },
    });
    expect(unit.lineage).toEqual([
      {
        kind: 'MERGED',
        date: '2026-01-01',
        predecessors: [
          { unit: { code: '06652', endedOn: '2025-12-31' }, partial: false },
          { unit: { code: '06673', endedOn: '2025-12-31' }, partial: false },
        ],
      },
    ]);
    const twice = await admin.data(MERGE, { ids, date: '2026-01-01', code: '06652', name: 'Phường Hạ Long' });
    expect(twice.mergeUnits.issues.map((i: { message: string }) => i.message)).toEqual([
      'Phường Hà Tu ended on 2025-12-31',
      'Phường Bãi Cháy ended on 2025-12-31',
      'the code 06652 belongs to Phường Hạ Long',
    ]);
  });

  it.skipIf(!enabled)('records a split: the pieces linked as parts', async () => {
    const tuanChau = await live('06706');
    const id = gid('Unit', tuanChau.id);
    const clash = await admin.data(SPLIT, {
      id,
      successors: [
        { code: '06661', name: 'Phường Tuần Châu', type: 'Phường' },
        { code: '99001', name: 'Phường Đại Yên', type: 'Phường' },
      ],
    });
    expect(clash.splitUnit).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(clash.splitUnit.issues).toEqual([
      { path: 'successors', message: 'the code 06661 belongs to Phường Việt Hưng' },
    ]);
    const split = await admin.data(SPLIT, {
      id,
      successors: [
        { code: '06706', name: 'Phường Tuần Châu', type: 'Phường' },
        { code: '99001', name: 'Phường Đại Yên', type: 'Phường' },
      ],
    });
    expect(split.splitUnit.data.map((u: { code: string }) => u.code)).toEqual(['06706', '99001']);
    const piece = await admin.data(
      `query ($id: ID!) { node(id: $id) { ... on Unit { lineage { kind successors { unit { code } partial } } } } }`,
      { id: split.splitUnit.data[1].id },
    );
    expect(piece.node.lineage).toEqual([
      {
        kind: 'SPLIT',
        successors: [
          { unit: { code: '06706' }, partial: true },
          { unit: { code: '99001' }, partial: true },
        ],
      },
    ]);
    expect((await server.db.unit.findUniqueOrThrow({ where: { id: tuanChau.id } })).endedOn).toEqual(
      new Date('2025-12-31T00:00:00.000Z'),
    );
    const actions = await server.db.auditLog.findMany({
      where: { action: { in: ['unit.merge', 'unit.split'] } },
    });
    expect(actions.map((entry) => entry.action).sort()).toEqual(['unit.merge', 'unit.split']);
  });

  it.skipIf(!enabled)('takes units out of a group', async () => {
    const group = await server.db.unitGroup.findFirstOrThrow({ where: { code: 'nhom-3' } });
    const [one, other] = [await live('06967'), await live('06994')];
    const remove = `mutation ($g: ID!, $u: [ID!]!) { removeUnitsFromGroup(input: { id: $g, unitIds: $u }) {
      __typename ... on RemoveUnitsFromGroupPayload { data { code } } ... on AppError { code } } }`;
    const vars = { g: gid('UnitGroup', group.id), u: [gid('Unit', one.id), gid('Unit', other.id)] };
    expect((await admin.data(remove, vars)).removeUnitsFromGroup.data).toEqual({ code: 'nhom-3' });
    expect((await live('06967')).groupId).toBeNull();
    // Not members any more: nothing to take out.
    expect((await admin.data(remove, vars)).removeUnitsFromGroup.code).toBe('NOT_FOUND');
    const assign = `mutation ($g: ID!, $u: [ID!]!) { assignUnitsToGroup(input: { id: $g, unitIds: $u }) {
      __typename ... on AssignUnitsToGroupPayload { data { code units(first: 0) { totalCount } } } ... on AppError { code message } } }`;
    const back = await admin.data(assign, vars);
    expect(back.assignUnitsToGroup.data.code).toBe('nhom-3');
    expect((await live('06967')).groupId).toBe(group.id);
  });
});
