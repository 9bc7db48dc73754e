/**
 * Provinces as tenants, on two provinces of the national dataset (48 Đà Nẵng, 95 Bạc Liêu: the
 * smallest by communes, from the committed extract): a province's admin and analyst never see the other's units, groups, assessments,
 * rankings, matrix rows, users or audit — through lists, node/nodes and downloads — and cannot change
 * its rows (FORBIDDEN, vi+en); the ministry's sets and the national periods are read by both; a
 * national admin sees both provinces.
 */
import { readFileSync } from 'node:fs';
import { loadNational, nationalPlan } from '@chiso/db/national';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCohort } from '../services/comparisons/cohort.ts';
import { type Client, createUser, startTestServer, type TestServer, testBackends } from '../test/harness.ts';

const A = '48';
const B = '95';
const EXTRACT = new URL('../../../../packages/db/src/seed/data/da-nang-bac-lieu-2022.json', import.meta.url);
/** A province's own set (Quảng Ninh's supplement, renamed): each province may make one of this code. */
const OWN_SET_YAML = readFileSync(
  new URL('../../../../criteria/268-kh-ubnd-quang-ninh/district-supplement.yaml', import.meta.url),
  'utf8',
).replace(/^code: .*$/m, 'code: bo-rieng');

describe.each(await testBackends({ embeddedOnly: true }))('provinces as tenants on $name', (backend) => {
  let server: TestServer;
  const as = {} as Record<'adminA' | 'analystA' | 'adminB' | 'national', Client>;
  const ids = {} as Record<'provinceA' | 'provinceB' | 'groupB' | 'unitB' | 'assessmentB' | 'period', string>;
  const unitsOf = {} as Record<'A' | 'B', number>;

  beforeAll(async () => {
    server = await startTestServer(backend);
    const catalogue = JSON.parse(readFileSync(EXTRACT, 'utf8'));
    await loadNational(server.db, nationalPlan(catalogue, [A, B]));
    const province = (code: string) =>
      server.db.unit.findFirstOrThrow({ where: { code, parentId: null }, select: { id: true } });
    ids.provinceA = (await province(A)).id;
    ids.provinceB = (await province(B)).id;
    unitsOf.A = await server.db.unit.count({ where: { provinceId: ids.provinceA } });
    unitsOf.B = await server.db.unit.count({ where: { provinceId: ids.provinceB } });
    const groupB = await server.db.unitGroup.findFirstOrThrow({ where: { code: `xa-${B}` } });
    const assessmentB = await server.db.assessment.findFirstOrThrow({ where: { unitGroupId: groupB.id } });
    ids.groupB = encodeGlobalID('UnitGroup', groupB.id);
    ids.unitB = encodeGlobalID('Unit', assessmentB.unitId);
    ids.assessmentB = encodeGlobalID('Assessment', assessmentB.id);
    ids.period = encodeGlobalID('Period', assessmentB.periodId);
    const people = [
      ['adminA', 'ADMIN', ids.provinceA],
      ['analystA', 'ANALYST', ids.provinceA],
      ['adminB', 'ADMIN', ids.provinceB],
      ['national', 'ADMIN', null],
    ] as const;
    for (const [name, role, provinceId] of people) {
      await createUser(server, { email: `${name.toLowerCase()}@tinh.local`, role, provinceId });
      as[name] = await server.signedIn(`${name.toLowerCase()}@tinh.local`);
    }
    // One audited change in each province: a new group by each province's admin.
    for (const [name, code] of [
      ['adminA', 'moi-a'],
      ['adminB', 'moi-b'],
    ] as const) {
      await as[name].data(
        `mutation { createUnitGroup(input: { code: "${code}", name: "Mới", nameEn: "New" }) { __typename } }`,
      );
    }
  }, 240_000);
  afterAll(() => server?.close());

  const LISTS = `{
    units(first: 1) { totalCount }
    unitGroups { code }
    periods(first: 10) { edges { node { code } } }
    criteriaSets(first: 10) { edges { node { code } } }
    users(first: 50) { edges { node { email } } }
    auditLog(first: 50) { edges { node { action entityId } } }
  }`;

  it("lists only the viewer's province (and the national periods and ministry sets)", async () => {
    const mine = await as.adminA.data(LISTS);
    expect(mine.units.totalCount).toBe(unitsOf.A);
    expect(mine.unitGroups.map((group: { code: string }) => group.code).sort()).toEqual(
      [`huyen-${A}`, 'moi-a', `xa-${A}`].sort(),
    );
    expect(mine.periods.edges.map((edge: { node: { code: string } }) => edge.node.code).sort()).toEqual([
      '2021',
      '2022',
    ]);
    expect(mine.criteriaSets.edges.length).toBeGreaterThan(0);
    expect(mine.users.edges.map((edge: { node: { email: string } }) => edge.node.email).sort()).toEqual([
      'admina@tinh.local',
      'analysta@tinh.local',
    ]);
    // Their province's trail (the new group, their sign-ins), nothing of the other's.
    const [groupA, groupB, adminB] = await Promise.all([
      server.db.unitGroup.findFirstOrThrow({ where: { code: 'moi-a' } }),
      server.db.unitGroup.findFirstOrThrow({ where: { code: 'moi-b' } }),
      server.db.user.findUniqueOrThrow({ where: { email: 'adminb@tinh.local' } }),
    ]);
    const trail = mine.auditLog.edges.map((edge: { node: { entityId: string } }) => edge.node.entityId);
    expect(trail).toContain(groupA.id);
    expect(trail).not.toContain(groupB.id);
    expect(trail).not.toContain(adminB.id);

    const all = await as.national.data(LISTS);
    expect(all.units.totalCount).toBe(unitsOf.A + unitsOf.B);
    expect(all.unitGroups).toHaveLength(6);
    // Both provinces' people, and the national load's own (national) sign-ins.
    expect(all.users.edges.map((edge: { node: { email: string } }) => edge.node.email)).toEqual(
      expect.arrayContaining(['admina@tinh.local', 'adminb@tinh.local', 'admin@chiso.local']),
    );
    expect(all.auditLog.edges.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses the other province's rows through node/nodes, rankings, the matrix and downloads", async () => {
    for (const viewer of [as.adminA, as.analystA]) {
      const found = await viewer.request(
        'query ($ids: [ID!]!, $unit: ID!) { nodes(ids: $ids) { id } unit: node(id: $unit) { id } }',
        { ids: [ids.groupB, ids.assessmentB], unit: ids.unitB },
      );
      // Not found or refused: never the data.
      expect(JSON.stringify(found.data ?? null)).not.toContain(ids.unitB);
      expect(JSON.stringify(found.data ?? null)).not.toContain(ids.groupB);
      expect(JSON.stringify(found.data ?? null)).not.toContain(ids.assessmentB);
      for (const query of [
        'query ($p: ID!, $g: ID!) { ranking(periodId: $p, unitGroupId: $g, first: 5) { edges { node { id } } } }',
        'query ($p: ID!, $g: ID!) { comparisonMatrix(periodId: $p, unitGroupId: $g, nodeKind: CATEGORY) { rows { unit { id } } } }',
      ]) {
        const refused = await viewer.request(query, { p: ids.period, g: ids.groupB });
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(JSON.stringify(refused.data ?? null)).not.toContain('"unit"');
      }
    }
    const raw = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1];
    const download = await as.adminA.fetch(
      `/exports/comparison-matrix.csv?periodId=${raw(ids.period)}&unitGroupId=${raw(ids.groupB)}&nodeKind=CATEGORY`,
    );
    expect(download.status).toBe(403);
    // The national admin reads province B's ranking.
    const ranking = await as.national.data(
      'query ($p: ID!, $g: ID!) { ranking(periodId: $p, unitGroupId: $g, first: 5) { edges { node { id } } } }',
      { p: ids.period, g: ids.groupB },
    );
    expect(ranking.ranking.edges.length).toBeGreaterThan(0);
  });

  it("refuses changes to the other province's rows and to national ones, in both languages", async () => {
    const groupB = await server.db.unitGroup.findFirstOrThrow({ where: { code: 'moi-b' } });
    const refused = await as.adminA.data(
      'mutation ($id: ID!) { updateUnitGroup(input: { id: $id, name: "Đổi" }) { ... on AppError { code message messages { vi en } } } }',
      { id: encodeGlobalID('UnitGroup', groupB.id) },
    );
    expect(refused.updateUnitGroup.code).toBe('FORBIDDEN');
    expect(refused.updateUnitGroup.messages.vi).toContain('tỉnh khác');
    expect(refused.updateUnitGroup.messages.en).toContain("another province's");
    // A national period is the national admins' to change.
    const national = await as.adminA.data(
      'mutation ($id: ID!) { reopenPeriod(input: { id: $id, reason: "x" }) { ... on AppError { code } } }',
      { id: ids.period },
    );
    expect(national.reopenPeriod.code).toBe('FORBIDDEN');
    expect((await server.db.unitGroup.findUniqueOrThrow({ where: { id: groupB.id } })).name).toBe('Mới');
  });

  it("lets each province use a code the other uses, never telling one of the other's", async () => {
    const createPeriod = (code: string) => `mutation { createPeriod(input: { code: "${code}", name: "Năm",
      kind: YEAR, startsOn: "2030-01-01", endsOn: "2030-12-31" }) { __typename ... on AppError { issues { code message } } } }`;
    const CREATE_GROUP = `mutation { createUnitGroup(input: { code: "chung", name: "Chung", nameEn: "Shared" }) {
      __typename ... on AppError { issues { code } } } }`;
    const CREATE_SET = `mutation ($yaml: String!) { createCriteriaDraftFromYaml(input: { yaml: $yaml }) {
      __typename ... on AppError { code message } } }`;
    for (const admin of [as.adminA, as.adminB]) {
      expect((await admin.data(createPeriod('2030'))).createPeriod.__typename).toBe('CreatePeriodPayload');
      expect((await admin.data(CREATE_GROUP)).createUnitGroup.__typename).toBe('CreateUnitGroupPayload');
      const set = await admin.data(CREATE_SET, { yaml: OWN_SET_YAML });
      expect(set.createCriteriaDraftFromYaml).not.toHaveProperty('code');
    }
    expect(
      await Promise.all([
        server.db.period.count({ where: { code: '2030' } }),
        server.db.unitGroup.count({ where: { code: 'chung' } }),
        server.db.criteriaSet.count({ where: { code: 'bo-rieng' } }),
      ]),
    ).toEqual([2, 2, 2]);
    // Taken where its creator sees it: the province's own, a national period, and every
    // province's for a national admin.
    for (const [admin, code] of [
      [as.adminA, '2030'],
      [as.adminB, '2021'],
      [as.national, '2030'],
    ] as const) {
      const { createPeriod: refused } = await admin.data(createPeriod(code));
      expect(refused.issues.map((issue: { code: string }) => issue.code)).toEqual(['PERIOD_CODE_TAKEN']);
    }

    // Each finds its own by code; a national admin names the province where two use it.
    const BY_CODE = `query ($p: String) { period(code: "2030", province: $p) { provinceCode }
      criteriaSet(code: "bo-rieng", province: $p) { code } }`;
    expect((await as.adminA.data(BY_CODE)).period.provinceCode).toBe(A);
    expect((await as.adminB.data(BY_CODE)).period.provinceCode).toBe(B);
    // Both fields refused (in whichever order the database answers them), each naming its code.
    const ambiguous = await as.national.request(BY_CODE);
    expect(ambiguous.errors?.map((error) => error.extensions?.code)).toEqual([
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
    ]);
    const messages = ambiguous.errors?.map((error) => error.message).join('\n');
    expect(messages).toContain('"2030"');
    expect(messages).toContain('"bo-rieng"');
    const named = await as.national.data(BY_CODE, { p: B });
    expect([named.period.provinceCode, named.criteriaSet.code]).toEqual([B, 'bo-rieng']);
    expect((await as.adminA.data(BY_CODE, { p: B })).period).toBeNull();
    const national = await as.adminA.data('{ period(code: "2021", province: "toan-quoc") { provinceCode } }');
    expect(national.period).toEqual({ provinceCode: null });

    // A new version joins the set its maker sees, in the set's province, whoever makes it.
    const version = (yaml: string, label: string) => yaml.replace(/^version: .*$/m, `version: "${label}"`);
    const ownOfA = OWN_SET_YAML.replace(/^code: .*$/m, 'code: rieng-a');
    await as.adminA.data(CREATE_SET, { yaml: ownOfA });
    const byNational = await as.national.data(CREATE_SET, { yaml: version(ownOfA, '2023') });
    expect(byNational.createCriteriaDraftFromYaml).not.toHaveProperty('code');
    const sets = await server.db.criteriaSet.findMany({
      where: { code: 'rieng-a' },
      select: { provinceId: true, _count: { select: { versions: true } } },
    });
    expect(sets).toEqual([{ provinceId: ids.provinceA, _count: { versions: 2 } }]);
    // Where two provinces have the code, a national admin cannot say which: refused, nothing written.
    const twice = await as.national.data(CREATE_SET, { yaml: version(OWN_SET_YAML, '2024') });
    expect(twice.createCriteriaDraftFromYaml.code).toBe('VALIDATION_FAILED');
    expect(await server.db.criteriaVersion.count({ where: { set: { code: 'bo-rieng' } } })).toBe(2);
  });

  /** Province A's rows that province B's admin tries to change: two communes, an assessment, a plan, evidence. */
  async function rowsOfA() {
    const groupA = await server.db.unitGroup.findFirstOrThrow({ where: { code: `xa-${A}` } });
    const [first, second] = await server.db.assessment.findMany({
      where: { unitGroupId: groupA.id },
      take: 2,
      orderBy: { id: 'asc' },
    });
    if (!first || !second) throw new Error('province A has fewer than two assessed communes');
    const plan = await server.db.improvementPlan.create({
      data: { unitId: first.unitId, targetPeriodId: first.periodId, status: 'SUBMITTED' },
    });
    const evidence = await server.db.evidence.create({
      data: { assessmentId: first.id, title: 'Quyết định', url: 'https://tinh.gov.vn/qd' },
    });
    return { groupA, first, second, plan, evidence };
  }

  it("refuses province B's admin every write on province A's rows, and changes nothing", async () => {
    const { groupA, first, second, plan, evidence } = await rowsOfA();
    const unit = (id: string) => encodeGlobalID('Unit', id);
    const before = await server.db.unit.findUniqueOrThrow({ where: { id: first.unitId } });
    const refusals: Array<[string, string, Record<string, unknown>]> = [
      [
        'createImprovementPlan',
        '{ unitId: $u, targetPeriodId: $p }',
        { u: unit(second.unitId), p: ids.period },
      ],
      [
        'saveImprovementPlan',
        '{ id: $id, revision: 0, targets: [] }',
        { id: encodeGlobalID('ImprovementPlan', plan.id) },
      ],
      [
        'approveImprovementPlan',
        '{ id: $id, revision: 0 }',
        { id: encodeGlobalID('ImprovementPlan', plan.id) },
      ],
      ['removeEvidence', '{ id: $id }', { id: encodeGlobalID('Evidence', evidence.id) }],
      [
        'attachEvidenceLink',
        '{ assessmentId: $id, nodeCode: "I", title: "Trang", url: "https://tinh.gov.vn/b" }',
        { id: encodeGlobalID('Assessment', first.id) },
      ],
      ['renameUnit', '{ id: $u, name: "Đổi", date: "2024-01-01" }', { u: unit(first.unitId) }],
      [
        'mergeUnits',
        '{ unitIds: $us, date: "2024-01-01", successor: { code: "99999", name: "Mới", type: "Xã" } }',
        { us: [unit(first.unitId), unit(second.unitId)] },
      ],
      [
        'splitUnit',
        '{ id: $u, date: "2024-01-01", successors: [{ code: "99998", name: "Một", type: "Xã" }, { code: "99997", name: "Hai", type: "Xã" }] }',
        { u: unit(first.unitId) },
      ],
      ['previewUnitImport', `{ provinceCode: "${A}", sourceId: "none" }`, {}],
      [
        'grantDeadlineExtension',
        '{ id: $p, unitId: $u, dueOn: "2099-12-31", reason: "x" }',
        { p: ids.period, u: unit(first.unitId) },
      ],
      [
        'saveComparison',
        '{ name: "A", definition: { cohort: { unitGroupId: $g }, periodIds: [$p], nodes: { kind: CATEGORY }, measures: [POINTS] } }',
        { g: encodeGlobalID('UnitGroup', groupA.id), p: ids.period },
      ],
      ['registerPersistedOperation', '{ name: "cuaB", document: "{ viewer { __typename } }" }', {}],
    ];
    for (const [mutation, input, variables] of refusals) {
      const declared = Object.keys(variables)
        .map((name) => `$${name}: ${name === 'us' ? '[ID!]!' : 'ID!'}`)
        .join(', ');
      const answer = await as.adminB.data(
        `mutation ${declared ? `(${declared})` : ''} { ${mutation}(input: ${input}) { ... on AppError { code messages { vi } } } }`,
        variables,
      );
      expect([mutation, answer[mutation].code]).toEqual([mutation, 'FORBIDDEN']);
      expect(answer[mutation].messages.vi).toContain('tỉnh khác');
    }
    // The REST upload and download too.
    const form = new FormData();
    form.append('assessmentId', encodeGlobalID('Assessment', first.id));
    form.append('nodeCode', 'I');
    form.append('title', 'Tệp');
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n')], { type: 'application/pdf' }), 'qd.pdf');
    const upload = await as.adminB.fetch('/evidence', { method: 'POST', body: form });
    expect(upload.status).toBe(403);
    const file = await as.adminB.fetch(`/evidence/${encodeGlobalID('Evidence', evidence.id)}/file`);
    expect(file.status).toBe(403);

    expect(await server.db.unit.findUniqueOrThrow({ where: { id: first.unitId } })).toEqual(before);
    expect(await server.db.improvementPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: 'SUBMITTED',
      revision: 0,
    });
    const unchanged = await Promise.all([
      server.db.improvementPlan.count({ where: { unitId: second.unitId } }),
      server.db.evidence.count({ where: { assessmentId: first.id } }),
      server.db.unit.count({ where: { code: { in: ['99999', '99998', '99997'] } } }),
      server.db.deadlineExtension.count({ where: { unitId: first.unitId } }),
      server.db.savedComparison.count(),
      server.db.persistedOperation.count({ where: { name: 'cuaB' } }),
    ]);
    expect(unchanged).toEqual([0, 1, 0, 0, 0, 0]);
  });

  it("filters a province's viewer's cohort in its SQL, not only at the schema", async () => {
    const period = Buffer.from(ids.period, 'base64').toString().split(':')[1] as string;
    const groupB = Buffer.from(ids.groupB, 'base64').toString().split(':')[1] as string;
    const read = (provinceId: string | null) =>
      loadCohort(server.db, { periodId: period, unitGroupId: groupB, withUnscored: true, provinceId });
    expect((await read(null)).members.length).toBeGreaterThan(0);
    expect((await read(ids.provinceA)).members).toEqual([]);
  });

  it("shows a province's public period with its units only, a national one with every province's", async () => {
    const period = Buffer.from(ids.period, 'base64').toString().split(':')[1] as string;
    const { code, status } = await server.db.period.findUniqueOrThrow({ where: { id: period } });
    const unitsOfB = new Set(
      (await server.db.unit.findMany({ where: { provinceId: ids.provinceB }, select: { code: true } })).map(
        (unit) => unit.code,
      ),
    );
    const shown = async () => {
      const response = await server.anonymous().fetch(`/public/v1/periods/${code}/results.json`);
      expect(response.status).toBe(200);
      const feed = (await response.json()) as {
        rankings: Array<{ units: Array<{ unit: { code: string } }> }>;
      };
      return feed.rankings.flatMap((ranking) => ranking.units.map((member) => member.unit.code));
    };
    try {
      // The period as province A's, with B's assessments still in it: the feed shows A's units only.
      await server.db.period.update({
        where: { id: period },
        data: { provinceId: ids.provinceA, isPublic: true },
      });
      const ofA = await shown();
      expect(ofA.length).toBeGreaterThan(0);
      expect(ofA.filter((code) => unitsOfB.has(code))).toEqual([]);
      await server.db.period.update({ where: { id: period }, data: { provinceId: null } });
      expect((await shown()).some((code) => unitsOfB.has(code))).toBe(true);
    } finally {
      await server.db.period.update({
        where: { id: period },
        data: { provinceId: null, status, isPublic: false },
      });
    }
  });

  it("lists and reads the saved comparisons, and follows the jobs, of the viewer's province only", async () => {
    const groupA = await server.db.unitGroup.findFirstOrThrow({ where: { code: `xa-${A}` } });
    const saved = await as.analystA.data(
      `mutation ($g: ID!, $p: ID!) { saveComparison(input: { name: "Xã của A", definition: {
        cohort: { unitGroupId: $g }, periodIds: [$p], nodes: { kind: CATEGORY }, measures: [POINTS] } }) {
        ... on SaveComparisonPayload { data { id } } ... on AppError { code } } }`,
      { g: encodeGlobalID('UnitGroup', groupA.id), p: ids.period },
    );
    const id = saved.saveComparison.data.id as string;
    const LIST = '{ savedComparisons(first: 50) { edges { node { id } } } }';
    const listed = async (viewer: Client) =>
      (await viewer.data(LIST)).savedComparisons.edges.map((edge: { node: { id: string } }) => edge.node.id);
    const read = async (viewer: Client) => {
      const answer = await viewer.request(
        'query ($id: ID!) { savedComparison(id: $id) { id } node(id: $id) { id } }',
        { id },
      );
      return JSON.stringify(answer.data ?? null).includes(id);
    };
    expect(await listed(as.adminA)).toContain(id);
    expect(await read(as.adminA)).toBe(true);
    expect(await listed(as.adminB)).not.toContain(id);
    expect(await read(as.adminB)).toBe(false);
    expect(await listed(as.national)).toContain(id);

    // A publication of province A's communes runs as a job (refused here: they are published already).
    await as.adminA.data(
      'mutation ($p: ID!, $g: ID!) { publishPeriodResults(input: { id: $p, unitGroupId: $g }) { __typename } }',
      { p: ids.period, g: encodeGlobalID('UnitGroup', groupA.id) },
    );
    const [job] = await server.db.$queryRaw<Array<{ id: string }>>`
      SELECT id::text FROM pgboss.job WHERE name = 'publish-results' ORDER BY created_on DESC LIMIT 1`;
    const JOB = 'query ($id: ID!) { job(id: $id) { id kind } }';
    expect((await as.adminA.data(JOB, { id: job?.id })).job).toEqual({
      id: job?.id,
      kind: 'publish-results',
    });
    expect((await as.national.data(JOB, { id: job?.id })).job.kind).toBe('publish-results');
    const other = await as.adminB.request(JOB, { id: job?.id });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(other.data ?? null)).not.toContain('publish-results');
  });

  it("refuses a plan for a unit in another province's period, as if the period were not there", async () => {
    const groupA = await server.db.unitGroup.findFirstOrThrow({ where: { code: `xa-${A}` } });
    const unitA = await server.db.unit.findFirstOrThrow({ where: { groupId: groupA.id } });
    const periodOfB = await server.db.period.create({
      data: {
        code: 'B-2026',
        name: 'Năm 2026 (tỉnh B)',
        kind: 'YEAR',
        startsOn: new Date('2026-01-01'),
        endsOn: new Date('2026-12-31'),
        status: 'OPEN',
        provinceId: ids.provinceB,
      },
    });
    for (const viewer of [as.adminA, as.national]) {
      const answer = await viewer.data(
        'mutation ($u: ID!, $p: ID!) { createImprovementPlan(input: { unitId: $u, targetPeriodId: $p }) { __typename ... on AppError { code } } }',
        { u: encodeGlobalID('Unit', unitA.id), p: encodeGlobalID('Period', periodOfB.id) },
      );
      expect(answer.createImprovementPlan.code).toBe('NOT_FOUND');
    }
    expect(await server.db.improvementPlan.count({ where: { targetPeriodId: periodOfB.id } })).toBe(0);
  });

  it('tells each person the province they work in (none for national roles)', async () => {
    const me = async (viewer: Client) => (await viewer.data('{ me { province { id name } } }')).me.province;
    const provinceA = await server.db.unit.findUniqueOrThrow({ where: { id: ids.provinceA } });
    expect(await me(as.analystA)).toEqual({ id: encodeGlobalID('Unit', provinceA.id), name: provinceA.name });
    expect(await me(as.national)).toBeNull();
  });
});
