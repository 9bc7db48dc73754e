/**
 * Analysis beyond points through HTTP on the hand-built cohort (fixture.ts). 2022 index values:
 * A 20/20 = 1, D 9/16 = 0.5625, B 9.5/20 = 0.475, C 9/20 = 0.45.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createUser,
  startTestServer,
  type TestServer,
  testBackends,
} from '../../test/harness.ts';
import { createComparisonFixture, type Fixture, gid } from './fixture.ts';

const NORMALISED = `query ($p: ID!, $g: ID!, $n: String, $b: [IndexBandInput!]) {
  normalisedCohort(periodId: $p, unitGroupId: $g, nodeCode: $n, bands: $b) {
    node { code } mean standardDeviation bands { code min inclusive units }
    units { unit { code } rank points maxPoints index minMax zScore band } } }`;
const SENSITIVITY = `query ($p: ID!, $g: ID!, $pct: Int) {
  rankSensitivity(periodId: $p, unitGroupId: $g, percent: $pct) {
    percent cohortSize
    scenarios { group { code } weight unitsChanged maxShift meanShift moves { unit { code } before after shift } } } }`;

describe.each(await testBackends())('analysis beyond points on $name', (backend) => {
  let server: TestServer;
  let fixture: Fixture;
  let analyst: Client;
  let vars: { p: string; g: string };
  beforeAll(async () => {
    if (!backend.enabled) return;
    server = await startTestServer(backend);
    fixture = await createComparisonFixture(server.db);
    await createUser(server, { email: 'analyst@chiso.test', role: 'ANALYST' });
    analyst = await server.signedIn('analyst@chiso.test');
    vars = { p: gid('Period', fixture.periods.y2022), g: gid('UnitGroup', fixture.groupId) };
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!backend.enabled)('normalises the index (min-max, z-score) and bands it as UN EGDI', async () => {
    const { normalisedCohort } = await analyst.data(NORMALISED, vars);
    expect(normalisedCohort).toMatchObject({ node: null, mean: 0.6219, standardDeviation: 0.2567 });
    expect(
      normalisedCohort.units.map((u: any) => [u.unit.code, u.index, u.minMax, u.zScore, u.band]),
    ).toEqual([
      ['A', 1, 1, 1.4733, 'VERY_HIGH'],
      ['D', 0.5625, 0.2045, -0.2313, 'HIGH'],
      ['B', 0.475, 0.0455, -0.5723, 'MIDDLE'],
      ['C', 0.45, 0, -0.6697, 'MIDDLE'],
    ]);
    expect(normalisedCohort.bands).toEqual([
      { code: 'VERY_HIGH', min: 0.75, inclusive: false, units: 1 },
      { code: 'HIGH', min: 0.5, inclusive: true, units: 1 },
      { code: 'MIDDLE', min: 0.25, inclusive: true, units: 2 },
      { code: 'LOW', min: 0, inclusive: true, units: 0 },
    ]);
  });

  it.skipIf(!backend.enabled)(
    'takes configured bands and one node, leaving out units it does not apply to',
    async () => {
      const { normalisedCohort } = await analyst.data(NORMALISED, {
        ...vars,
        n: 'KQ.A.2',
        b: [
          { code: 'FAIL', min: 0 },
          { code: 'PASS', min: 0.5 },
        ],
      });
      expect(normalisedCohort.node).toEqual({ code: 'KQ.A.2' });
      // D: KQ.A.2 does not apply. A 4/4, C 2/4, B 0/4.
      expect(
        normalisedCohort.units.map((u: any) => [u.unit.code, u.points, u.index, u.minMax, u.band]),
      ).toEqual([
        ['A', 4, 1, 1, 'PASS'],
        ['C', 2, 0.5, 0.5, 'PASS'],
        ['B', 0, 0, 0, 'FAIL'],
      ]);
      const bad = await analyst.request(NORMALISED, { ...vars, b: [{ code: 'X', min: 2 }] });
      expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      const unknown = await analyst.request(NORMALISED, { ...vars, n: 'NOPE' });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    },
  );

  it.skipIf(!backend.enabled)('measures how ranks move when a group weighs ±10 %', async () => {
    // In 2022 only A is ranked in both categories: B, C and D have no rank by total to move (with
    // them, KQ.A × 1.1 would tie C with B). How moves are counted is scoring's sensitivity.test.ts.
    const { rankSensitivity } = await analyst.data(SENSITIVITY, vars);
    expect(rankSensitivity).toMatchObject({ percent: 10, cohortSize: 1 });
    expect(rankSensitivity.scenarios.map((s: any) => [s.group.code, s.weight, s.unitsChanged])).toEqual([
      ['SS.A', 1.1, 0],
      ['SS.A', 0.9, 0],
      ['SS.B', 1.1, 0],
      ['SS.B', 0.9, 0],
      ['KQ.A', 1.1, 0],
      ['KQ.A', 0.9, 0],
    ]);
    // 2021: all four units are ranked (A, B, F, C) and ±10 % on any group moves none of them.
    const y2021 = { ...vars, p: gid('Period', fixture.periods.y2021) };
    const all = (await analyst.data(SENSITIVITY, y2021)).rankSensitivity;
    expect(all.cohortSize).toBe(4);
    expect(all.scenarios.every((s: any) => s.unitsChanged === 0)).toBe(true);
    const bad = await analyst.request(SENSITIVITY, { ...vars, pct: 80 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it.skipIf(!backend.enabled)('reads published results only, in a fixed number of statements', async () => {
    const large = gid('UnitGroup', await fixture.large(40));
    for (const query of [NORMALISED, SENSITIVITY]) {
      const small = await server.db.$statements.measure(() => analyst.data(query, vars));
      const big = await server.db.$statements.measure(() => analyst.data(query, { ...vars, g: large }));
      expect(big.statements).toBe(small.statements);
      expect(big.statements).toBeLessThanOrEqual(3);
    }
    // E (APPROVED, not published) never shows.
    const { normalisedCohort } = await analyst.data(NORMALISED, vars);
    expect(normalisedCohort.units.map((u: any) => u.unit.code)).not.toContain('E');
    const anonymous = await server.anonymous().request(SENSITIVITY, vars);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
