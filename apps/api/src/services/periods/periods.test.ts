import { loadCriteriaSet } from '@chiso/criteria';
import type { Db } from '@chiso/db';
import { toHundredths, walkSet } from '@chiso/scoring';
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
const MISSING = '01900000-0000-7000-8000-000000000000';

/** A criteria version written straight to the database (creating them is the criteria API's job). */
async function version(db: Db, code: string, status: 'DRAFT' | 'PUBLISHED', label: string) {
  const set = loadCriteriaSet(code);
  const row =
    (await db.criteriaSet.findFirst({ where: { code: set.code } })) ??
    (await db.criteriaSet.create({
      data: { code: set.code, name: set.name.vi, nameEn: set.name.en, unitLevel: 'commune' },
    }));
  return db.criteriaVersion.create({
    data: {
      setId: row.id,
      version: label,
      status,
      document: JSON.parse(JSON.stringify(set)),
      maxPoints: toHundredths(set.maxPoints),
      criteriaCount: [...walkSet(set)].filter((node) => node.kind === 'criterion').length,
      ...(status === 'PUBLISHED' ? { publishedAt: new Date() } : {}),
    },
  });
}

const RESULT = `__typename ... on AppError { code message messages { vi en } issues { path message } }`;
const PERIOD = `id code name kind startsOn endsOn submissionDue reviewDue status revision
  assignments { unitGroup { code } version { id } }
  progress { total draft submitted returned approved published }`;
const CREATE = `mutation ($code: String!, $startsOn: Date!, $endsOn: Date!, $submissionDue: Date, $reviewDue: Date, $kind: PeriodKind!) {
  createPeriod(input: { code: $code, name: "Kỳ đánh giá", kind: $kind, startsOn: $startsOn, endsOn: $endsOn,
    submissionDue: $submissionDue, reviewDue: $reviewDue }) {
    ${RESULT} ... on CreatePeriodPayload { data { ${PERIOD} } } } }`;
const ASSIGN = `mutation ($p: ID!, $g: ID!, $v: ID!) { assignCriteriaVersion(input: { id: $p, unitGroupId: $g, versionId: $v }) {
  ${RESULT} ... on AssignCriteriaVersionPayload { data { ${PERIOD} } } } }`;
const UNASSIGN = `mutation ($p: ID!, $g: ID!, $v: ID!) { unassignCriteriaVersion(input: { id: $p, unitGroupId: $g, versionId: $v }) {
  ${RESULT} ... on UnassignCriteriaVersionPayload { data { ${PERIOD} } } } }`;
const OPEN = `mutation ($id: ID!) { openPeriod(input: { id: $id }) { ${RESULT} ... on OpenPeriodPayload { data { ${PERIOD} } } } }`;
const CLOSE = `mutation ($id: ID!) { closePeriod(input: { id: $id }) { ${RESULT} ... on ClosePeriodPayload { data { ${PERIOD} } } } }`;
const UPDATE = `mutation ($id: ID!, $revision: Int!, $name: String, $submissionDue: Date, $reviewDue: Date) {
  updatePeriod(input: { id: $id, revision: $revision, name: $name, submissionDue: $submissionDue, reviewDue: $reviewDue }) {
    ${RESULT} ... on UpdatePeriodPayload { data { ${PERIOD} } } } }`;

