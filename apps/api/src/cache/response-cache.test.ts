/**
 * The response cache through real HTTP on the comparison fixture: a cached answer is served only to
 * callers who may see the same thing (role, unit, language), never to anonymous callers, and never
 * after a publish or a reopen — but still while officers save and submit in an open period. A served
 * answer costs no SQL statement (the viewer is remembered too, and forgotten at sign-out or when the
 * database says its user changed). The what-if memory beside it: a what-if asked again reads no
 * cohort, until a change is published.
 */
import { loadCriteriaSet } from '@chiso/criteria';
import { importCriteriaSet } from '@chiso/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCohort, entriesOf, fullInputs } from '../services/assessments/fixture.ts';
import { REVIEW, SAVE, SUBMIT } from '../services/assessments/gql.ts';
import { createComparisonFixture, type Fixture, gid } from '../services/comparisons/fixture.ts';
import {
  type Client,
  createUser,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  testBackends,
} from '../test/harness.ts';

const RANKING = `query ($p: ID!, $g: ID!) { groupRanking(periodId: $p, unitGroupId: $g, by: CATEGORY, category: "KQ") {
  cohortSize entries { unit { code } rank points notRankedReason } } }`;
const SENSITIVITY = `query ($p: ID!, $g: ID!, $pct: Int) { rankSensitivity(periodId: $p, unitGroupId: $g, percent: $pct) {
  cohortSize scenarios { group { code } unitsChanged } } }`;
const PREVIEW = `query ($v: ID!, $p: ID!, $g: ID!) { criteriaVersionPreview(versionId: $v, periodId: $p, unitGroupId: $g) {
  cohortSize units { code points publishedPoints } } }`;
const ASSESSMENTS = `query ($p: ID!) { assessments(periodId: $p, first: 10) { edges { node { id status } } } }`;

