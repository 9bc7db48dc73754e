import { materialiseCohort } from '@chiso/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createUser,
  startTestServer,
  type TestServer,
  testBackends,
} from '../../test/harness.ts';
import { communeSet, createCohort, entriesOf, fullInputs, gid, policyZero } from './fixture.ts';
import { APPROVE, BULK_APPROVE, PUBLISH, RESULT_FIELDS, RETURN, REVIEW, SAVE, SUBMIT } from './gql.ts';

// The refusal's issues with their codes and both messages, which the entry page marks each field by.
const SUBMIT_CODED = SUBMIT.replace(
  'issues { path message }',
  'issues { path code message messages { vi en } }',
);

describe.each(await testBackends())('assessment workflow on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let admin: Client;
  let reviewer: Client;
  let analyst: Client;
  const officers: Client[] = [];
  let cohort: Awaited<ReturnType<typeof createCohort>>;

  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend });
    // The previous period: unit A's published result, for the delta.
    const previous = await createCohort(server.db, {
      units: ['A', 'B', 'C', 'D'],
      periodCode: '2021',
      endsOn: '2021-12-31',
    });
    const first = previous.units[0];
    if (!first) throw new Error('no unit');
    await server.db.$transaction(async (tx) => {
      await materialiseCohort(tx, {
        set: communeSet,
        versionId: previous.version.id,
        assessments: [
          {
            id: first.assessment.id,
            entries: Object.entries(fullInputs({ 'KQ.TT.08': { numerator: 1, denominator: 10 } })).map(
              ([nodeCode, input]) => ({ nodeCode, input }),
            ),
          },
        ],
      });
      await tx.assessment.update({ where: { id: first.assessment.id }, data: { status: 'PUBLISHED' } });
    });
    cohort = await createCohort(server.db, {
      units: ['A', 'B', 'C', 'D'],
      periodCode: '2022',
      endsOn: '2022-12-31',
    });
    await createUser(server, { email: 'admin@chiso.test', role: 'ADMIN' });
    await createUser(server, { email: 'reviewer@chiso.test', role: 'REVIEWER' });
    await createUser(server, { email: 'analyst@chiso.test', role: 'ANALYST' });
    for (const [index, { unit }] of cohort.units.entries()) {
      await createUser(server, {
        email: `officer${index}@chiso.test`,
        role: 'UNIT_OFFICER',
        unitId: unit.id,
      });
      officers.push(await server.signedIn(`officer${index}@chiso.test`));
    }
    admin = await server.signedIn('admin@chiso.test');
    reviewer = await server.signedIn('reviewer@chiso.test');
    analyst = await server.signedIn('analyst@chiso.test');
  });
  afterAll(async () => {
    await server?.close();
  });

  const id = (index: number) => gid('Assessment', cohort.units[index]?.assessment.id ?? '');
  const officer = (index: number) => officers[index] as Client;
  const row = (index: number) =>
    server.db.assessment.findUniqueOrThrow({
      where: { id: cohort.units[index]?.assessment.id ?? '' },
      include: { entries: { orderBy: { nodeCode: 'asc' } }, result: true },
    });

  it.skipIf(!enabled)(
    'runs draft → entries → submit → return → resubmit → review → approve → publish',
    async () => {
      // A fills half its figures; submitting then lists what is missing.
      const all = fullInputs({ 'KQ.TT.08': { numerator: 57, denominator: 200 } });
      const codes = Object.keys(all);
      const half = Object.fromEntries(Object.entries(all).slice(0, 40));
      let saved = await officer(0).data(SAVE, { id: id(0), revision: 0, entries: entriesOf(half) });
      expect(saved.saveAssessmentEntries.data).toMatchObject({ status: 'DRAFT', revision: 1 });
      const early = await officer(0).data(SUBMIT_CODED, { id: id(0), revision: 1 });
      expect(early.submitAssessment).toMatchObject({ __typename: 'AppError', code: 'VALIDATION_FAILED' });
      expect(early.submitAssessment.issues).toHaveLength(codes.length - 40);
      expect(early.submitAssessment.issues[0]).toMatchObject({
        code: 'VALUE_MISSING_FOR_SUBMIT',
        message: expect.stringMatching(/enter a value before submitting/),
        messages: { vi: expect.stringMatching(/hãy nhập số liệu trước khi nộp/) },
      });

      // Evidence is required everywhere in this set: a value without evidence needs an explanation.
      const rest = Object.fromEntries(Object.entries(all).slice(40));
      const withoutExplanation = entriesOf(rest).map((entry, index) =>
        index === 0 ? { nodeCode: entry.nodeCode, input: entry.input } : entry,
      );
      saved = await officer(0).data(SAVE, { id: id(0), revision: 1, entries: withoutExplanation });
      const unexplained = await officer(0).data(SUBMIT_CODED, { id: id(0), revision: 2 });
      expect(unexplained.submitAssessment.issues).toEqual([
        {
          path: expect.stringContaining(Object.keys(rest)[0] as string),
          code: 'EVIDENCE_MISSING_FOR_SUBMIT',
          message: expect.stringMatching(/evidence or explain/),
          messages: {
            vi: expect.stringMatching(/giải trình/),
            en: expect.stringMatching(/evidence or explain/),
          },
        },
      ]);
      saved = await officer(0).data(SAVE, { id: id(0), revision: 2, entries: entriesOf(rest).slice(0, 1) });
      expect(saved.saveAssessmentEntries.data.revision).toBe(3);

      // The preview is the engine's: 57/200 × 1 point = 0.285 → 0.29 (floating point would give 0.28).
      const preview = await officer(0).data(
        `query ($id: ID!) { node(id: $id) { ... on Assessment { selfPoints entries { nodeCode input selfPoints hasEvidence }
        preview { points maxPoints categories { code level levelText } missing } } } }`,
        { id: id(0) },
      );
      const ratioEntry = preview.node.entries.find(
        (entry: { nodeCode: string }) => entry.nodeCode === 'KQ.TT.08',
      );
      expect(ratioEntry).toEqual({
        nodeCode: 'KQ.TT.08',
        input: { numerator: 57, denominator: 200 },
        selfPoints: 0.29,
        hasEvidence: false,
      });
      expect(preview.node.preview.missing).toEqual([]);
      expect(preview.node.preview.maxPoints).toBe(90);
      expect(preview.node.selfPoints).toBe(preview.node.preview.points);
      expect(preview.node.preview.categories[0].levelText).toBe('Mức 4');

      let submitted = await officer(0).data(SUBMIT, { id: id(0), revision: 3 });
      expect(submitted.submitAssessment.data).toMatchObject({ status: 'SUBMITTED', revision: 4 });

      // Returned with a reason, fixed, resubmitted.
      const returned = await reviewer.data(RETURN, {
        id: id(0),
        revision: 4,
        reason: 'SS.01: thiếu ngày chốt số liệu',
      });
      expect(returned.returnAssessment.data).toMatchObject({
        status: 'RETURNED',
        returnReason: 'SS.01: thiếu ngày chốt số liệu',
        revision: 5,
      });
      saved = await officer(0).data(SAVE, { id: id(0), revision: 5, entries: entriesOf({ 'SS.01': 90 }) });
      submitted = await officer(0).data(SUBMIT, { id: id(0), revision: 6 });
      expect(submitted.submitAssessment.data).toMatchObject({ status: 'SUBMITTED', revision: 7 });

      // The reviewer adjusts one node (a comment is required) and approves.
      const reviewed = await reviewer.data(REVIEW, {
        id: id(0),
        revision: 7,
        adjustments: [{ nodeCode: 'KQ.TT.08', points: 0.5, comment: 'Đã kiểm tra thực tế' }],
      });
      const selfPoints = reviewed.reviewAssessmentEntries.data.selfPoints;
      expect(reviewed.reviewAssessmentEntries.data.reviewedPoints).toBeCloseTo(selfPoints + 0.21, 10);
      const approved = await reviewer.data(APPROVE, { id: id(0), revision: 8 });
      expect(approved.approveAssessment.data).toMatchObject({ status: 'APPROVED', revision: 9 });

      // B and C report the same figures (a tie); D leaves the policy group empty (not ranked).
      const inputs = [fullInputs(), fullInputs(), { ...fullInputs(), ...policyZero() }];
      for (const [offset, values] of inputs.entries()) {
        const index = offset + 1;
        await officer(index).data(SAVE, { id: id(index), revision: 0, entries: entriesOf(values) });
        const result = await officer(index).data(SUBMIT, { id: id(index), revision: 1 });
        expect(result.submitAssessment.data.status).toBe('SUBMITTED');
      }

      // Publishing waits for every approval; nothing changes meanwhile.
      const before = await server.db.assessment.findMany({ orderBy: { id: 'asc' } });
      const early2 = await admin.data(PUBLISH, { periodId: gid('Period', cohort.period.id) });
      expect(early2.publishPeriodResults).toMatchObject({
        code: 'INVALID_TRANSITION',
        messages: { en: 'Cannot publish: 3 submitted assessments are not approved yet.' },
      });
      expect(await server.db.assessment.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
      expect(
        await server.db.assessmentResult.count({ where: { assessment: { periodId: cohort.period.id } } }),
      ).toBe(0);

      // Bulk approval is all or nothing: A is already approved, so nothing moves.
      const mixed = await reviewer.data(BULK_APPROVE, { ids: [id(0), id(1), id(2), id(3)] });
      expect(mixed.bulkApproveAssessments.code).toBe('INVALID_TRANSITION');
      expect(mixed.bulkApproveAssessments.messages.en).toMatch(
        /^Nothing was approved: 1 assessments are not submitted: A \(approved\)/,
      );
      expect(await server.db.assessment.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
      const bulk = await reviewer.data(BULK_APPROVE, { ids: [id(1), id(2), id(3)] });
      expect(bulk.bulkApproveAssessments.data.map((a: { status: string }) => a.status)).toEqual([
        'APPROVED',
        'APPROVED',
        'APPROVED',
      ]);

      // Analysts see nothing unpublished.
      const hidden = await analyst.data(
        'query ($p: ID!) { assessments(periodId: $p, first: 10) { edges { node { id } } } }',
        {
          p: gid('Period', cohort.period.id),
        },
      );
      expect(hidden.assessments.edges).toEqual([]);

      const published = await admin.data(PUBLISH, { periodId: gid('Period', cohort.period.id) });
      expect(published.publishPeriodResults.data).toMatchObject({
        periodStatus: 'PUBLISHED',
        cohortCount: 1,
      });
      expect(
        published.publishPeriodResults.data.assessments.map((a: { status: string }) => a.status),
      ).toEqual(Array(4).fill('PUBLISHED'));

      // Results: the reviewer's 0.5 replaced 0.29; B and C tie at rank 2 or 1; D is not ranked in
      // readiness, so it has no rank there nor by total, and comes last.
      const ranking = await analyst.data(
        `query ($p: ID!, $g: ID!) { ranking(periodId: $p, unitGroupId: $g, first: 10) { edges { node { unit { name } ${RESULT_FIELDS} } } } }`,
        { p: gid('Period', cohort.period.id), g: gid('UnitGroup', cohort.group.id) },
      );
      const rows = ranking.ranking.edges.map((edge: { node: any }) => edge.node);
      const byName = Object.fromEntries(rows.map((node: any) => [node.unit.name, node.result]));
      const ratio = byName.A.nodes.find((node: { code: string }) => node.code === 'KQ.TT.08');
      expect(ratio).toEqual({
        code: 'KQ.TT.08',
        path: 'KQ/KQ.TT/KQ.TT.08',
        points: 0.5,
        maxPoints: 1,
        share: 0.5,
      });
      expect(byName.A.points).toBe(reviewed.reviewAssessmentEntries.data.reviewedPoints);
      expect(byName.B.points).toBe(byName.C.points);
      expect(byName.B.rank).toBe(byName.C.rank);
      const ranks = rows.map((node: any) => node.result.rank);
      expect(ranks.at(-1)).toBeNull();
      expect(ranks.slice(0, -1)).toEqual([...ranks.slice(0, -1)].sort((a, b) => a - b));
      expect(byName.D.rank).toBeNull();
      expect(byName.D.notRankedReasons).toEqual([
        {
          code: 'NOT_RANKED_IN_CATEGORY',
          category: 'SS',
          message: 'Không được xếp hạng ở hạng mục Điều kiện sẵn sàng Chính quyền điện tử',
        },
      ]);
      expect(byName.A.notRankedReasons).toEqual([]);
      expect(new Set([byName.A.rank, byName.B.rank])).toEqual(
        new Set(byName.A.points > byName.B.points ? [1, 2] : [1, 3]),
      );
      const readiness = byName.D.categories.find((category: { code: string }) => category.code === 'SS');
      expect(readiness).toMatchObject({ level: null, notRanked: true, rank: null });
      expect(readiness.notRankedReason).toMatch(
        /^Môi trường chính sách: 0,00\/10,00 điểm \(0,00%\), cần tối thiểu 50,00%$/,
      );
      expect(readiness.levelText).toBe(`Không được xếp hạng — ${readiness.notRankedReason}`);
      expect(readiness.notRankedConditions).toEqual([
        {
          kind: 'groupShare',
          groups: ['SS.CS'],
          minPercent: 50,
          points: 0,
          maxPoints: 10,
          met: false,
          text: readiness.notRankedReason,
        },
      ]);
      expect(byName.A.categories.find((c: { code: string }) => c.code === 'SS')).toMatchObject({
        level: 4,
        notRanked: false,
        levelText: 'Mức 4',
      });

      // Delta vs the previous period: A was published there (ratio 1/10 = 0.1), B was not.
      expect(byName.B.delta).toBeNull();
      expect(byName.A.delta.previousPeriodCode).toBe('2021');
      expect(byName.A.delta.nodes.find((node: { code: string }) => node.code === 'KQ.TT.08')).toEqual({
        code: 'KQ.TT.08',
        before: 0.1,
        after: 0.5,
        delta: 0.4,
        status: 'CHANGED',
      });
      expect(byName.A.delta.points).toBeCloseTo(byName.A.points - byName.A.delta.previousPoints, 10);

      // Materialised rows match, and every step was audited once.
      const stored = await row(0);
      expect(stored.result).toMatchObject({ rank: byName.A.rank, maxPoints: 9000 });
      expect(await server.db.resultNode.count({ where: { assessmentId: stored.id, kind: 'CATEGORY' } })).toBe(
        2,
      );
      const actions = (
        await server.db.auditLog.findMany({ where: { entityId: stored.id }, orderBy: { at: 'asc' } })
      ).map((entry) => entry.action);
      expect(actions).toEqual([
        'assessment.saveEntries',
        'assessment.saveEntries',
        'assessment.saveEntries',
        'assessment.submit',
        'assessment.return',
        'assessment.saveEntries',
        'assessment.submit',
        'assessment.review',
        'assessment.approve',
      ]);
      expect(await server.db.auditLog.count({ where: { action: 'period.publishResults' } })).toBe(1);
    },
  );
});
