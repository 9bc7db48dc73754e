/**
 * The national dataset's generator on a real database, one province (Bắc Kạn: 8 districts, 108
 * communes — the full load is the benchmark's, too slow for CI): the API's ranking, matrix,
 * distribution and period comparison agree with @chiso/scoring run directly on the generated inputs;
 * a second load changes nothing. The whole catalogue's plan is counted without a database when the
 * full catalogue is beside the repository (../shared); Bắc Kạn comes from the committed extract.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadCriteriaSet } from '@chiso/criteria';
import { flattenResult, inputsOf, overridesOf } from '@chiso/db';
import {
  countPlan,
  loadNational,
  NATIONAL_CATALOGUE,
  nationalEntries,
  nationalPlan,
} from '@chiso/db/national';
import { DEMO_PASSWORD } from '@chiso/db/seed';
import { rankResults, scoreCohort, type UnitResult } from '@chiso/scoring';
import { Client } from '@chiso/testing/client';
import { testBackends } from '@chiso/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessServer, serveInProcess } from '../in-process.ts';

const readJson = (path: string | URL) => JSON.parse(readFileSync(path, 'utf8'));
const hasNational = existsSync(NATIONAL_CATALOGUE);
const bacKan = readJson(new URL('../../../../packages/db/src/seed/data/bac-kan-2022.json', import.meta.url));
const BAC_KAN = '06';
const points = (hundredths: number) => hundredths / 100;

describe('the national plan', () => {
  it.skipIf(!hasNational)(
    'covers every commune and district of the 2022 catalogue, one cohort per province and level',
    () => {
      const plan = nationalPlan(readJson(NATIONAL_CATALOGUE));
      expect(countPlan(plan)).toEqual({
        provinces: 63,
        districts: 705,
        communes: 10_599,
        groups: 126,
        assessments: 2 * (705 + 10_599),
      });
      const quangNinh = plan.provinces.find((province) => province.code === '22');
      expect(quangNinh?.groups.map((group) => [group.code, group.unitCodes.length])).toEqual([
        ['huyen-22', 13],
        ['xa-22', 177],
      ]);
    },
  );

  it('gives a unit the same figures on every run, different ones each year', () => {
    const set = loadCriteriaSet('btttt-2392-commune');
    const unit = { code: '06994', kind: 'COMMUNE' as const };
    expect(nationalEntries(unit, 2022, set)).toEqual(nationalEntries(unit, 2022, set));
    expect(nationalEntries(unit, 2022, set)).not.toEqual(nationalEntries(unit, 2021, set));
  });
});

// The national dataset is loaded into a PostgreSQL server (`pnpm chiso national load` needs DATABASE_URL),
// so this suite runs with `test:pg` only.
const postgres = (await testBackends()).filter((backend) => backend.name === 'PostgreSQL');

describe.each(postgres)('one province of the national dataset on $name', ({ enabled, ...backend }) => {
  const plan = nationalPlan(bacKan, [BAC_KAN]);
  const communes = plan.provinces[0]?.units.filter((unit) => unit.kind === 'COMMUNE') ?? [];
  const set = loadCriteriaSet('btttt-2392-commune');
  let server: InProcessServer;
  let analyst: Client;
  let ids: { y2021: string; y2022: string; communes: string };

  /** What the engine says of the communes in a year, straight from the generator's inputs. */
  const expected = (year: number) => {
    const results = scoreCohort(
      set,
      communes.map((unit) => {
        const entries = nationalEntries(unit, year, set);
        return { unitId: unit.code, inputs: inputsOf(entries), overrides: overridesOf(entries) };
      }),
    );
    const ranks = new Map(
      rankResults(results, (result) => result).map(({ item, rank }) => [item.unitId, rank]),
    );
    return { results: results as Array<UnitResult & { unitId: string }>, ranks };
  };
  const criterion = (result: UnitResult, code: string) =>
    flattenResult(result.categories).find((node) => node.code === code);

  beforeAll(async () => {
    if (!enabled) return;
    server = await serveInProcess({ enabled, ...backend });
    expect(await loadNational(server.db, plan)).toEqual({ loaded: 1, skipped: 0 });
    analyst = new Client(server.url);
    await analyst.signIn('analyst@chiso.local', DEMO_PASSWORD);
    const data = await analyst.data(
      `{ periods(first: 5) { edges { node { id code } } } unitGroups { id code } }`,
    );
    const period = (code: string) =>
      data.periods.edges.find((edge: { node: { code: string } }) => edge.node.code === code).node.id;
    ids = {
      y2021: period('2021'),
      y2022: period('2022'),
      communes: data.unitGroups.find((group: { code: string }) => group.code === `xa-${BAC_KAN}`).id,
    };
  }, 180_000); // loads a province: 116 units × 2 years of assessments and results
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)(
    'writes every unit, assessment and result node once; a second load changes nothing',
    async () => {
      const count = async () => ({
        units: await server.db.unit.count(),
        groups: await server.db.unitGroup.count(),
        assessments: await server.db.assessment.count({ where: { status: 'PUBLISHED' } }),
        results: await server.db.assessmentResult.count(),
        nodes: await server.db.resultNode.count(),
      });
      const before = await count();
      const districts = plan.provinces[0]?.units.filter((unit) => unit.kind === 'DISTRICT').length ?? 0;
      expect(districts).toBe(8);
      const district = loadCriteriaSet('btttt-2392-district');
      const nodesPer = (s: typeof set) =>
        flattenResult(scoreCohort(s, [{ unitId: 'x', inputs: {} }])[0]?.categories ?? []).length;
      expect(before).toEqual({
        units: 1 + districts + communes.length,
        groups: 2,
        assessments: 2 * (districts + communes.length),
        results: 2 * (districts + communes.length),
        nodes: 2 * (districts * nodesPer(district) + communes.length * nodesPer(set)),
      });
      expect(await loadNational(server.db, plan)).toEqual({ loaded: 0, skipped: 1 });
      expect(await count()).toEqual(before);
    },
  );

  it.skipIf(!enabled)('ranks the communes as the engine does', async () => {
    const { results, ranks } = expected(2022);
    const { groupRanking } = await analyst.data(
      `query ($p: ID!, $g: ID!) { groupRanking(periodId: $p, unitGroupId: $g, by: TOTAL) {
        cohortSize entries { unit { code } rank points maxPoints } } }`,
      { p: ids.y2022, g: ids.communes },
    );
    expect(groupRanking.cohortSize).toBe(communes.length);
    const byCode = new Map(results.map((result) => [result.unitId, result]));
    for (const entry of groupRanking.entries) {
      const result = byCode.get(entry.unit.code) as UnitResult;
      expect([entry.unit.code, entry.rank, entry.points, entry.maxPoints]).toEqual([
        entry.unit.code,
        ranks.get(entry.unit.code),
        points(result.points),
        points(result.maxPoints),
      ]);
    }
  });

  it.skipIf(!enabled)('holds every criterion’s points in the matrix', async () => {
    const { results } = expected(2021);
    const { comparisonMatrix } = await analyst.data(
      `query ($p: ID!, $g: ID!) { comparisonMatrix(periodId: $p, unitGroupId: $g, nodeKind: CRITERION) {
        columns { code } rows { unit { code } points } } }`,
      { p: ids.y2021, g: ids.communes },
    );
    expect(comparisonMatrix.rows).toHaveLength(communes.length);
    expect(comparisonMatrix.columns.length).toBeGreaterThan(70);
    const byCode = new Map(results.map((result) => [result.unitId, result]));
    for (const row of comparisonMatrix.rows) {
      const result = byCode.get(row.unit.code) as UnitResult;
      const wanted = comparisonMatrix.columns.map(({ code }: { code: string }) => {
        const node = criterion(result, code);
        return node ? points(node.points) : null;
      });
      expect(row.points).toEqual(wanted);
    }
  });

  it.skipIf(!enabled)('spreads a criterion as counted by hand', async () => {
    const { results } = expected(2022);
    const code = set.categories[0]?.groups[0]?.criteria[0]?.code as string;
    const values = results.map((result) => criterion(result, code)).filter((node) => node !== undefined);
    const sorted = values.map((node) => node.points).sort((a, b) => a - b);
    const { distribution } = await analyst.data(
      `query ($p: ID!, $g: ID!, $n: String!) { distribution(periodId: $p, unitGroupId: $g, nodeCode: $n) {
        count min median max atFull atZero } }`,
      { p: ids.y2022, g: ids.communes, n: code },
    );
    const middle = (sorted.length - 1) / 2;
    const median = ((sorted[Math.floor(middle)] as number) + (sorted[Math.ceil(middle)] as number)) / 2;
    expect(distribution).toMatchObject({
      count: values.length,
      min: points(sorted[0] as number),
      max: points(sorted[sorted.length - 1] as number),
      atFull: values.filter((node) => node.points === node.maxPoints && node.maxPoints > 0).length,
      atZero: values.filter((node) => node.points === 0).length,
    });
    expect(distribution.median).toBeCloseTo(points(median), 2);
  });

  it.skipIf(!enabled)('compares the two years unit by unit', async () => {
    const before = expected(2021).results;
    const after = expected(2022).results;
    const { periodComparison } = await analyst.data(
      `query ($a: ID!, $b: ID!, $g: ID!) { periodComparison(fromPeriodId: $a, toPeriodId: $b, unitGroupId: $g) {
        units { unit { code } status before after } } }`,
      { a: ids.y2021, b: ids.y2022, g: ids.communes },
    );
    const total = (results: typeof before, code: string) =>
      points(results.find((result) => result.unitId === code)?.points ?? Number.NaN);
    expect(periodComparison.units).toHaveLength(communes.length);
    for (const unit of periodComparison.units) {
      expect([unit.status, unit.before, unit.after]).toEqual([
        'BOTH',
        total(before, unit.unit.code),
        total(after, unit.unit.code),
      ]);
    }
  });
});