describe.each(await testBackends())('the response cache on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let fixture: Fixture;
  let analyst: Client;
  let vars: { p: string; g: string };

  /** The answer and how many SQL statements it cost. */
  const ask = async (client: Client, query = RANKING, variables: Record<string, unknown> = vars) => {
    const { result, statements } = await server.db.$statements.measure(() =>
      client.request(query, variables),
    );
    return { result, statements };
  };
  /** Answers served from the cache so far, as /metrics counts them. */
  const hits = async () => {
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    return Number(metrics.match(/^chiso_response_cache_requests_total\{outcome="hit"\} (\d+)$/m)?.[1]);
  };
  const englishAnalyst = async () => {
    const client = await server.signedIn('analyst@chiso.test');
    const fetchEnglish = client.fetch.bind(client);
    client.fetch = (path, init = {}) =>
      fetchEnglish(path, { ...init, headers: { ...(init.headers as object), 'accept-language': 'en' } });
    return client;
  };

  beforeAll(async () => {
    if (!enabled) return;
    // Viewers remembered for a minute: what forgets them here is the database's notifications.
    server = await startTestServer({ enabled, ...backend }, { responseCache: {}, viewerTtlMs: 60_000 });
    fixture = await createComparisonFixture(server.db);
    await createUser(server, { email: 'analyst@chiso.test', role: 'ANALYST' });
    await createUser(server, { email: 'reviewer@chiso.test', role: 'REVIEWER' });
    await createUser(server, { email: 'admin@chiso.test', role: 'ADMIN' });
    analyst = await server.signedIn('analyst@chiso.test');
    vars = { p: gid('Period', fixture.periods.y2022), g: gid('UnitGroup', fixture.groupId) };
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)('serves a repeated comparison from the cache: the same answer, no SQL', async () => {
    const first = await ask(analyst);
    const second = await ask(analyst);
    expect(first.statements).toBeGreaterThan(1);
    // Not even the session lookup: the viewer is remembered too (cache/viewers.ts).
    expect(second.statements).toBe(0);
    expect(second.result).toEqual(first.result);
    // Served as the same bytes with the same headers as the answer Apollo Server wrote (a new text:
    // the first of these is a miss).
    const raw = () =>
      analyst.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `${RANKING}\n`, variables: vars }),
      });
    // The miss is written with the bytes the cache made to store it: one JSON.stringify, not two.
    const stringify = vi.spyOn(JSON, 'stringify');
    const one = await raw();
    const answers = stringify.mock.calls.filter(
      ([value]) => (value as { data?: { groupRanking?: unknown } } | null)?.data?.groupRanking,
    );
    stringify.mockRestore();
    expect(answers).toHaveLength(1);
    const { result: two, statements } = await server.db.$statements.measure(raw);
    expect(statements).toBe(0);
    expect(two.headers.get('cache-control')).toBe('private, no-store');
    expect(two.headers.get('content-type')).toBe(one.headers.get('content-type'));
    const text = await one.text();
    expect(await two.text()).toBe(text);
    // Gzipped for a caller that accepts it (fetch unzips it again).
    const zipped = await analyst.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: `${RANKING}\n`, variables: vars }),
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toBe(text);
    // Another analyst has the same audience: served too.
    const colleague = await server.signedIn('analyst@chiso.test');
    // Its own session is looked up once; the answer is the cached one.
    expect((await ask(colleague)).statements).toBe(1);
  });

  it.skipIf(!enabled)('never serves one language’s answer in another', async () => {
    const vietnamese = await ask(analyst);
    const english = await ask(await englishAnalyst());
    expect(english.statements).toBeGreaterThan(1);
    const reason = (answer: typeof vietnamese) =>
      (
        answer.result.data?.groupRanking.entries as Array<{ notRankedReason: string | null }> | undefined
      )?.find((entry) => entry.notRankedReason)?.notRankedReason;
    expect(reason(vietnamese)).not.toEqual(reason(english));
    expect((await ask(await englishAnalyst())).statements).toBe(1);
  });

  it.skipIf(!enabled)('never serves one role’s answer to another, nor to anonymous callers', async () => {
    await ask(analyst);
    const reviewer = await server.signedIn('reviewer@chiso.test');
    expect((await ask(reviewer)).statements).toBeGreaterThan(1);
    const anonymous = await ask(server.anonymous());
    expect(anonymous.result.data?.groupRanking ?? null).toBeNull();
    expect(anonymous.result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.skipIf(!enabled)('forgets a session at once when it signs out', async () => {
    const post = (cookie: string, query: string, variables: Record<string, unknown> = {}) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
    const signIn = await post(
      '',
      'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }',
      { e: 'analyst@chiso.test', p: TEST_PASSWORD },
    );
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] as string;
    const before = (await (await post(cookie, RANKING, vars)).json()) as { data?: unknown };
    expect(before.data).toBeTruthy();
    await post(cookie, 'mutation { signOut }');
    const after = (await (await post(cookie, RANKING, vars)).json()) as {
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.skipIf(!enabled)(
    'serves a dashboard only what it registered, and nothing once its token is revoked',
    async () => {
      const admin = await server.signedIn('admin@chiso.test');
      const created = await admin.data(
        'mutation { createApiToken(input: { name: "Bảng điều khiển" }) { ... on CreateApiTokenPayload { data { secret token { id } } } } }',
      );
      const { secret, token } = created.createApiToken.data;
      const dashboard = server.withToken(secret);
      const first = await ask(dashboard);
      expect(first.result.data?.groupRanking.cohortSize).toBeGreaterThan(0);
      expect((await ask(dashboard)).result).toEqual(first.result);
      // The same text sent as text, not by its registration, is refused though its answer is cached.
      const unregistered = await dashboard.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `${RANKING} `, variables: vars }),
      });
      expect(unregistered.status).toBe(403);
      await admin.data(`mutation ($id: ID!) { revokeApiToken(input: { id: $id }) { __typename } }`, {
        id: token.id,
      });
      const revoked = await ask(dashboard);
      expect(revoked.result.data?.groupRanking ?? null).toBeNull();
      // Now anonymous: the hash alone names nothing it may run.
      expect(revoked.result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    },
  );

  it.skipIf(!enabled)(
    'runs concurrent misses of one comparison once: the others get its answer',
    async () => {
      const cache = server.app.responseCache as NonNullable<typeof server.app.responseCache>;
      const TOTALS = `query ($p: ID!, $g: ID!) { groupRanking(periodId: $p, unitGroupId: $g, by: TOTAL) {
      cohortSize entries { unit { code } rank points } } }`;
      await ask(analyst, ASSESSMENTS, { p: vars.p }); // the viewer is remembered: no SQL before the cache
      const before = { ...cache.stats };
      // The first request's cohort read is held at the database until all three have reached the cache.
      let release!: () => void;
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const hold = server.db.$transaction(async (tx) => {
        await tx.$executeRaw`LOCK TABLE "PublishedChange" IN ACCESS EXCLUSIVE MODE`;
        locked();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      });
      await isLocked;
      const answers = Promise.all([1, 2, 3].map(() => analyst.request(TOTALS, vars)));
      for (let waited = 0; waited < 5_000; waited += 10) {
        if (cache.stats.misses - before.misses + cache.stats.waiting >= 3) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      release();
      await hold;
      const [one, two, three] = await answers;
      expect(one?.data?.groupRanking.cohortSize).toBeGreaterThan(0);
      expect(two).toEqual(one);
      expect(three).toEqual(one);
      expect(cache.stats.misses - before.misses).toBe(1);
      expect(cache.stats.shared - before.shared).toBe(2);
      expect(cache.stats.waiting).toBe(0);
    },
  );

  it.skipIf(!enabled)('leaves other reads uncached', async () => {
    const admin = await server.signedIn('admin@chiso.test');
    await ask(admin, ASSESSMENTS, { p: vars.p });
    const second = await ask(admin, ASSESSMENTS, { p: vars.p });
    expect(second.statements).toBeGreaterThan(0);
    expect((await ask(admin, ASSESSMENTS, { p: vars.p })).statements).toBe(second.statements);
  });

  it.skipIf(!enabled)('answers afresh after results are published', async () => {
    // A period whose one assessment (the commune set, no entries: every criterion missing) is approved.
    const version = await server.db.$transaction((tx) =>
      importCriteriaSet(tx, loadCriteriaSet('btttt-2392-commune'), { status: 'PUBLISHED' }),
    );
    const period = await server.db.period.create({
      data: {
        code: 'P2024',
        name: 'Năm 2024',
        kind: 'YEAR',
        startsOn: new Date('2024-01-01'),
        endsOn: new Date('2024-12-31'),
        status: 'CLOSED',
      },
    });
    await server.db.periodAssignment.create({
      data: { periodId: period.id, unitGroupId: fixture.groupId, versionId: version.id },
    });
    await server.db.assessment.create({
      data: {
        periodId: period.id,
        unitId: fixture.units.A as string,
        versionId: version.id,
        unitGroupId: fixture.groupId,
        status: 'APPROVED',
      },
    });
    const p = gid('Period', period.id);
    expect((await ask(analyst, RANKING, { ...vars, p })).result.data?.groupRanking.cohortSize).toBe(0);
    // Served from the cache once the notifications of the writes above have come: on PostgreSQL they
    // arrive a moment after the commit, and the first answer may have been stored under a generation
    // they then end (a fresh clone's run failed here on PostgreSQL).
    await expect
      .poll(async () => (await ask(analyst, RANKING, { ...vars, p })).statements, { interval: 10 })
      .toBe(0);
    const admin = await server.signedIn('admin@chiso.test');
    const published = await admin.data(
      `mutation ($p: ID!) { publishPeriodResults(input: { id: $p }) { __typename } }`,
      { p },
    );
    expect(published.publishPeriodResults.__typename).toBe('PublishPeriodResultsPayload');
    const after = await ask(analyst, RANKING, { ...vars, p });
    expect(after.statements).toBeGreaterThan(0);
    expect(after.result.data?.groupRanking.cohortSize).toBe(1);
  });

  it.skipIf(!enabled)(
    'keeps serving a cached ranking while an officer saves and submits, and a reviewer reviews, in an open period',
    async () => {
      // Another group's open period (the set imported above), written straight to the tables:
      // nothing published changes.
      const cohort = await createCohort(server.db, {
        units: ['Xã Mở'],
        periodCode: 'OPEN-2025',
        endsOn: '2025-12-31',
      });
      const [{ unit, assessment }] = cohort.units as [(typeof cohort.units)[number]];
      await createUser(server, { email: 'officer@chiso.test', role: 'UNIT_OFFICER', unitId: unit.id });
      const officer = await server.signedIn('officer@chiso.test');
      const before = await ask(analyst);
      const id = gid('Assessment', assessment.id);
      const saved = await officer.data(SAVE, { id, revision: 0, entries: entriesOf(fullInputs()) });
      expect(saved.saveAssessmentEntries.data?.revision).toBe(1);
      const submitted = await officer.data(SUBMIT, { id, revision: 1 });
      expect(submitted.submitAssessment.data?.status).toBe('SUBMITTED');
      const reviewer = await server.signedIn('reviewer@chiso.test');
      const reviewed = await reviewer.data(REVIEW, {
        id,
        revision: 2,
        adjustments: [{ nodeCode: 'KQ.TT.08', points: 0.5, comment: 'Đã kiểm tra thực tế' }],
      });
      expect(reviewed.reviewAssessmentEntries.data?.revision).toBe(3);
      const served = await hits();
      const after = await ask(analyst);
      // Neither the answer nor the analyst's session was forgotten.
      expect(after.statements).toBe(0);
      expect(after.result).toEqual(before.result);
      expect(await hits()).toBe(served + 1);
    },
  );

  it.skipIf(!enabled)('forgets who a person is as soon as the database says they changed', async () => {
    const user = await createUser(server, { email: 'analyst2@chiso.test', role: 'ANALYST' });
    const colleague = await server.signedIn('analyst2@chiso.test');
    expect((await ask(colleague)).result.data?.groupRanking.cohortSize).toBeGreaterThan(0);
    // Remembered: neither the answer nor the session costs a statement.
    expect((await ask(colleague)).statements).toBe(0);
    // Deactivated straight in the table, as the CLI or another API process would: the notification
    // arrives with the commit on PGlite, a moment after it on PostgreSQL.
    await server.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect
      .poll(async () => (await ask(colleague)).result.errors?.[0]?.extensions?.code, { interval: 10 })
      .toBe('UNAUTHENTICATED');
  });

  it.skipIf(!enabled)('asks a what-if again over the remembered cohort: only the scoring runs', async () => {
    // Another percentage is another answer (not the response cache's), over the same cohort.
    const first = await ask(analyst, SENSITIVITY, { ...vars, pct: 10 });
    const again = await ask(analyst, SENSITIVITY, { ...vars, pct: 20 });
    expect(first.statements).toBeGreaterThan(0);
    expect(again.statements).toBe(0);
    expect(again.result.data?.rankSensitivity.cohortSize).toBe(first.result.data?.rankSensitivity.cohortSize);
    // A version previewed over the cohort: the second time, only the version itself is read.
    const { versionId } = await server.db.periodAssignment.findFirstOrThrow({
      where: { periodId: fixture.periods.y2022, unitGroupId: fixture.groupId },
    });
    const admin = await server.signedIn('admin@chiso.test');
    const previewVars = { ...vars, v: gid('CriteriaVersion', versionId) };
    const firstPreview = await ask(admin, PREVIEW, previewVars);
    const previewAgain = await ask(admin, PREVIEW, previewVars);
    expect(firstPreview.statements).toBeGreaterThan(1);
    expect(previewAgain.statements).toBe(1);
    expect(previewAgain.result).toEqual(firstPreview.result);
  });

  it.skipIf(!enabled)('answers afresh after an assessment is reopened', async () => {
    // The what-if memory holds this cohort now; the reopen below makes it read again.
    await ask(analyst, SENSITIVITY, { ...vars, pct: 30 });
    const before = await ask(analyst);
    const codes = (answer: typeof before) =>
      (answer.result.data?.groupRanking.entries as Array<{ unit: { code: string } }> | undefined)?.map(
        (e) => e.unit.code,
      ) ?? [];
    expect(codes(before)).toContain('A');
    const assessment = await server.db.assessment.findFirstOrThrow({
      where: { unitId: fixture.units.A as string, periodId: fixture.periods.y2022 },
    });
    const admin = await server.signedIn('admin@chiso.test');
    const reopened = await admin.data(
      `mutation ($id: ID!) { reopenAssessment(input: { id: $id, reason: "Số liệu cần rà soát" }) { __typename } }`,
      { id: gid('Assessment', assessment.id) },
    );
    expect(reopened.reopenAssessment.__typename).toBe('ReopenAssessmentPayload');
    const after = await ask(analyst);
    expect(codes(after)).not.toContain('A');
    expect(after.result.data?.groupRanking.cohortSize).toBe(codes(before).length - 1);
    expect((await ask(analyst, SENSITIVITY, { ...vars, pct: 31 })).statements).toBeGreaterThan(0);
  });
});
