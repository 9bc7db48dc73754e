/**
 * The path to the next level over the whole demo's published results (issue 13, "done when"): for
 * every unit below the top level in a category the path exists, is explained, and its inputs fed
 * back through the engine reach the level. Then the GraphQL fields once each.
 */
import { inputsOf, overridesOf } from '@chiso/db';
import { DEMO_PASSWORD } from '@chiso/db/seed';
import {
  applyPath,
  type CriteriaSet,
  cohortBestOf,
  nextLevelPath,
  parseCriteriaSet,
  score,
  whatIf,
} from '@chiso/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer, testBackends } from '../../test/harness.ts';
import { gid } from '../comparisons/fixture.ts';

describe.each(await testBackends({ embeddedOnly: true }))(
  'next level on the demo, $name',
  ({ enabled, ...backend }) => {
    let server: TestServer;
    beforeAll(async () => {
      if (!enabled) return;
      server = await startTestServer({ enabled, ...backend }, { demo: true });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it.skipIf(!enabled)(
      'finds, explains and reaches the next level for every unit below the top',
      async () => {
        const published = await server.db.assessment.findMany({
          where: { status: 'PUBLISHED', result: { notRankedCode: null } },
          select: {
            id: true,
            periodId: true,
            unitGroupId: true,
            version: { select: { id: true, document: true } },
            entries: { select: { nodeCode: true, input: true, reviewedPoints: true } },
            resultNodes: {
              where: { kind: 'CATEGORY' },
              select: { nodeCode: true, points: true, level: true },
            },
          },
        });
        expect(published.length).toBeGreaterThan(200);
        const cohorts = new Map<string, typeof published>();
        for (const assessment of published) {
          const key = `${assessment.periodId}:${assessment.unitGroupId}:${assessment.version.id}`;
          cohorts.set(key, [...(cohorts.get(key) ?? []), assessment]);
        }
        const sets = new Map<string, CriteriaSet>();
        let paths = 0;
        for (const members of cohorts.values()) {
          const version = members[0]?.version as { id: string; document: unknown };
          const set = sets.get(version.id) ?? parseCriteriaSet(version.document);
          sets.set(version.id, set);
          const cohortBest = cohortBestOf(
            set,
            members.map((member) => inputsOf(member.entries)),
          );
          for (const member of members) {
            const inputs = inputsOf(member.entries);
            const overrides = overridesOf(member.entries);
            const result = whatIf(set, { id: member.id, inputs, overrides, cohortBest, cohort: [] }).result;
            for (const category of result.categories) {
              // The engine scores exactly what was published.
              const stored = member.resultNodes.find((node) => node.nodeCode === category.code);
              expect([category.points, category.level?.level ?? null]).toEqual([
                stored?.points,
                stored?.level,
              ]);
              const path = nextLevelPath(set, result, category.code, { cohortBest });
              if (!path || path.status === 'TOP') continue;
              expect(path.status).toBe('PATH');
              expect(path.explanation.vi).toMatch(/^Để lên Mức \d ở .+: cần thêm \d+,\d\d điểm ở /);
              expect(path.lines).toHaveLength(path.steps.length);
              const planned = applyPath(path, inputs, overrides);
              const after = score(set, planned.inputs, { cohortBest, overrides: planned.overrides });
              const level = after.categories.find((node) => node.code === category.code)?.level?.level;
              expect(level).toBeGreaterThanOrEqual(path.target as number);
              paths++;
            }
          }
        }
        expect(paths).toBeGreaterThan(100);
      },
    );

    it.skipIf(!enabled)('answers nextLevelPath, whatIf and levelLifters through GraphQL', async () => {
      const officer = new Client(server.url);
      await officer.signIn('analyst@chiso.local', DEMO_PASSWORD);
      const period = await server.db.period.findFirstOrThrow({ where: { code: '2021' } });
      const group = await server.db.unitGroup.findFirstOrThrow({ where: { code: 'nhom-3' } });
      const below = await server.db.resultNode.findFirstOrThrow({
        where: {
          kind: 'CATEGORY',
          level: { lt: 4 },
          assessment: { periodId: period.id, unitGroupId: group.id, status: 'PUBLISHED' },
        },
        select: { nodeCode: true, assessmentId: true },
        orderBy: { assessmentId: 'asc' },
      });
      const id = gid('Assessment', below.assessmentId);
      const { nextLevelPath: path } = await officer.data(
        `query ($id: ID!, $c: String!) { nextLevelPath(assessmentId: $id, categoryCode: $c) {
        status level target gain explanation { vi } steps { code input points target } } }`,
        { id, c: below.nodeCode },
      );
      expect(path.status).toBe('PATH');
      expect(path.target).toBeGreaterThan(path.level ?? 0);
      // Steps on reviewer-set points have no input to report: the what-if changes the others.
      const reported = path.steps.filter((step: any) => step.input !== null);
      const inputs = reported.map((step: any) => ({ code: step.code, value: step.input }));
      const gain = reported.reduce(
        (total: number, step: any) => total + Math.round((step.target - step.points) * 100),
        0,
      );
      const before = await server.db.assessmentResult.findUniqueOrThrow({
        where: { assessmentId: below.assessmentId },
      });
      const { whatIf: after } = await officer.data(
        `query ($id: ID!, $inputs: [WhatIfInput!]!) { whatIf(assessmentId: $id, inputs: $inputs) {
        points rank cohortSize categories { code level levelText } } }`,
        { id, inputs },
      );
      expect(after.cohortSize).toBeGreaterThan(100);
      expect(Math.round(after.points * 100)).toBe(before.points + gain);
      const level = after.categories.find((category: any) => category.code === below.nodeCode).level;
      if (reported.length === path.steps.length) expect(level).toBeGreaterThanOrEqual(path.target);
      const refused = await officer.request(
        `query ($id: ID!) { whatIf(assessmentId: $id, inputs: [{ code: "NO.SUCH", value: 1 }]) { points } }`,
        { id },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      const { levelLifters } = await officer.data(
        `query ($p: ID!, $g: ID!) { levelLifters(periodId: $p, unitGroupId: $g, limit: 3) { code categoryCode units unitNames } }`,
        { p: gid('Period', period.id), g: gid('UnitGroup', group.id) },
      );
      expect(levelLifters.length).toBeGreaterThan(0);
      expect(levelLifters[0].units).toBe(levelLifters[0].unitNames.length);
      expect(levelLifters[0].units).toBeGreaterThanOrEqual(levelLifters.at(-1).units);
    });

    it.skipIf(!enabled)(
      'weighs the path by the effort the Sở stores, refusing others and bad weights',
      async () => {
        const admin = new Client(server.url);
        await admin.signIn('admin@chiso.local', DEMO_PASSWORD);
        const analyst = new Client(server.url);
        await analyst.signIn('analyst@chiso.local', DEMO_PASSWORD);
        const below = await server.db.resultNode.findFirstOrThrow({
          where: { kind: 'CATEGORY', level: { lt: 4 }, assessment: { status: 'PUBLISHED' } },
          select: { nodeCode: true, assessmentId: true, assessment: { select: { version: true } } },
          orderBy: { assessmentId: 'asc' },
        });
        const setId = below.assessment.version.setId;
        const PATH = `query ($id: ID!, $c: String!, $e: [CriterionEffortInput!]) {
        nextLevelPath(assessmentId: $id, categoryCode: $c, effort: $e) {
          status effortSource explanation { vi } steps { code criterionCode } } }`;
        const pathOf = async (effort?: unknown[]) =>
          (
            await analyst.data(PATH, {
              id: gid('Assessment', below.assessmentId),
              c: below.nodeCode,
              ...(effort ? { e: effort } : {}),
            })
          ).nextLevelPath;
        const save = (client: Client, efforts: unknown[], revision?: number) =>
          client.data(
            `mutation ($input: SetCriterionEffortsInput!) { setCriterionEfforts(input: $input) {
            ... on SetCriterionEffortsPayload { data { effortsRevision efforts { code weight } } }
            ... on AppError { code issues { path code } } } }`,
            { input: { setId: gid('CriteriaSet', setId), efforts, revision } },
          );
        const plain = await pathOf();
        expect(plain).toMatchObject({ status: 'PATH', effortSource: 'POINTS' });
        // The criteria the cheapest path uses become a hundred times dearer: the path goes elsewhere.
        const dear = [...new Set<string>(plain.steps.map((step: any) => step.criterionCode))];
        const efforts = dear.map((code) => ({ code, weight: 100 }));
        const saved = (await save(admin, efforts, 0)).setCriterionEfforts;
        expect(saved.data.effortsRevision).toBe(1);
        expect(saved.data.efforts).toEqual(efforts.toSorted((a, b) => a.code.localeCompare(b.code)));
        const weighed = await pathOf();
        expect(weighed.effortSource).toBe('STORED');
        expect(weighed.explanation.vi).toContain('(theo mức công sức do Sở đặt)');
        const chosen = weighed.steps.map((step: any) => step.criterionCode);
        expect(chosen.some((code: string) => !dear.includes(code))).toBe(true);
        // An explicit argument still overrides: no weights, the fewest points again.
        expect(await pathOf([])).toEqual(plain);
        // Stale revisions, other roles, unknown codes and weights out of range write nothing.
        const rows = await server.db.criterionEffort.findMany({ orderBy: { nodeCode: 'asc' } });
        const audits = await server.db.auditLog.count({ where: { action: 'criteriaSet.setEfforts' } });
        expect(audits).toBe(1);
        expect((await save(admin, [], 0)).setCriterionEfforts.code).toBe('CONFLICT');
        expect((await save(analyst, [])).setCriterionEfforts.code).toBe('FORBIDDEN');
        const unknown = (await save(admin, [{ code: 'NO.SUCH', weight: 2 }])).setCriterionEfforts;
        expect(unknown.issues).toEqual([{ path: 'efforts.0.code', code: 'EFFORT_UNKNOWN_CODE' }]);
        const zero = (await save(admin, [{ code: dear[0], weight: 0 }])).setCriterionEfforts;
        expect(zero.issues).toEqual([{ path: 'efforts.0.weight', code: 'EFFORT_OUT_OF_RANGE' }]);
        expect(await server.db.criterionEffort.findMany({ orderBy: { nodeCode: 'asc' } })).toEqual(rows);
        expect(await server.db.auditLog.count({ where: { action: 'criteriaSet.setEfforts' } })).toBe(audits);
        expect((await save(admin, [])).setCriterionEfforts.data.efforts).toEqual([]);
      },
    );
  },
);
