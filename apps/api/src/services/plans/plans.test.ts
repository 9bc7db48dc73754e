/**
 * Improvement plans on the demo (Quảng Ninh: 2021 published, 2022 open): Vân Đồn plans across the
 * ministry's district set and the province's own, the gains add up per set and category, wrong
 * targets write nothing, the Sở approves, and progress follows the entries saved in 2022.
 */
import { loadCriteriaSet } from '@chiso/criteria';
import { DEMO_PASSWORD } from '@chiso/db/seed';
import { scoredNodesByCode } from '@chiso/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer, testBackends } from '../../test/harness.ts';
import { gid } from '../comparisons/fixture.ts';

const ERROR = '__typename ... on AppError { code messages { vi en } issues { path code } }';
const PLAN = `id status revision basePeriod { code }
  criteria { set { code } code categoryCode maxPoints basePoints }
  progress { planned achieved met onTrack gains { set { code } categoryCode planned achieved }
    targets { nodeCode status basePoints targetPoints currentPoints } }`;
const CREATE = `mutation ($unit: ID!, $period: ID!) {
  createImprovementPlan(input: { unitId: $unit, targetPeriodId: $period }) {
    ${ERROR} ... on CreateImprovementPlanPayload { data { ${PLAN} } } } }`;
const SAVE = `mutation ($id: ID!, $revision: Int!, $targets: [PlanTargetInput!]!) {
  saveImprovementPlan(input: { id: $id, revision: $revision, targets: $targets }) {
    ${ERROR} ... on SaveImprovementPlanPayload { data { ${PLAN} } } } }`;
const step = (name: string) => `mutation ($id: ID!, $revision: Int!) {
  ${name}(input: { id: $id, revision: $revision }) { ${ERROR} ... on ${name[0]?.toUpperCase()}${name.slice(1)}Payload { data { status revision } } } }`;
const ROLLUP = `query ($period: ID!) { improvementPlans(periodId: $period) { unit { code } status progress { planned } } }`;

type Criterion = {
  set: { code: string };
  code: string;
  categoryCode: string;
  maxPoints: number;
  basePoints: number;
};
type Plan = {
  id: string;
  revision: number;
  criteria: Criterion[];
  progress: { gains: Gain[]; planned: number };
};
type Gain = { set: { code: string }; categoryCode: string; planned: number; achieved: number };

