import {
  importLineage,
  importUnits,
  lineageOfProvince,
  unitsFromAgencies,
  unitsFromCatalogue,
} from '@chiso/db';
import { readSeedData } from '@chiso/db/seed';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createUser,
  startTestServer,
  type TestServer,
  testBackends,
} from '../../test/harness.ts';

const gid = (type: string, id: string) => encodeGlobalID(type, id);

const SEARCH = `query ($search: String, $kind: UnitKind, $includeEnded: Boolean, $first: Int) {
  units(search: $search, kind: $kind, includeEnded: $includeEnded, first: $first) {
    totalCount edges { node { code name kind } }
  }
}`;

describe.each(await testBackends())('units on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let admin: Client;
  let analyst: Client;
  let dashboard: Client;
  const codes = new Map<string, string>(); // code (current unit) → id

  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend });
    const records = [
      ...unitsFromCatalogue(readSeedData('quang-ninh-2022.json'), '22'),
      ...unitsFromAgencies(readSeedData('quang-ninh-agencies.json'), '22'),
    ];
    await importUnits(server.db, records, { validFrom: '2022-10-01' });
    // Vân Đồn's reorganisation only: the special zone from its 12 communes.
    const lineage = lineageOfProvince(readSeedData('quang-ninh-2025-07-01-merges.json'), '22');
    const vanDon = lineage.records.filter((record) => record.to.code === '06994');
    await importLineage(
      server.db,
      { units: lineage.units.filter((unit) => unit.level === 1 || unit.code === '06994'), records: vanDon },
      { document: '1679/NQ-UBTVQH15' },
    );
    for (const unit of await server.db.unit.findMany({ where: { endedOn: null } }))
      codes.set(unit.code, unit.id);
    await createUser(server, { email: 'admin@units.test', role: 'ADMIN' });
    await createUser(server, { email: 'analyst@units.test', role: 'ANALYST' });
    await createUser(server, {
      email: 'officer@units.test',
      role: 'UNIT_OFFICER',
      unitId: codes.get('206') ?? null,
    });
    admin = await server.signedIn('admin@units.test');
    analyst = await server.signedIn('analyst@units.test');
    const token = await admin.data(
      'mutation { createApiToken(input: { name: "d" }) { ... on CreateApiTokenPayload { data { secret } } } }',
    );
    dashboard = server.withToken(token.createApiToken.data.secret);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)('finds units ignoring diacritics and case; every word must match', async () => {
    const quangYen = await analyst.data(SEARCH, { search: 'quang yen' });
    expect(quangYen.units.edges.map((edge: any) => edge.node)).toEqual([
      { code: '07132', name: 'Phường Quảng Yên', kind: 'COMMUNE' },
      { code: '206', name: 'Thị xã Quảng Yên', kind: 'DISTRICT' },
    ]);
    const dongTrieu = await analyst.data(SEARCH, { search: 'DONG trieu', kind: 'DISTRICT' });
    expect(dongTrieu.units.edges.map((edge: any) => edge.node.name)).toEqual(['Thị xã Đông Triều']);
    const accented = await dashboard.data(SEARCH, { search: 'Quảng Yên' });
    expect(accented.units.totalCount).toBe(2);
    const both = await analyst.data(SEARCH, { search: 'yen thi xa' });
    expect(both.units.totalCount).toBe(1);
    expect((await analyst.data(SEARCH, { search: 'quang yen hai phong' })).units.totalCount).toBe(0);
    const agencies = await analyst.data(SEARCH, { search: 'so', kind: 'PROVINCIAL_AGENCY', first: 50 });
    expect(agencies.units.totalCount).toBeGreaterThanOrEqual(17);
  });

  it.skipIf(!enabled)('hides ended units unless asked: Cái Rồng became Đặc khu Vân Đồn', async () => {
    const now = await analyst.data(SEARCH, { search: 'cai rong' });
    expect(now.units.totalCount).toBe(0);
    const all = await analyst.data(SEARCH, { search: 'cai rong', includeEnded: true });
    expect(all.units.edges.map((edge: any) => edge.node)).toEqual([
      { code: '06994', name: 'Thị trấn Cái Rồng', kind: 'COMMUNE' },
    ]);
    const zone = await analyst.data(SEARCH, { search: 'dac khu' });
    expect(zone.units.edges.map((edge: any) => edge.node)).toEqual([
      { code: '06994', name: 'Đặc khu Vân Đồn', kind: 'COMMUNE' },
    ]);
  });

  it.skipIf(!enabled)('walks the tree: provinces, children, ancestors', async () => {
    const tree = await analyst.data(`{
      unitTree { code name children(first: 60) { totalCount edges { node { code kind } } } }
    }`);
    expect(tree.unitTree).toHaveLength(1);
    const [province] = tree.unitTree;
    expect(province.code).toBe('22');
    const kinds = province.children.edges.map((edge: any) => edge.node.kind);
    // The agencies, the districts still existing, and the special zone (Vân Đồn district is abolished).
    expect(kinds.filter((kind: string) => kind === 'PROVINCIAL_AGENCY')).toHaveLength(35);
    expect(kinds.filter((kind: string) => kind === 'DISTRICT')).toHaveLength(12);
    expect(province.children.edges.some((edge: any) => edge.node.code === '06994')).toBe(true);

    const quangYen = codes.get('206') as string;
    const sub = await analyst.data(
      `query ($id: ID) { unitTree(rootId: $id) { name children(first: 3) { totalCount edges { node { name ancestors { code } parent { code } } } } } }`,
      { id: gid('Unit', quangYen) },
    );
    const [root] = sub.unitTree;
    expect(root.name).toBe('Thị xã Quảng Yên');
    expect(root.children.totalCount).toBeGreaterThan(10);
    expect(root.children.edges[0].node).toMatchObject({
      ancestors: [{ code: '22' }, { code: '206' }],
      parent: { code: '206' },
    });
  });

  it.skipIf(!enabled)('shows lineage with predecessors, successors and partial flags', async () => {
    const result = await analyst.data(`{
      units(search: "dac khu van don") { edges { node { validFrom endedOn lineage {
        kind date document predecessors { partial unit { code name endedOn } } successors { unit { name validFrom } }
      } } } }
    }`);
    const zone = result.units.edges[0].node;
    expect(zone.validFrom).toBe('2025-07-01');
    expect(zone.endedOn).toBeNull();
    expect(zone.lineage).toHaveLength(1);
    const [event] = zone.lineage;
    expect(event).toMatchObject({ kind: 'MERGED', date: '2025-07-01', document: '1679/NQ-UBTVQH15' });
    expect(event.predecessors).toHaveLength(12);
    expect(event.predecessors).toContainEqual({
      partial: false,
      unit: { code: '06994', name: 'Thị trấn Cái Rồng', endedOn: '2025-06-30' },
    });
    expect(event.successors).toEqual(
      Array(12).fill({ unit: { name: 'Đặc khu Vân Đồn', validFrom: '2025-07-01' } }),
    );

    const old = await analyst.data(`{ units(search: "cai rong", includeEnded: true) {
      edges { node { lineage { kind successors { unit { name } } } } } } }`);
    expect(old.units.edges[0].node.lineage).toEqual([
      { kind: 'MERGED', successors: Array(12).fill({ unit: { name: 'Đặc khu Vân Đồn' } }) },
    ]);
    // The district lost all its communes and was abolished.
    const district = await analyst.data(`{ units(search: "huyen van don", includeEnded: true) {
      edges { node { endedOn lineage { kind predecessors { unit { code } } successors { unit { code } } } } } } }`);
    expect(district.units.edges[0].node).toEqual({
      endedOn: '2025-06-30',
      lineage: [{ kind: 'ABOLISHED', predecessors: [{ unit: { code: '203' } }], successors: [] }],
    });
  });

  it.skipIf(!enabled)('manages groups (admin only) and lists their units', async () => {
    const create = `mutation ($code: String!, $name: String!) {
      createUnitGroup(input: { code: $code, name: $name, nameEn: "Group 2: districts", position: 2 }) {
        __typename ... on CreateUnitGroupPayload { data { id code name } } ... on AppError { code issues { path } }
      } }`;
    const refused = await analyst.request(create, { code: 'G2', name: 'Nhóm 2' });
    expect(refused.data?.createUnitGroup).toMatchObject({ __typename: 'AppError', code: 'FORBIDDEN' });
    const created = await admin.data(create, { code: 'G2', name: 'Nhóm 2: huyện' });
    const group = created.createUnitGroup.data;
    expect(group).toMatchObject({ code: 'G2', name: 'Nhóm 2: huyện' });
    const duplicate = await admin.data(create, { code: 'G2', name: 'Again' });
    expect(duplicate.createUnitGroup).toEqual({
      __typename: 'AppError',
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'code' }],
    });

    const districts = await server.db.unit.findMany({ where: { kind: 'DISTRICT', endedOn: null } });
    const assign = `mutation ($g: ID!, $u: [ID!]!) { assignUnitsToGroup(input: { id: $g, unitIds: $u }) {
      __typename ... on AssignUnitsToGroupPayload { data { code units(first: 20) { totalCount } } } ... on AppError { code } } }`;
    const ids = districts.map((unit) => gid('Unit', unit.id));
    const assigned = await admin.data(assign, { g: group.id, u: ids });
    expect(assigned.assignUnitsToGroup.data).toEqual({ code: 'G2', units: { totalCount: districts.length } });
    const unknown = await admin.data(assign, {
      g: group.id,
      u: [...ids, gid('Unit', '01900000-0000-7000-8000-000000000000')],
    });
    expect(unknown.assignUnitsToGroup).toEqual({ __typename: 'AppError', code: 'NOT_FOUND' });

    const update = await admin.data(
      `mutation ($id: ID!) { updateUnitGroup(input: { id: $id, name: "Nhóm 2: UBND cấp huyện" }) {
        ... on UpdateUnitGroupPayload { data { name nameEn position } } } }`,
      { id: group.id },
    );
    expect(update.updateUnitGroup.data).toEqual({
      name: 'Nhóm 2: UBND cấp huyện',
      nameEn: 'Group 2: districts',
      position: 2,
    });
    const listed = await dashboard.data('{ unitGroups { code name units(first: 1) { totalCount } } }');
    expect(listed.unitGroups).toEqual([
      { code: 'G2', name: 'Nhóm 2: UBND cấp huyện', units: { totalCount: districts.length } },
    ]);
    const grouped = await analyst.data(
      `query ($g: ID) { units(groupId: $g, search: "quang yen") { totalCount } }`,
      { g: group.id },
    );
    expect(grouped.units.totalCount).toBe(1);

    const log = await server.db.auditLog.findMany({
      where: { entityType: 'UnitGroup' },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    expect(log.map((entry) => entry.action)).toEqual([
      'unitGroup.create',
      'unitGroup.assignUnits',
      'unitGroup.update',
    ]);
  });

  it.skipIf(!enabled)('renames a unit with a RENAMED lineage event; bad input changes nothing', async () => {
    const id = gid('Unit', codes.get('206') as string);
    const rename = `mutation ($id: ID!, $name: String!, $date: Date!) {
      renameUnit(input: { id: $id, name: $name, date: $date, document: "1234/NQ-UBTVQH14" }) {
        __typename ... on RenameUnitPayload { data { name lineage { kind date oldName document } } }
        ... on AppError { code issues { path message } } } }`;
    const officer = await server.signedIn('officer@units.test');
    expect((await officer.data(rename, { id, name: 'X', date: '2024-01-01' })).renameUnit.code).toBe(
      'FORBIDDEN',
    );
    const early = await admin.data(rename, { id, name: 'Thành phố Quảng Yên', date: '2020-01-01' });
    expect(early.renameUnit).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'date' }] });
    const missing = await admin.data(rename, {
      id: gid('Unit', '01900000-0000-7000-8000-000000000000'),
      name: 'A',
      date: '2024-01-01',
    });
    expect(missing.renameUnit.code).toBe('NOT_FOUND');
    expect(await server.db.unitLineageEvent.count({ where: { kind: 'RENAMED' } })).toBe(0);

    const renamed = await admin.data(rename, { id, name: 'Thành phố Quảng Yên', date: '2024-05-01' });
    expect(renamed.renameUnit.data).toEqual({
      name: 'Thành phố Quảng Yên',
      lineage: [
        { kind: 'RENAMED', date: '2024-05-01', oldName: 'Thị xã Quảng Yên', document: '1234/NQ-UBTVQH14' },
      ],
    });
    const found = await analyst.data(SEARCH, { search: 'thanh pho quang yen' });
    expect(found.units.totalCount).toBe(1);
    const log = await server.db.auditLog.findMany({ where: { action: 'unit.rename' } });
    expect(log).toMatchObject([{ entityId: codes.get('206'), before: { name: 'Thị xã Quảng Yên' } }]);
  });

  it.skipIf(!enabled)('refuses anonymous callers', async () => {
    const result = await server.anonymous().request(SEARCH, { search: 'quang' });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.skipIf(!enabled)('costs the same number of statements for 10 and 100 units (no N+1)', async () => {
    const query = `query ($first: Int) { units(first: $first, includeEnded: true) { totalCount edges { node {
      code name parent { name } group { code } ancestors { code } children(first: 5) { totalCount edges { node { name } } }
      lineage { kind predecessors { partial unit { code } } }
    } } } }`;
    const measure = async (first: number) => {
      const { result, statements } = await server.db.$statements.measure(() =>
        analyst.data(query, { first }),
      );
      expect(result.units.edges).toHaveLength(first);
      return statements;
    };
    const ten = await measure(10);
    const hundred = await measure(100);
    expect(hundred).toBe(ten);
    // One query per relation level, whatever the page: session, units, count, parent, group, three
    // ancestor levels, children and their count, and the lineage both ways (link, event, links, units).
    expect(ten).toBeLessThanOrEqual(20);
  });
});
