import { flattenCriteriaSet, searchName } from '@chiso/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createUser,
  startTestServer,
  type TestServer,
  testBackends,
} from '../../test/harness.ts';
import { communeSet, createCohort, entriesOf, fullInputs, gid } from '../assessments/fixture.ts';
import { APPROVE, SAVE, SUBMIT } from '../assessments/gql.ts';
import { todayInVietnam } from './deadlines.ts';

const ERROR = `__typename ... on AppError { code message messages { vi en } issues { path message } }`;
const PERIOD =
  'id status extensions { unit { name } dueOn reason grantedBy } overdueAssessments { unit { name } }';
const GRANT = `mutation ($id: ID!, $unitId: ID!, $dueOn: Date!, $reason: String!) {
  grantDeadlineExtension(input: { id: $id, unitId: $unitId, dueOn: $dueOn, reason: $reason }) {
    ${ERROR} ... on GrantDeadlineExtensionPayload { data { ${PERIOD} } } } }`;
const REVOKE = `mutation ($id: ID!, $unitId: ID!) { revokeDeadlineExtension(input: { id: $id, unitId: $unitId }) {
  ${ERROR} ... on RevokeDeadlineExtensionPayload { data { ${PERIOD} } } } }`;
const CLOSE = `mutation ($id: ID!) { closePeriod(input: { id: $id }) { ${ERROR} ... on ClosePeriodPayload { data { status } } } }`;
const REOPEN_PERIOD = `mutation ($id: ID!, $reason: String!) { reopenPeriod(input: { id: $id, reason: $reason }) {
  ${ERROR} ... on ReopenPeriodPayload { data { status } } } }`;
const PUBLISH = `mutation ($id: ID!, $g: ID) { publishPeriodResults(input: { id: $id, unitGroupId: $g }) {
  ${ERROR} ... on PublishPeriodResultsPayload { data { periodStatus cohortCount notSubmittedCount assessments { unit { name } status } } } } }`;
const LINK = `mutation ($id: ID!) { attachEvidenceLink(input: { assessmentId: $id, nodeCode: "SS.04", title: "Quyết định", url: "https://example.vn/qd" }) { ${ERROR} } }`;
const ASSESSMENT = `query ($id: ID!) { node(id: $id) { ... on Assessment { status dueOn extended overdue } } }`;
const LIST = `query ($p: ID, $g: ID, $s: AssessmentStatus, $q: String, $first: Int, $after: String) {
  assessments(periodId: $p, unitGroupId: $g, status: $s, search: $q, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { unit { name } status } } } }`;