describe.each(await testBackends({ embeddedOnly: true }))(
  'improvement plans on the demo, $name',
  ({ enabled, ...backend }) => {
    let server: TestServer;
    const as: Record<string, Client> = {};
    let ids: { unit: string; unitId: string; p2022: string; periodId: string };
    beforeAll(async () => {
      if (!enabled) return;
      server = await startTestServer({ enabled, ...backend }, { demo: true });
      for (const who of ['vandon', 'reviewer', 'analyst']) {
        as[who] = new Client(server.url);
        await as[who].signIn(`${who}@chiso.local`, DEMO_PASSWORD);
      }
      const unit = await server.db.unit.findFirstOrThrow({ where: { code: '203', endedOn: null } });
      const period = await server.db.period.findFirstOrThrow({ where: { code: '2022' } });
      ids = {
        unit: gid('Unit', unit.id),
        unitId: unit.id,
        p2022: gid('Period', period.id),
        periodId: period.id,
      };
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it.skipIf(!enabled)(
      'plans across both sets, sums gains per set and category, and tracks 2022',
      async () => {
        const vandon = as.vandon as Client;
        const created = await vandon.data<{ createImprovementPlan: { data: Plan } }>(CREATE, {
          unit: ids.unit,
          period: ids.p2022,
        });
        let plan = created.createImprovementPlan.data;
        expect(plan).toMatchObject({ status: 'DRAFT', basePeriod: { code: '2021' } });
        const sets = new Set(plan.criteria.map((criterion) => criterion.set.code));
        // Where it could start: the shortest path to the next level of each category 2021 left below the top.
        const SUGGESTIONS = `query ($id: ID!) { node(id: $id) { ... on ImprovementPlan {
      suggestions { setCode path { categoryCode target explanation { vi } steps { code target } } } } } }`;
        const { node } = await vandon.data<{
          node: {
            suggestions: {
              setCode: string;
              path: {
                categoryCode: string;
                target: number;
                explanation: { vi: string };
                steps: { code: string; target: number }[];
              };
            }[];
          };
        }>(SUGGESTIONS, { id: plan.id });
        expect(node.suggestions.length).toBeGreaterThan(0);
        for (const { setCode, path } of node.suggestions) {
          expect(path.explanation.vi).toMatch(/^Để lên Mức \d/);
          for (const step of path.steps) {
            const criterion = plan.criteria.find((c) => c.set.code === setCode && c.code === step.code);
            expect(step.target).toBeLessThanOrEqual(criterion?.maxPoints ?? -1);
          }
        }
        expect(sets).toEqual(new Set(['btttt-2392-district', 'qn-268-district-supplement']));

        // Vân Đồn's shape: a few readiness and achieved-results criteria of the ministry's set, and the province's own.
        // Yes/no criteria first in the readiness pick, so that answering "yes" in 2022 reaches the target.
        const district = scoredNodesByCode(loadCriteriaSet('btttt-2392-district'));
        const yesNo = (code: string) => district.get(code)?.rule.kind === 'yesNo';
        const open = plan.criteria
          .filter((criterion) => criterion.basePoints < criterion.maxPoints)
          .sort((a, b) => Number(yesNo(b.code)) - Number(yesNo(a.code)));
        const pick = (set: string, category: string, count: number) =>
          open.filter((c) => c.set.code === set && c.categoryCode === category).slice(0, count);
        const chosen = [
          ...pick('btttt-2392-district', 'SS', 4),
          ...pick('btttt-2392-district', 'KQ', 6),
          ...pick(
            'qn-268-district-supplement',
            open.find((c) => c.set.code === 'qn-268-district-supplement')?.categoryCode ?? '',
            3,
          ),
        ];
        expect(chosen.length).toBe(13);
        const targets = chosen.map((criterion) => ({
          setCode: criterion.set.code,
          nodeCode: criterion.code,
          targetPoints: criterion.maxPoints,
          owner: 'Phòng Văn hóa và Thông tin',
          dueOn: '2022-12-31',
        }));

        // A wrong target writes nothing, and says which field in both languages (input checks come first).
        const refusals = async (wrong: object) => {
          const answer = await vandon.data<{
            saveImprovementPlan: { code: string; issues: { path: string; code: string }[] };
          }>(SAVE, { id: plan.id, revision: plan.revision, targets: [wrong] });
          expect(answer.saveImprovementPlan.code).toBe('VALIDATION_FAILED');
          return answer.saveImprovementPlan.issues;
        };
        expect(await refusals({ ...targets[1], owner: ' ' })).toEqual([
          { path: 'targets.0.owner', code: 'PLAN_OWNER_REQUIRED' },
        ]);
        const aboveMax = { ...targets[0], targetPoints: (chosen[0]?.maxPoints ?? 0) + 1 };
        expect(await refusals(aboveMax)).toEqual([
          { path: 'targets.0.targetPoints', code: 'PLAN_TARGET_ABOVE_MAX' },
        ]);
        expect(await refusals({ ...targets[0], dueOn: '2023-01-01' })).toEqual([
          { path: 'targets.0.dueOn', code: 'PLAN_DUE_AFTER_PERIOD' },
        ]);
        expect(await server.db.planTarget.count()).toBe(0);

        const saved = await vandon.data<{ saveImprovementPlan: { data: Plan } }>(SAVE, {
          id: plan.id,
          revision: plan.revision,
          targets,
        });
        plan = saved.saveImprovementPlan.data;
        const expected = new Map<string, number>();
        for (const criterion of chosen) {
          const key = `${criterion.set.code}/${criterion.categoryCode}`;
          expected.set(key, (expected.get(key) ?? 0) + criterion.maxPoints - criterion.basePoints);
        }
        const gains = new Map(
          plan.progress.gains.map((gain) => [`${gain.set.code}/${gain.categoryCode}`, gain.planned]),
        );
        expect(gains.size).toBe(expected.size);
        for (const [key, planned] of expected) expect(gains.get(key)).toBeCloseTo(planned, 2);

        // A stale revision is refused.
        const stale = await vandon.data<{ saveImprovementPlan: { code: string } }>(SAVE, {
          id: plan.id,
          revision: 0,
          targets,
        });
        expect(stale.saveImprovementPlan.code).toBe('CONFLICT');

        // Progress follows what the unit saves in 2022: reach the first readiness target's maximum.
        const first = chosen[0] as Criterion;
        const assessment = await server.db.assessment.findFirstOrThrow({
          where: { unitId: ids.unitId, periodId: ids.periodId, version: { set: { code: first.set.code } } },
        });
        const input = true;
        await server.db.assessmentEntry.upsert({
          where: { assessmentId_nodeCode: { assessmentId: assessment.id, nodeCode: first.code } },
          create: { assessmentId: assessment.id, nodeCode: first.code, input },
          update: { input, reviewedPoints: null },
        });
        const PROGRESS = `query ($unit: ID!, $period: ID!) { improvementPlan(unitId: $unit, periodId: $period) { ${PLAN} } }`;
        const after = (
          await vandon.data<{
            improvementPlan: Plan & { progress: { targets: { nodeCode: string; status: string }[] } };
          }>(PROGRESS, { unit: ids.unit, period: ids.p2022 })
        ).improvementPlan;
        expect(after.progress.targets.find((target) => target.nodeCode === first.code)?.status).toBe('MET');
        const readiness = after.progress.gains.find(
          (gain) => gain.categoryCode === 'SS' && gain.set.code === first.set.code,
        );
        expect(readiness?.achieved).toBeGreaterThanOrEqual(first.maxPoints - first.basePoints);

        // The Sở approves; the roll-up lists it; an analyst cannot write plans.
        const submitted = await vandon.data<{
          submitImprovementPlan: { data: { status: string; revision: number } };
        }>(step('submitImprovementPlan'), { id: plan.id, revision: plan.revision });
        expect(submitted.submitImprovementPlan.data.status).toBe('SUBMITTED');
        const approved = await (as.reviewer as Client).data<{
          approveImprovementPlan: { data: { status: string } };
        }>(step('approveImprovementPlan'), {
          id: plan.id,
          revision: submitted.submitImprovementPlan.data.revision,
        });
        expect(approved.approveImprovementPlan.data.status).toBe('APPROVED');
        const rollup = await (as.analyst as Client).data<{
          improvementPlans: { unit: { code: string }; status: string; progress: { planned: number } }[];
        }>(ROLLUP, { period: ids.p2022 });
        expect(rollup.improvementPlans).toEqual([
          {
            unit: { code: '203' },
            status: 'APPROVED',
            progress: { planned: expect.closeTo(plan.progress.planned, 2) },
          },
        ]);
        const forbidden = await (as.analyst as Client).data<{ createImprovementPlan: { code: string } }>(
          CREATE,
          {
            unit: ids.unit,
            period: ids.p2022,
          },
        );
        expect(forbidden.createImprovementPlan.code).toBe('FORBIDDEN');
        const stored = await server.db.improvementPlan.findFirstOrThrow({ where: { unitId: ids.unitId } });
        const actions = await server.db.auditLog.findMany({
          where: { entityType: 'ImprovementPlan', entityId: stored.id },
          select: { action: true },
          orderBy: { id: 'asc' },
        });
        expect(actions.map((row) => row.action)).toEqual([
          'plan.create',
          'plan.save',
          'plan.submit',
          'plan.approve',
        ]);
      },
    );
  },
);