describe.each(await testBackends())('periods on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let admin: Client;
  let reviewer: Client;
  let ids: { group: string; other: string; published: string; provincial: string; draft: string };

  const year = { kind: 'YEAR', startsOn: '2022-01-01', endsOn: '2022-12-31' };
  const snapshot = async () => ({
    periods: await server.db.period.findMany({ orderBy: { id: 'asc' } }),
    assignments: await server.db.periodAssignment.count(),
    assessments: await server.db.assessment.count(),
    audit: await server.db.auditLog.count({ where: { entityType: 'Period' } }),
  });

  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend });
    const db = server.db;
    const group = await db.unitGroup.create({ data: { code: 'G3', name: 'Nhóm 3', nameEn: 'Group 3' } });
    const other = await db.unitGroup.create({ data: { code: 'G2', name: 'Nhóm 2', nameEn: 'Group 2' } });
    const unit = (code: string, validFrom: string, endedOn: string | null) =>
      db.unit.create({
        data: {
          code,
          name: `Xã ${code}`,
          searchName: `xa ${code}`,
          kind: 'COMMUNE',
          type: 'Xã',
          groupId: group.id,
          validFrom: new Date(validFrom),
          endedOn: endedOn ? new Date(endedOn) : null,
        },
      });
    await unit('00001', '2020-01-01', null);
    await unit('00002', '2020-01-01', null);
    await unit('00003', '2020-01-01', '2022-06-30'); // ended during 2022: still assessed for it
    await unit('00004', '2020-01-01', '2021-06-30'); // ended before 2022: skipped
    await unit('00005', '2025-07-01', null); // began after 2022: skipped
    const published = await version(db, 'btttt-2392-commune', 'PUBLISHED', '1.0');
    const provincial = await version(db, 'btttt-2392-commune', 'PUBLISHED', '1.1');
    const draft = await version(db, 'btttt-2392-commune', 'DRAFT', '2.0-draft');
    ids = {
      group: gid('UnitGroup', group.id),
      other: gid('UnitGroup', other.id),
      published: gid('CriteriaVersion', published.id),
      provincial: gid('CriteriaVersion', provincial.id),
      draft: gid('CriteriaVersion', draft.id),
    };
    await createUser(server, { email: 'admin@periods.test', role: 'ADMIN' });
    await createUser(server, { email: 'reviewer@periods.test', role: 'REVIEWER' });
    admin = await server.signedIn('admin@periods.test');
    reviewer = await server.signedIn('reviewer@periods.test');
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)(
    'runs a period from DRAFT to CLOSED, creating one DRAFT assessment per unit',
    async () => {
      const created = await admin.data(CREATE, {
        code: '2022',
        ...year,
        submissionDue: '2022-11-30',
        reviewDue: '2022-12-31',
      });
      const period = created.createPeriod.data;
      expect(period).toMatchObject({
        code: '2022',
        status: 'DRAFT',
        startsOn: '2022-01-01',
        submissionDue: '2022-11-30',
        revision: 0,
        assignments: [],
        progress: { total: 0, draft: 0 },
      });

      const assigned = await admin.data(ASSIGN, { p: period.id, g: ids.group, v: ids.published });
      expect(assigned.assignCriteriaVersion.data.assignments).toEqual([
        { unitGroup: { code: 'G3' }, version: { id: ids.published } },
      ]);
      const opened = await admin.data(OPEN, { id: period.id });
      expect(opened.openPeriod.data).toMatchObject({ status: 'OPEN', progress: { total: 3, draft: 3 } });
      const units = await server.db.assessment.findMany({ select: { unit: { select: { code: true } } } });
      expect(units.map((row) => row.unit.code).sort()).toEqual(['00001', '00002', '00003']);

      // A provincial set added to the open period: its assessments come at once, the others stay.
      const more = await admin.data(ASSIGN, { p: period.id, g: ids.group, v: ids.provincial });
      expect(more.assignCriteriaVersion.data.progress).toMatchObject({ total: 6, draft: 6 });
      const fewer = await admin.data(UNASSIGN, { p: period.id, g: ids.group, v: ids.provincial });
      expect(fewer.unassignCriteriaVersion.data.progress.total).toBe(3);

      const closed = await admin.data(CLOSE, { id: period.id });
      expect(closed.closePeriod.data.status).toBe('CLOSED');
      const listed = await reviewer.data(
        `{ periods(first: 10) { edges { node { code status } } } period(code: "2022") { progress { total } } }`,
      );
      expect(listed.periods.edges).toEqual([{ node: { code: '2022', status: 'CLOSED' } }]);
      expect(listed.period.progress.total).toBe(3);

      const log = await server.db.auditLog.findMany({
        where: { entityType: 'Period' },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      });
      expect(log.map((entry) => entry.action)).toEqual([
        'period.create',
        'period.assignCriteriaVersion',
        'period.open',
        'period.assignCriteriaVersion',
        'period.unassignCriteriaVersion',
        'period.close',
      ]);
      expect(log[2]?.after).toEqual({ status: 'OPEN', assessmentsCreated: 3 });
    },
  );

  it.skipIf(!enabled)('refuses invalid transitions, naming the current status; nothing changes', async () => {
    const period = (
      await admin.data(CREATE, { code: '2023', ...{ ...year, startsOn: '2023-01-01', endsOn: '2023-12-31' } })
    ).createPeriod.data;
    const before = await snapshot();
    const close = await admin.data(CLOSE, { id: period.id });
    expect(close.closePeriod).toMatchObject({
      code: 'INVALID_TRANSITION',
      messages: { en: 'Cannot close the period: period 2023 is draft (needs to be open).' },
    });
    const empty = await admin.data(OPEN, { id: period.id });
    expect(empty.openPeriod.code).toBe('INVALID_TRANSITION');
    expect(empty.openPeriod.messages.en).toMatch(/assign a criteria version/);
    const draft = await admin.data(ASSIGN, { p: period.id, g: ids.group, v: ids.draft });
    expect(draft.assignCriteriaVersion.code).toBe('INVALID_TRANSITION');
    expect(draft.assignCriteriaVersion.messages.en).toMatch(/still a draft: publish it/);
    const closed = await server.db.period.findFirstOrThrow({ where: { code: '2022' } });
    const late = await admin.data(ASSIGN, { p: gid('Period', closed.id), g: ids.other, v: ids.published });
    expect(late.assignCriteriaVersion.message).toBe(
      'Không thể giao bộ tiêu chí: kỳ 2022 đang ở trạng thái "đã đóng" (cần: nháp hoặc đang mở).',
    );
    const reopen = await admin.data(OPEN, { id: gid('Period', closed.id) });
    expect(reopen.openPeriod.code).toBe('INVALID_TRANSITION');
    expect(await snapshot()).toEqual(before);
  });

  it.skipIf(!enabled)('does not throw work away: an assignment with started assessments stays', async () => {
    const period = (
      await admin.data(CREATE, {
        code: '2024-H1',
        kind: 'HALF_YEAR',
        startsOn: '2024-01-01',
        endsOn: '2024-06-30',
      })
    ).createPeriod.data;
    await admin.data(ASSIGN, { p: period.id, g: ids.group, v: ids.published });
    await admin.data(OPEN, { id: period.id });
    const again = await admin.data(ASSIGN, { p: period.id, g: ids.group, v: ids.published });
    expect(again.assignCriteriaVersion).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'versionId' }],
    });
    const [first] = await server.db.assessment.findMany({ where: { period: { code: '2024-H1' } } });
    await server.db.assessment.update({ where: { id: first?.id as string }, data: { status: 'SUBMITTED' } });
    const before = await snapshot();
    const refused = await admin.data(UNASSIGN, { p: period.id, g: ids.group, v: ids.published });
    expect(refused.unassignCriteriaVersion.code).toBe('INVALID_TRANSITION');
    expect(refused.unassignCriteriaVersion.messages.en).toMatch(/1 units have started/);
    expect(await snapshot()).toEqual(before);
  });

  it.skipIf(!enabled)('validates dates, deadlines and IDs', async () => {
    const before = await snapshot();
    const reversed = await admin.data(CREATE, {
      code: 'X1',
      kind: 'YEAR',
      startsOn: '2022-12-31',
      endsOn: '2022-01-01',
    });
    expect(reversed.createPeriod).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'endsOn' }] });
    const long = await admin.data(CREATE, {
      code: 'X2',
      kind: 'HALF_YEAR',
      startsOn: '2022-01-01',
      endsOn: '2022-12-31',
    });
    expect(long.createPeriod.issues).toEqual([
      { path: 'endsOn', message: '365 days is longer than half a year' },
    ]);
    const deadlines = await admin.data(CREATE, {
      code: 'X3',
      ...year,
      submissionDue: '2021-06-01',
      reviewDue: '2030-01-01',
    });
    expect(deadlines.createPeriod.issues.map((issue: any) => issue.path)).toEqual([
      'submissionDue',
      'reviewDue',
    ]);
    const duplicate = await admin.data(CREATE, { code: '2022', ...year });
    expect(duplicate.createPeriod).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'code' }] });
    const badCode = await admin.data(CREATE, { code: 'kỳ 1', ...year });
    expect(badCode.createPeriod.issues[0].path).toBe('code');
    const wrongDay = await admin.request(CREATE, { code: 'X4', ...year, endsOn: '31/12/2022' });
    expect(wrongDay.errors?.[0]?.message).toMatch(/Date must be a calendar day/);

    const period = await server.db.period.findFirstOrThrow({ where: { code: '2023' } });
    const p = gid('Period', period.id);
    expect((await admin.data(OPEN, { id: gid('Period', MISSING) })).openPeriod.code).toBe('NOT_FOUND');
    expect(
      (await admin.data(ASSIGN, { p, g: gid('UnitGroup', MISSING), v: ids.published })).assignCriteriaVersion
        .code,
    ).toBe('NOT_FOUND');
    expect(
      (await admin.data(ASSIGN, { p, g: ids.group, v: gid('CriteriaVersion', MISSING) }))
        .assignCriteriaVersion.code,
    ).toBe('NOT_FOUND');
    expect(
      (await admin.data(UNASSIGN, { p, g: ids.other, v: ids.published })).unassignCriteriaVersion.code,
    ).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it.skipIf(!enabled)('updates name and deadlines with a revision check (CONFLICT when stale)', async () => {
    const period = await server.db.period.findFirstOrThrow({ where: { code: '2023' } });
    const id = gid('Period', period.id);
    const updated = await admin.data(UPDATE, {
      id,
      revision: period.revision,
      name: 'Năm 2023',
      submissionDue: '2023-11-15',
    });
    expect(updated.updatePeriod.data).toMatchObject({
      name: 'Năm 2023',
      submissionDue: '2023-11-15',
      revision: period.revision + 1,
    });
    const stale = await admin.data(UPDATE, { id, revision: period.revision, name: 'Lost update' });
    expect(stale.updatePeriod.code).toBe('CONFLICT');
    const bad = await admin.data(UPDATE, { id, revision: period.revision + 1, reviewDue: '2023-10-01' });
    expect(bad.updatePeriod.issues).toEqual([
      { path: 'reviewDue', message: 'the review deadline must fall between 2023-11-15 and 2024-12-31' },
    ]);
    const cleared = await admin.data(UPDATE, { id, revision: period.revision + 1, submissionDue: null });
    expect(cleared.updatePeriod.data).toMatchObject({ name: 'Năm 2023', submissionDue: null });
    const closed = await server.db.period.findFirstOrThrow({ where: { code: '2022' } });
    const late = await admin.data(UPDATE, {
      id: gid('Period', closed.id),
      revision: closed.revision,
      name: 'x',
    });
    expect(late.updatePeriod.code).toBe('INVALID_TRANSITION');
    const log = await server.db.auditLog.findMany({
      where: { action: 'period.update', entityId: period.id },
    });
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ before: { name: 'Kỳ đánh giá' }, after: { name: 'Năm 2023' } });
  });

  it.skipIf(!enabled)(
    'lets only admins change periods; every signed-in role and dashboards read them',
    async () => {
      const before = await snapshot();
      const refused = await reviewer.data(CREATE, { code: 'R1', ...year });
      expect(refused.createPeriod.code).toBe('FORBIDDEN');
      const period = await server.db.period.findFirstOrThrow({ where: { code: '2023' } });
      expect((await reviewer.data(OPEN, { id: gid('Period', period.id) })).openPeriod.code).toBe('FORBIDDEN');
      expect(await snapshot()).toEqual(before);
      const token = await admin.data(
        'mutation { createApiToken(input: { name: "d" }) { ... on CreateApiTokenPayload { data { secret } } } }',
      );
      const dashboard = server.withToken(token.createApiToken.data.secret);
      const read = await dashboard.data(
        '{ period(code: "2022") { status assignments { unitGroup { code } } } }',
      );
      expect(read.period).toEqual({ status: 'CLOSED', assignments: [{ unitGroup: { code: 'G3' } }] });
      const anonymous = await server.anonymous().request('{ periods { edges { node { code } } } }');
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );

  it.skipIf(!enabled)('loads progress of a page of periods in one grouped query', async () => {
    const query = `query ($first: Int) { periods(first: $first) { edges { node { code progress { total draft } } } } }`;
    const one = await server.db.$statements.measure(() => admin.data(query, { first: 1 }));
    const all = await server.db.$statements.measure(() => admin.data(query, { first: 50 }));
    expect(all.result.periods.edges.length).toBeGreaterThan(2);
    expect(all.statements).toBe(one.statements);
  });
});
