import { materialiseCohort } from '@chiso/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createUser,
  startTestServer,
  type TestServer,
  testBackends,
} from '../../test/harness.ts';
import { communeSet, createCohort, entriesOf, fullInputs, gid } from './fixture.ts';
import { APPROVE, PUBLISH, REOPEN, RESULT_FIELDS, REVIEW, SAVE, SUBMIT } from './gql.ts';

describe.each(await testBackends())('assessment guards on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let admin: Client;
  let reviewer: Client;
  let reviewer2: Client;
  let analyst: Client;
  let officerA: Client;
  let officerB: Client;
  let cohort: Awaited<ReturnType<typeof createCohort>>;
  const aId = () => gid('Assessment', cohort.units[0]?.assessment.id ?? '');
  const bId = () => gid('Assessment', cohort.units[1]?.assessment.id ?? '');

  /** Everything a refused mutation must leave untouched. */
  const snapshot = async () => ({
    assessments: await server.db.assessment.findMany({ orderBy: { id: 'asc' } }),
    entries: await server.db.assessmentEntry.findMany({ orderBy: { id: 'asc' } }),
    results: await server.db.assessmentResult.count(),
    audit: await server.db.auditLog.count(),
  });

  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend });
    cohort = await createCohort(server.db, { units: ['A', 'B'], periodCode: '2022', endsOn: '2022-12-31' });
    await createUser(server, { email: 'admin@chiso.test', role: 'ADMIN' });
    await createUser(server, { email: 'r1@chiso.test', role: 'REVIEWER' });
    await createUser(server, { email: 'r2@chiso.test', role: 'REVIEWER' });
    await createUser(server, { email: 'analyst@chiso.test', role: 'ANALYST' });
    await createUser(server, {
      email: 'a@chiso.test',
      role: 'UNIT_OFFICER',
      unitId: cohort.units[0]?.unit.id ?? null,
    });
    await createUser(server, {
      email: 'b@chiso.test',
      role: 'UNIT_OFFICER',
      unitId: cohort.units[1]?.unit.id ?? null,
    });
    const signIn = (name: string) => server.signedIn(`${name}@chiso.test`);
    admin = await signIn('admin');
    reviewer = await signIn('r1');
    reviewer2 = await signIn('r2');
    analyst = await signIn('analyst');
    officerA = await signIn('a');
    officerB = await signIn('b');
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)(
    'refuses bad inputs with the node path and an actionable message, changing nothing',
    async () => {
      const before = await snapshot();
      const cases: Array<[unknown[], RegExp]> = [
        [[{ nodeCode: 'SS.01', input: 150 }], /SS\.01: share must be between 0 and 100 \(got 150\)/],
        [[{ nodeCode: 'SS.01', input: 'a lot' }], /share must be a number/],
        [[{ nodeCode: 'SS.04', input: 1 }], /answer yes or no/],
        [
          [{ nodeCode: 'KQ.TT.08', input: { numerator: 300, denominator: 200 } }],
          /cannot be more than denominator/,
        ],
        [[{ nodeCode: 'KQ.TT.08', input: 0.5 }], /\{ numerator, denominator \}/],
        [[{ nodeCode: 'NOPE', input: 1 }], /NOPE is not a scored criterion or indicator/],
        [[{ nodeCode: 'SS.07', input: true }], /SS\.07 is not a scored criterion/],
      ];
      for (const [entries, message] of cases) {
        const result = await officerA.data(SAVE, { id: aId(), revision: 0, entries });
        expect(result.saveAssessmentEntries.code).toBe('VALIDATION_FAILED');
        expect(result.saveAssessmentEntries.issues[0].message).toMatch(message);
      }
      const bad = await officerA.data(SAVE, {
        id: aId(),
        revision: 0,
        entries: [{ nodeCode: 'SS.01', input: -1 }],
      });
      expect(bad.saveAssessmentEntries.issues).toEqual([
        { path: 'SS/SS.HT/SS.01', message: 'SS.01: share must be between 0 and 100 (got -1)' },
      ]);
      // Unknown IDs and wrong GraphQL types.
      const missing = await admin.data(SAVE, {
        id: gid('Assessment', '00000000-0000-7000-8000-000000000000'),
        revision: 0,
        entries: entriesOf({ 'SS.01': 1 }),
      });
      expect(missing.saveAssessmentEntries).toMatchObject({
        code: 'NOT_FOUND',
        messages: { en: 'The assessment not found.' },
      });
      const wrongType = await officerA.request(SAVE, { id: aId(), revision: 'zero', entries: [] });
      expect(wrongType.errors?.[0]?.message).toMatch(/Int/);
      expect(await snapshot()).toEqual(before);
    },
  );

  it.skipIf(!enabled)('keeps unit officers to their own unit and analysts to published data', async () => {
    const listA = await officerA.data('{ assessments(first: 50) { edges { node { id unit { name } } } } }');
    expect(listA.assessments.edges.map((edge: any) => edge.node.unit.name)).toEqual(['A']);
    const peek = await officerA.request(
      'query ($id: ID!) { node(id: $id) { ... on Assessment { status entries { nodeCode } } } }',
      { id: bId() },
    );
    expect(peek.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Its fields are non-null, so the refusal nulls the whole node rather than answering an empty shell.
    expect(peek.data).toEqual({ node: null });
    const before = await snapshot();
    const edit = await officerA.data(SAVE, { id: bId(), revision: 0, entries: entriesOf({ 'SS.01': 50 }) });
    expect(edit.saveAssessmentEntries.code).toBe('FORBIDDEN');
    const submit = await officerA.data(SUBMIT, { id: bId(), revision: 0 });
    expect(submit.submitAssessment.code).toBe('FORBIDDEN');
    const review = await officerA.data(REVIEW, {
      id: aId(),
      revision: 0,
      adjustments: [{ nodeCode: 'SS.01', points: 1, comment: 'x' }],
    });
    expect(review.reviewAssessmentEntries.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
    const analystList = await analyst.data('{ assessments(first: 50) { edges { node { id } } } }');
    expect(analystList.assessments.edges).toEqual([]);
    const analystPeek = await analyst.request('query ($id: ID!) { node(id: $id) { id } }', { id: aId() });
    expect(analystPeek.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.anonymous().request('{ assessments(first: 5) { edges { node { id } } } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.skipIf(!enabled)('refuses every invalid transition, names the status, and changes nothing', async () => {
    let before = await snapshot();
    const draftApprove = await reviewer.data(APPROVE, { id: aId(), revision: 0 });
    expect(draftApprove.approveAssessment).toMatchObject({
      code: 'INVALID_TRANSITION',
      messages: { en: 'Cannot approve: the assessment is draft (only possible when submitted).' },
    });
    const draftReview = await reviewer.data(REVIEW, {
      id: aId(),
      revision: 0,
      adjustments: [{ nodeCode: 'SS.01', points: 1, comment: 'ok' }],
    });
    expect(draftReview.reviewAssessmentEntries.code).toBe('INVALID_TRANSITION');
    const reopenDraft = await admin.data(REOPEN, { id: aId(), reason: 'x' });
    expect(reopenDraft.reopenAssessment.code).toBe('INVALID_TRANSITION');
    expect(await snapshot()).toEqual(before);

    // Fill, submit and approve A, then try to edit it.
    await officerA.data(SAVE, { id: aId(), revision: 0, entries: entriesOf(fullInputs()) });
    await officerA.data(SUBMIT, { id: aId(), revision: 1 });
    const stale = await officerA.data(SAVE, { id: aId(), revision: 1, entries: entriesOf({ 'SS.01': 5 }) });
    expect(stale.saveAssessmentEntries.messages.en).toMatch(
      /^Cannot edit entries: the assessment is submitted/,
    );
    // Review validation: out of range, three decimals, no comment.
    before = await snapshot();
    for (const [adjustment, message] of [
      [{ nodeCode: 'KQ.TT.08', points: 5, comment: 'x' }, /points must be between 0 and 1 \(got 5\)/],
      [{ nodeCode: 'KQ.TT.08', points: 0.123, comment: 'x' }, /at most two decimal places/],
      [{ nodeCode: 'KQ.TT.08', points: -1, comment: 'x' }, /cannot be negative/],
      [{ nodeCode: 'KQ.TT.08', points: 0.5, comment: '  ' }, /comment is required/],
    ] as const) {
      const result = await reviewer.data(REVIEW, { id: aId(), revision: 2, adjustments: [adjustment] });
      expect(result.reviewAssessmentEntries.code).toBe('VALIDATION_FAILED');
      expect(result.reviewAssessmentEntries.issues[0].message).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);

    const approved = await reviewer.data(APPROVE, { id: aId(), revision: 2 });
    expect(approved.approveAssessment.data.status).toBe('APPROVED');
    before = await snapshot();
    const afterApproval = await officerA.data(SAVE, {
      id: aId(),
      revision: 3,
      entries: entriesOf({ 'SS.01': 5 }),
    });
    expect(afterApproval.saveAssessmentEntries.messages.en).toMatch(
      /^Cannot edit entries: the assessment is approved/,
    );
    const adminEdit = await admin.data(SAVE, { id: aId(), revision: 3, entries: entriesOf({ 'SS.01': 5 }) });
    expect(adminEdit.saveAssessmentEntries.code).toBe('INVALID_TRANSITION');
    const review = await reviewer.data(REVIEW, {
      id: aId(),
      revision: 3,
      adjustments: [{ nodeCode: 'SS.01', points: 1, comment: 'x' }],
    });
    expect(review.reviewAssessmentEntries.code).toBe('INVALID_TRANSITION');
    const again = await reviewer.data(APPROVE, { id: aId(), revision: 3 });
    expect(again.approveAssessment.code).toBe('INVALID_TRANSITION');
    const publishEarly = await admin.data(PUBLISH, { periodId: gid('Period', cohort.period.id) });
    expect(publishEarly.publishPeriodResults.messages.en).toBe(
      'Cannot publish: 1 units are still within their submission deadline or correcting a reopened assessment (B).',
    );
    const reviewerPublish = await reviewer.data(PUBLISH, { periodId: gid('Period', cohort.period.id) });
    expect(reviewerPublish.publishPeriodResults.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });

  it.skipIf(!enabled)(
    'gives CONFLICT to the second of two reviewers with the same revision, losing nothing',
    async () => {
      await officerB.data(SAVE, { id: bId(), revision: 0, entries: entriesOf(fullInputs()) });
      await officerB.data(SUBMIT, { id: bId(), revision: 1 });
      const audits = await server.db.auditLog.count({ where: { action: 'assessment.review' } });
      const both = await Promise.all(
        [reviewer, reviewer2].map((client, index) =>
          client.data(REVIEW, {
            id: bId(),
            revision: 2,
            adjustments: [
              { nodeCode: 'KQ.TT.08', points: index === 0 ? 0.4 : 0.6, comment: `reviewer ${index + 1}` },
            ],
          }),
        ),
      );
      const outcomes = both.map((answer) => answer.reviewAssessmentEntries);
      expect(outcomes.map((outcome) => outcome.__typename).sort()).toEqual([
        'AppError',
        'ReviewAssessmentEntriesPayload',
      ]);
      const winner = outcomes.findIndex((outcome) => outcome.__typename !== 'AppError');
      expect(outcomes[1 - winner]?.code).toBe('CONFLICT');
      const entry = await server.db.assessmentEntry.findFirstOrThrow({
        where: { assessmentId: cohort.units[1]?.assessment.id ?? '', nodeCode: 'KQ.TT.08' },
      });
      expect(entry).toMatchObject({
        reviewedPoints: winner === 0 ? 40 : 60,
        reviewerComment: `reviewer ${winner + 1}`,
      });
      expect(
        (
          await server.db.assessment.findUniqueOrThrow({
            where: { id: cohort.units[1]?.assessment.id ?? '' },
          })
        ).revision,
      ).toBe(3);
      expect(await server.db.auditLog.count({ where: { action: 'assessment.review' } })).toBe(audits + 1);
      // A stale revision, sequentially, is a CONFLICT too.
      const late = await reviewer.data(REVIEW, {
        id: bId(),
        revision: 2,
        adjustments: [{ nodeCode: 'SS.01', points: 1, comment: 'late' }],
      });
      expect(late.reviewAssessmentEntries.code).toBe('CONFLICT');
    },
  );

  it.skipIf(!enabled)(
    'reopens one published assessment with a reason; the others keep their results',
    async () => {
      await reviewer.data(APPROVE, { id: bId(), revision: 3 });
      const published = await admin.data(PUBLISH, { periodId: gid('Period', cohort.period.id) });
      expect(published.publishPeriodResults.data.periodStatus).toBe('PUBLISHED');
      const analystList = await analyst.data('{ assessments(first: 50) { edges { node { id status } } } }');
      expect(analystList.assessments.edges).toHaveLength(2);
      const bResult = await server.db.assessmentResult.findUniqueOrThrow({
        where: { assessmentId: cohort.units[1]?.assessment.id ?? '' },
      });
      const reopened = await admin.data(REOPEN, { id: aId(), reason: 'Sai số liệu SS.01' });
      expect(reopened.reopenAssessment.data).toMatchObject({
        status: 'RETURNED',
        reopenReason: 'Sai số liệu SS.01',
      });
      expect(
        await server.db.assessmentResult.findUnique({
          where: { assessmentId: cohort.units[0]?.assessment.id ?? '' },
        }),
      ).toBeNull();
      expect(
        await server.db.resultNode.count({ where: { assessmentId: cohort.units[0]?.assessment.id ?? '' } }),
      ).toBe(0);
      expect(
        await server.db.assessmentResult.findUniqueOrThrow({ where: { assessmentId: bResult.assessmentId } }),
      ).toEqual(bResult);
      expect((await server.db.period.findUniqueOrThrow({ where: { id: cohort.period.id } })).status).toBe(
        'PUBLISHED',
      );
      // The reopened assessment left the published data; its unit can correct it.
      const after = await analyst.data('{ assessments(first: 50) { edges { node { id } } } }');
      expect(after.assessments.edges).toHaveLength(1);
      const fixed = await officerA.data(SAVE, {
        id: aId(),
        revision: 5,
        entries: entriesOf({ 'SS.01': 95 }),
      });
      expect(fixed.saveAssessmentEntries.data.status).toBe('RETURNED');
      expect(
        await server.db.auditLog.count({
          where: { action: 'assessment.reopen', entityId: cohort.units[0]?.assessment.id ?? '' },
        }),
      ).toBe(1);
    },
  );

  it.skipIf(!enabled)(
    'lists 10 or 100 assessments with entries and results in the same number of statements',
    async () => {
      const names = Array.from({ length: 14 }, (_, index) => `N${index}`);
      const big = await createCohort(server.db, { units: names, periodCode: '2023', endsOn: '2023-12-31' });
      const entries = Object.entries(fullInputs()).map(([nodeCode, input]) => ({ nodeCode, input }));
      await server.db.assessmentEntry.createMany({
        data: big.units.flatMap(({ assessment }) =>
          entries.map((entry) => ({ assessmentId: assessment.id, ...entry })),
        ),
      });
      await server.db.$transaction(async (tx) => {
        await materialiseCohort(tx, {
          set: communeSet,
          versionId: big.version.id,
          assessments: big.units.map(({ assessment }) => ({ id: assessment.id, entries })),
        });
        await tx.assessment.updateMany({ where: { periodId: big.period.id }, data: { status: 'PUBLISHED' } });
      });
      const query = `query ($p: ID!, $n: Int!) { assessments(periodId: $p, first: $n) { edges { node { id status unit { name }
      entries { nodeCode selfPoints hasEvidence } preview { points categories { level } } ${RESULT_FIELDS} } } } }`;
      const count = async (first: number) => {
        const measured = await server.db.$statements.measure(() =>
          admin.data(query, { p: gid('Period', big.period.id), n: first }),
        );
        return {
          statements: measured.statements,
          sql: measured.sql,
          rows: measured.result.assessments.edges.length,
        };
      };
      const ten = await count(10);
      const hundred = await count(100);
      expect(ten.rows).toBe(10);
      expect(hundred.rows).toBe(14);
      expect(hundred.statements).toBe(ten.statements);
      // 2 for the session, 13 batched loads (entries, evidence, versions, results, the previous periods…).
      expect(ten.statements).toBeLessThanOrEqual(15);
      const ranking = await server.db.$statements.measure(() =>
        analyst.data(
          `query ($p: ID!, $g: ID!) { ranking(periodId: $p, unitGroupId: $g, first: 100) { edges { node { ${RESULT_FIELDS} } } } }`,
          {
            p: gid('Period', big.period.id),
            g: gid('UnitGroup', big.group.id),
          },
        ),
      );
      expect(ranking.result.ranking.edges.map((edge: any) => edge.node.result.rank)).toEqual(
        Array(14).fill(1),
      );
      expect(ranking.statements).toBeLessThanOrEqual(ten.statements);
    },
  );
});