/** A day counted from today in Vietnam: -1 is yesterday. */
const day = (offset: number) => {
  const date = new Date(`${todayInVietnam()}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

describe.each(await testBackends())('deadlines and publication on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let admin: Client;
  let reviewer: Client;
  let analyst: Client;
  const officer: Record<string, Client> = {};
  let cohort: Awaited<ReturnType<typeof createCohort>>;
  let other: { group: string; assessment: string };
  const unitOf = (name: string) => cohort.units.find((item) => item.unit.name === name);
  const id = (name: string) => gid('Assessment', unitOf(name)?.assessment.id ?? '');
  const unit = (name: string) => gid('Unit', unitOf(name)?.unit.id ?? '');
  const period = () => gid('Period', cohort.period.id);
  const setDeadline = (due: string | null) =>
    server.db.period.update({
      where: { id: cohort.period.id },
      data: { submissionDue: due ? new Date(due) : null },
    });

  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend });
    cohort = await createCohort(server.db, {
      units: ['Xã Bình Dân', 'Xã Hạ Long', 'Xã Đồng Tâm'],
      periodCode: 'D2022',
      endsOn: '2022-12-31',
    });
    // Evidence is checked against the version's stored nodes, which the fixture does not write.
    await server.db.criteriaNode.createMany({
      data: flattenCriteriaSet(communeSet).map((row) => ({ ...row, versionId: cohort.version.id })),
    });
    // Rankings read the categories of the versions assigned to the group (the fixture assigns none).
    await server.db.periodAssignment.create({
      data: { periodId: cohort.period.id, unitGroupId: cohort.group.id, versionId: cohort.version.id },
    });
    // The fixture folds names by lower-casing only: fold them as units are stored.
    for (const { unit } of cohort.units)
      await server.db.unit.update({ where: { id: unit.id }, data: { searchName: searchName(unit.name) } });
    // A second unit group in the same period, its one assessment submitted and waiting for review.
    const group = await server.db.unitGroup.create({
      data: { code: 'G2', name: 'Nhóm 2: huyện', nameEn: 'Group 2: districts' },
    });
    const district = await server.db.unit.create({
      data: {
        code: '203',
        name: 'Huyện Vân Đồn',
        searchName: searchName('Huyện Vân Đồn'),
        kind: 'DISTRICT',
        type: 'Huyện',
        groupId: group.id,
        validFrom: new Date('2020-01-01'),
      },
    });
    const waiting = await server.db.assessment.create({
      data: {
        periodId: cohort.period.id,
        unitId: district.id,
        versionId: cohort.version.id,
        unitGroupId: group.id,
        status: 'SUBMITTED',
        submittedAt: new Date(),
      },
    });
    other = { group: gid('UnitGroup', group.id), assessment: gid('Assessment', waiting.id) };
    await createUser(server, { email: 'admin@d.test', name: 'Quản trị Sở', role: 'ADMIN' });
    await createUser(server, { email: 'reviewer@d.test', role: 'REVIEWER' });
    await createUser(server, { email: 'analyst@d.test', role: 'ANALYST' });
    for (const [index, { unit }] of cohort.units.entries())
      await createUser(server, { email: `o${index}@d.test`, role: 'UNIT_OFFICER', unitId: unit.id });
    admin = await server.signedIn('admin@d.test');
    reviewer = await server.signedIn('reviewer@d.test');
    analyst = await server.signedIn('analyst@d.test');
    for (const [index, { unit }] of cohort.units.entries())
      officer[unit.name] = await server.signedIn(`o${index}@d.test`);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)(
    'keeps officers out after the deadline unless extended; admins are not bound by it',
    async () => {
      await setDeadline(day(-1));
      const a = officer['Xã Bình Dân'] as Client;
      const late = await a.data(SAVE, {
        id: id('Xã Bình Dân'),
        revision: 0,
        entries: entriesOf({ 'SS.01': 50 }),
      });
      expect(late.saveAssessmentEntries).toMatchObject({ code: 'INVALID_TRANSITION' });
      expect(late.saveAssessmentEntries.messages.vi).toMatch(/^Đã quá hạn nộp báo cáo \(\d\d\/\d\d\/\d{4}\)/);
      const link = await a.data(LINK, { id: id('Xã Bình Dân') });
      expect(link.attachEvidenceLink, JSON.stringify(link)).toMatchObject({ code: 'INVALID_TRANSITION' });
      expect(await server.db.evidence.count()).toBe(0);

      // The Sở fills in for the unit when asked.
      const byAdmin = await admin.data(SAVE, {
        id: id('Xã Bình Dân'),
        revision: 0,
        entries: entriesOf(fullInputs()),
      });
      expect(byAdmin.saveAssessmentEntries.data.revision).toBe(1);
      expect((await a.data(SUBMIT, { id: id('Xã Bình Dân'), revision: 1 })).submitAssessment.code).toBe(
        'INVALID_TRANSITION',
      );

      // Extensions: admins only, not in the past, then the unit may submit until that day.
      const vars = { id: period(), unitId: unit('Xã Bình Dân'), dueOn: day(1), reason: 'Mất điện kéo dài' };
      expect((await a.data(GRANT, vars)).grantDeadlineExtension.code).toBe('FORBIDDEN');
      const past = await admin.data(GRANT, { ...vars, dueOn: day(-2) });
      expect(past.grantDeadlineExtension).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'dueOn' }],
      });
      const granted = await admin.data(GRANT, vars);
      expect(granted.grantDeadlineExtension.data.extensions).toEqual([
        {
          unit: { name: 'Xã Bình Dân' },
          dueOn: day(1),
          reason: 'Mất điện kéo dài',
          grantedBy: 'Quản trị Sở',
        },
      ]);
      // The others did not submit and can no longer: they are the period's overdue units.
      expect(granted.grantDeadlineExtension.data.overdueAssessments).toEqual([
        { unit: { name: 'Xã Hạ Long' } },
        { unit: { name: 'Xã Đồng Tâm' } },
      ]);
      expect(
        (await a.data(SUBMIT, { id: id('Xã Bình Dân'), revision: 1 })).submitAssessment.data.status,
      ).toBe('SUBMITTED');
      const extended = await admin.data(ASSESSMENT, { id: id('Xã Bình Dân') });
      expect(extended.node).toEqual({ status: 'SUBMITTED', dueOn: day(1), extended: true, overdue: false });
      const overdue = await admin.data(ASSESSMENT, { id: id('Xã Hạ Long') });
      expect(overdue.node).toEqual({ status: 'DRAFT', dueOn: day(-1), extended: false, overdue: true });

      // An officer sees their own unit among the overdue, and only that.
      const seen = await officer['Xã Hạ Long']?.data(`query { period(code: "D2022") { ${PERIOD} } }`);
      expect(seen?.period).toMatchObject({
        extensions: [],
        overdueAssessments: [{ unit: { name: 'Xã Hạ Long' } }],
      });
      expect(await server.db.auditLog.count({ where: { action: 'period.grantDeadlineExtension' } })).toBe(1);
    },
  );

  it.skipIf(!enabled)('closing ends self-assessment; a closed period reopens with a reason', async () => {
    await setDeadline(null);
    const b = officer['Xã Hạ Long'] as Client;
    expect((await admin.data(CLOSE, { id: period() })).closePeriod.data.status).toBe('CLOSED');
    const closed = await b.data(SAVE, {
      id: id('Xã Hạ Long'),
      revision: 0,
      entries: entriesOf({ 'SS.01': 50 }),
    });
    expect(closed.saveAssessmentEntries.messages.en).toMatch(/^Self-assessment in period D2022 has ended/);

    expect(
      (await reviewer.data(REOPEN_PERIOD, { id: period(), reason: 'Đóng nhầm' })).reopenPeriod.code,
    ).toBe('FORBIDDEN');
    const blank = await admin.data(REOPEN_PERIOD, { id: period(), reason: '  ' });
    expect(blank.reopenPeriod).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'reason' }] });
    const reopened = await admin.data(REOPEN_PERIOD, { id: period(), reason: 'Đóng nhầm trước hạn' });
    expect(reopened.reopenPeriod.data.status).toBe('OPEN');
    const again = await admin.data(REOPEN_PERIOD, { id: period(), reason: 'Lần nữa' });
    expect(again.reopenPeriod.code).toBe('INVALID_TRANSITION');
    const logged = await server.db.auditLog.findFirst({ where: { action: 'period.reopen' } });
    expect(logged?.after).toEqual({ status: 'OPEN', reason: 'Đóng nhầm trước hạn' });

    const open = await b.data(SAVE, {
      id: id('Xã Hạ Long'),
      revision: 0,
      entries: entriesOf({ 'SS.01': 50 }),
    });
    expect(open.saveAssessmentEntries.data.revision).toBe(1);
  });

  it.skipIf(!enabled)(
    'lists assessments a page at a time, counted, filtered and searched without diacritics',
    async () => {
      const all = await admin.data(LIST, { p: period(), first: 2 });
      expect(all.assessments.totalCount).toBe(4);
      expect(all.assessments.edges).toHaveLength(2);
      expect(all.assessments.pageInfo.hasNextPage).toBe(true);
      const rest = await admin.data(LIST, {
        p: period(),
        first: 2,
        after: all.assessments.pageInfo.endCursor,
      });
      expect(rest.assessments.pageInfo.hasNextPage).toBe(false);
      const names = [...all.assessments.edges, ...rest.assessments.edges].map((edge) => edge.node.unit.name);
      expect(new Set(names).size).toBe(4);

      const search = async (q: string, extra: Record<string, unknown> = {}) => {
        const answer = await admin.data(LIST, { p: period(), q, first: 10, ...extra });
        return {
          count: answer.assessments.totalCount,
          names: answer.assessments.edges.map(
            (edge: { node: { unit: { name: string } } }) => edge.node.unit.name,
          ),
        };
      };
      expect(await search('dong tam')).toEqual({ count: 1, names: ['Xã Đồng Tâm'] });
      expect(await search('ĐỒNG')).toEqual({ count: 1, names: ['Xã Đồng Tâm'] });
      expect(await search('van don')).toEqual({ count: 1, names: ['Huyện Vân Đồn'] });
      expect(await search('203')).toEqual({ count: 1, names: ['Huyện Vân Đồn'] });
      expect(await search('xa', { s: 'DRAFT' })).toEqual({ count: 2, names: ['Xã Hạ Long', 'Xã Đồng Tâm'] });
      expect(await search('', { g: other.group })).toEqual({ count: 1, names: ['Huyện Vân Đồn'] });
      // An officer's count is their own unit's, whatever they search.
      const own = await officer['Xã Hạ Long']?.data(LIST, { p: period(), first: 10 });
      expect(own?.assessments.totalCount).toBe(1);
    },
  );

  it.skipIf(!enabled)(
    'publishes a group with its units that did not submit, not ranked for that reason',
    async () => {
      // Bình Dân submitted (extended), Hạ Long and Đồng Tâm still drafting; no deadline yet.
      const early = await admin.data(PUBLISH, { id: period(), g: gid('UnitGroup', cohort.group.id) });
      expect(early.publishPeriodResults.messages.en).toBe(
        'Cannot publish: 1 submitted assessments of Group 3: communes are not approved yet; 2 units of Group 3: communes are still within their submission deadline or correcting a reopened assessment (Xã Hạ Long, Xã Đồng Tâm).',
      );
      const approved = await reviewer.data(APPROVE, { id: id('Xã Bình Dân'), revision: 2 });
      expect(approved.approveAssessment.data.status).toBe('APPROVED');

      // The deadline passes; Đồng Tâm is given more time, so the group waits for it …
      await setDeadline(day(-1));
      const grant = { id: period(), unitId: unit('Xã Đồng Tâm'), dueOn: day(0), reason: 'Thiên tai' };
      await admin.data(GRANT, grant);
      const waiting = await admin.data(PUBLISH, { id: period(), g: gid('UnitGroup', cohort.group.id) });
      expect(waiting.publishPeriodResults.messages.vi).toMatch(
        /^Không thể công bố: 1 đơn vị của Nhóm 3: xã còn trong hạn nộp báo cáo hoặc đang sửa phiếu được mở lại \(Xã Đồng Tâm\)\.$/,
      );
      // … until the extension is withdrawn. The other group's waiting review does not hold this one back.
      await admin.data(REVOKE, { id: period(), unitId: unit('Xã Đồng Tâm') });
      const whole = await admin.data(PUBLISH, { id: period() });
      expect(whole.publishPeriodResults.messages.en).toMatch(
        /^Cannot publish: 1 submitted assessments are not approved yet\.$/,
      );

      const published = await admin.data(PUBLISH, { id: period(), g: gid('UnitGroup', cohort.group.id) });
      // The period was still open: it stays open for the group not published yet.
      expect(published.publishPeriodResults.data).toEqual({
        periodStatus: 'OPEN',
        cohortCount: 1,
        notSubmittedCount: 2,
        assessments: [
          { unit: { name: 'Xã Bình Dân' }, status: 'PUBLISHED' },
          { unit: { name: 'Xã Hạ Long' }, status: 'PUBLISHED' },
          { unit: { name: 'Xã Đồng Tâm' }, status: 'PUBLISHED' },
        ],
      });
      expect((await admin.data(ASSESSMENT, { id: other.assessment })).node.status).toBe('SUBMITTED');

      // Their drafts stay unpublished: a result without points or nodes, the reason, no rank.
      const results = await server.db.assessmentResult.findMany({
        where: { assessment: { periodId: cohort.period.id } },
        include: { assessment: { select: { unit: { select: { name: true } } } } },
        orderBy: { assessmentId: 'asc' },
      });
      expect(
        results.map((row) => [row.assessment.unit.name, row.rank, row.notRankedCode, row.points > 0]),
      ).toEqual([
        ['Xã Bình Dân', 1, null, true],
        ['Xã Hạ Long', null, 'NOT_SUBMITTED', false],
        ['Xã Đồng Tâm', null, 'NOT_SUBMITTED', false],
      ]);
      expect(
        await server.db.resultNode.count({
          where: { assessmentId: unitOf('Xã Hạ Long')?.assessment.id ?? '' },
        }),
      ).toBe(0);

      // The ranking lists them after the ranked units, not ranked, with the reason — by total and in
      // each category (they have no category rows at all).
      const vars = { p: period(), g: gid('UnitGroup', cohort.group.id) };
      const REASONS = 'notRankedReasons { code message }';
      const ranking = await analyst.data(
        `query ($p: ID!, $g: ID!) {
          total: groupRanking(periodId: $p, unitGroupId: $g, by: TOTAL) { entries { unit { name } rank notRanked ${REASONS} } }
          readiness: groupRanking(periodId: $p, unitGroupId: $g, by: CATEGORY, category: "SS") { entries { unit { name } rank ${REASONS} } }
          ranking(periodId: $p, unitGroupId: $g, first: 10) { edges { node { unit { name } result { rank ${REASONS} } } } } }`,
        vars,
      );
      const late = [{ code: 'NOT_SUBMITTED', message: 'Không nộp báo cáo' }];
      expect(ranking.total.entries).toEqual([
        { unit: { name: 'Xã Bình Dân' }, rank: 1, notRanked: false, notRankedReasons: [] },
        { unit: { name: 'Xã Hạ Long' }, rank: null, notRanked: true, notRankedReasons: late },
        { unit: { name: 'Xã Đồng Tâm' }, rank: null, notRanked: true, notRankedReasons: late },
      ]);
      expect(ranking.readiness.entries).toEqual([
        { unit: { name: 'Xã Bình Dân' }, rank: 1, notRankedReasons: [] },
        { unit: { name: 'Xã Hạ Long' }, rank: null, notRankedReasons: late },
        { unit: { name: 'Xã Đồng Tâm' }, rank: null, notRankedReasons: late },
      ]);
      expect(ranking.ranking.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
        { unit: { name: 'Xã Bình Dân' }, result: { rank: 1, notRankedReasons: [] } },
        { unit: { name: 'Xã Hạ Long' }, result: { rank: null, notRankedReasons: late } },
        { unit: { name: 'Xã Đồng Tâm' }, result: { rank: null, notRankedReasons: late } },
      ]);

      const twice = await admin.data(PUBLISH, { id: period(), g: gid('UnitGroup', cohort.group.id) });
      expect(twice.publishPeriodResults.messages.en).toBe(
        'The results of Group 3: communes are already published and no newly approved assessment is waiting.',
      );
      const logged = await server.db.auditLog.findFirst({
        where: { action: 'period.publishResults' },
        orderBy: { at: 'desc' },
      });
      const after = logged?.after as { unitGroup: string; notSubmitted: string[] } | undefined;
      expect(after?.unitGroup).toBe('G3');
      expect(after?.notSubmitted).toHaveLength(2);
    },
  );
});
