/**
 * Every comparison query on a small hand-built cohort (fixture.ts), expectations computed by hand:
 * 2022 totals A 20/20, D 9/16 (KQ.A.2 does not apply), B 9.5/20, C 9/20. Only A is ranked in both
 * categories, so only A has a rank by total; D, B and C follow without one (không xếp hạng chung).
 */
import { Prisma } from '@chiso/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../context.ts';
import {
  type Client,
  createUser,
  startTestServer,
  type TestServer,
  testBackends,
} from '../../test/harness.ts';
import { type CohortMember, loadCohort } from './cohort.ts';
import { createComparisonFixture, type Fixture, gid } from './fixture.ts';
import { periodComparison } from './period-comparison.ts';
import { asText, readSnapshots, snapshotted } from './snapshot.ts';

const RANKING = `query ($p: ID!, $g: ID!, $by: RankingBy!, $c: String, $f: RankingFilter) {
  groupRanking(periodId: $p, unitGroupId: $g, by: $by, category: $c, filter: $f) {
    by category cohortSize count categories { code name { vi } maxPoints }
    entries { assessmentId unit { code type parentName } rank points maxPoints index level notRanked notRankedReason notRankedGroups
      categories { code points level notRanked rank } } } }`;
const MATRIX = `query ($p: ID!, $g: ID!, $k: ComparisonNodeKind!, $codes: [String!]) {
  comparisonMatrix(periodId: $p, unitGroupId: $g, nodeKind: $k, nodeCodes: $codes) {
    periodCode columns { code maxPoints } rows { unit { code } rank total totalMax points maxima shares missing } } }`;
const DISTRIBUTION = `query ($p: ID!, $g: ID!, $n: String!) { distribution(periodId: $p, unitGroupId: $g, nodeCode: $n) {
  node { code } count notApplicable min q1 median q3 max mean atFull atZero } }`;
const WEAKEST = `query ($p: ID!, $g: ID!) { weakestCriteria(periodId: $p, unitGroupId: $g, limit: 3) {
  cohortSize criteria { code lost possible lostShare units atZero atFull } blockingGroups { category groups units names { vi } } } }`;
const PERIODS = `query ($a: ID!, $b: ID!, $g: ID!) { periodComparison(fromPeriodId: $a, toPeriodId: $b, unitGroupId: $g) {
  fromPeriodCode toPeriodCode columns { code } removedNodes { code }
  units { unit { code } status before after delta rankBefore rankAfter nodesBefore nodesAfter nodeDeltas } } }`;
const SUMMARY = `query ($p: ID!, $g: ID!) { comparisonSummary(periodId: $p, unitGroupId: $g) {
  periodCode previousPeriodCode cohortSize rankedOverall
  categories { code name { vi } ranked notRanked levels { level units } }
  blockingGroups { category groups units }
  top { unit { code } rank points } bottom { unit { code } rank points }
  risers { unit { code } before after delta } fallers { unit { code } before after delta } } }`;

describe.each(await testBackends())('comparison queries on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let fixture: Fixture;
  let analyst: Client;
  let vars: { p: string; g: string };
  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend });
    fixture = await createComparisonFixture(server.db);
    await createUser(server, { email: 'analyst@chiso.test', role: 'ANALYST' });
    analyst = await server.signedIn('analyst@chiso.test');
    vars = { p: gid('Period', fixture.periods.y2022), g: gid('UnitGroup', fixture.groupId) };
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)('ranks by total with levels per category, published units only', async () => {
    const { groupRanking } = await analyst.data(RANKING, { ...vars, by: 'TOTAL' });
    expect(groupRanking).toMatchObject({ by: 'TOTAL', category: null, cohortSize: 4, count: 4 });
    expect(
      groupRanking.entries.map((e: any) => [
        e.unit.code,
        e.rank,
        e.points,
        e.maxPoints,
        e.index,
        e.notRanked,
      ]),
    ).toEqual([
      ['A', 1, 20, 20, 1, false],
      ['D', null, 9, 16, 0.5625, true],
      ['B', null, 9.5, 20, 0.475, true],
      ['C', null, 9, 20, 0.45, true],
    ]);
    expect(groupRanking.entries[3].categories).toEqual([
      { code: 'SS', points: 1, level: null, notRanked: true, rank: null },
      { code: 'KQ', points: 8, level: 1, notRanked: false, rank: 2 },
    ]);
    expect(groupRanking.categories).toEqual([
      { code: 'SS', name: { vi: 'Sẵn sàng' }, maxPoints: 10 },
      { code: 'KQ', name: { vi: 'Kết quả' }, maxPoints: 10 },
    ]);
    // Each entry opens its unit's result page: the published assessment's global ID.
    const { node } = await analyst.data(
      'query ($id: ID!) { node(id: $id) { ... on Assessment { unit { code } status } } }',
      { id: groupRanking.entries[0].assessmentId },
    );
    expect(node).toEqual({ unit: { code: 'A' }, status: 'PUBLISHED' });
  });

  it.skipIf(!enabled)('ranks by category with not-ranked reasons, and by index', async () => {
    const { groupRanking } = await analyst.data(RANKING, { ...vars, by: 'CATEGORY', c: 'KQ' });
    expect(
      groupRanking.entries.map((e: any) => [
        e.unit.code,
        e.rank,
        e.points,
        e.index,
        e.level,
        e.notRanked,
        e.notRankedGroups,
      ]),
    ).toEqual([
      ['A', 1, 10, 1, 1, false, []],
      ['C', 2, 8, 0.8, 1, false, []],
      ['D', null, 2, 0.3333, null, true, ['KQ.A']],
      ['B', null, 3, 0.3, null, true, ['KQ.A']],
    ]);
    expect(groupRanking.entries[2].notRankedReason).toContain('Hiện diện');
    // The typed reasons: the category's level not reached; overall, the categories not ranked in.
    const REASONS = `query ($p: ID!, $g: ID!, $by: RankingBy!, $c: String) {
      groupRanking(periodId: $p, unitGroupId: $g, by: $by, category: $c) { entries { unit { code }
        notRankedReasons { code category groups message messages { en } }
        categories { code rank notRankedReasons { code } } } } }`;
    const byKq = await analyst.data(REASONS, { ...vars, by: 'CATEGORY', c: 'KQ' });
    expect(byKq.groupRanking.entries[2]).toMatchObject({
      unit: { code: 'D' },
      notRankedReasons: [
        {
          code: 'LEVEL_NOT_REACHED',
          category: 'KQ',
          groups: ['KQ.A'],
          message:
            'Không đạt điểm tối thiểu của mức thấp nhất: Hiện diện: 2,00/6,00 điểm (33,33%), cần tối thiểu 50,00%',
        },
      ],
    });
    const overall = await analyst.data(REASONS, { ...vars, by: 'TOTAL' });
    expect(
      overall.groupRanking.entries.map((e: any) => [
        e.unit.code,
        e.notRankedReasons.map((r: any) => `${r.code} ${r.category}: ${r.messages.en}`),
        e.categories.map((c: any) => [c.code, c.rank, c.notRankedReasons.map((r: any) => r.code).join()]),
      ]),
    ).toEqual([
      [
        'A',
        [],
        [
          ['SS', 1, ''],
          ['KQ', 1, ''],
        ],
      ],
      [
        'D',
        ['NOT_RANKED_IN_CATEGORY KQ: Not ranked in the category Kết quả (en)'],
        [
          ['SS', 2, ''],
          ['KQ', null, 'LEVEL_NOT_REACHED'],
        ],
      ],
      [
        'B',
        ['NOT_RANKED_IN_CATEGORY KQ: Not ranked in the category Kết quả (en)'],
        [
          ['SS', 3, ''],
          ['KQ', null, 'LEVEL_NOT_REACHED'],
        ],
      ],
      [
        'C',
        ['NOT_RANKED_IN_CATEGORY SS: Not ranked in the category Sẵn sàng (en)'],
        [
          ['SS', null, 'LEVEL_NOT_REACHED'],
          ['KQ', 2, ''],
        ],
      ],
    ]);
    const byIndex = await analyst.data(RANKING, { ...vars, by: 'INDEX' });
    expect(byIndex.groupRanking.entries.map((e: any) => [e.unit.code, e.rank, e.index])).toEqual([
      ['A', 1, 1],
      ['D', null, 0.5625],
      ['B', null, 0.475],
      ['C', null, 0.45],
    ]);
  });

  it.skipIf(!enabled)('filters by parent unit, type and level, keeping the group ranks', async () => {
    const codes = async (variables: Record<string, unknown>) =>
      (await analyst.data(RANKING, { ...vars, ...variables })).groupRanking.entries.map(
        (e: any) => `${e.unit.code}${e.rank}`,
      );
    expect(
      await codes({
        by: 'CATEGORY',
        c: 'KQ',
        f: { parentUnitId: gid('Unit', fixture.districts.H2 as string) },
      }),
    ).toEqual(['C2', 'Dnull']);
    expect(await codes({ by: 'TOTAL', f: { unitType: 'Xã' } })).toEqual(['A1', 'Cnull']);
    expect(await codes({ by: 'TOTAL', c: 'SS', f: { level: 1 } })).toEqual(['Dnull', 'Bnull']);
    expect(await codes({ by: 'TOTAL', c: 'SS', f: { level: 0 } })).toEqual(['Cnull']);
    const refused = await analyst.request(RANKING, { ...vars, by: 'CATEGORY' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it.skipIf(!enabled)('writes a matrix’s rows as JSON arrays, typed and measured in bytes', async () => {
    const query = `query ($p: ID!, $g: ID!) { comparisonMatrix(periodId: $p, unitGroupId: $g, nodeKind: CRITERION) {
      rows { unit { code name } points } } }`;
    const response = await analyst.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: vars }),
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(response.headers.get('content-length'))).toBe(body.length);
    const { data } = JSON.parse(body.toString());
    expect(data.comparisonMatrix.rows[0]).toMatchObject({ unit: { code: 'A' }, points: [3, 2, 5, 6, 4] });
    expect(body.toString()).toContain(`"name":${JSON.stringify(data.comparisonMatrix.rows[0].unit.name)}`);
  });

  it.skipIf(!enabled)('gives the units × criteria matrix with shares and missing marks', async () => {
    const { comparisonMatrix } = await analyst.data(MATRIX, { ...vars, k: 'CRITERION' });
    expect(comparisonMatrix.periodCode).toBe('P2022');
    expect(comparisonMatrix.columns).toEqual([
      { code: 'SS.A.1', maxPoints: 3 },
      { code: 'SS.A.2', maxPoints: 2 },
      { code: 'SS.B.1', maxPoints: 5 },
      { code: 'KQ.A.1', maxPoints: 6 },
      { code: 'KQ.A.2', maxPoints: 4 },
    ]);
    expect(comparisonMatrix.rows).toEqual([
      {
        unit: { code: 'A' },
        rank: 1,
        total: 20,
        totalMax: 20,
        points: [3, 2, 5, 6, 4],
        maxima: [3, 2, 5, 6, 4],
        shares: [1, 1, 1, 1, 1],
        missing: 0,
      },
      {
        unit: { code: 'D' },
        rank: null,
        total: 9,
        totalMax: 16,
        points: [3, 1, 3, 2, 0],
        maxima: [3, 2, 5, 6, 0],
        shares: [1, 0.5, 0.6, 0.3333, null],
        missing: 0,
      },
      {
        unit: { code: 'B' },
        rank: null,
        total: 9.5,
        totalMax: 20,
        points: [1.5, 0, 5, 3, 0],
        maxima: [3, 2, 5, 6, 4],
        shares: [0.5, 0, 1, 0.5, 0],
        missing: 0,
      },
      {
        unit: { code: 'C' },
        rank: null,
        total: 9,
        totalMax: 20,
        points: [0, 0, 1, 6, 2],
        maxima: [3, 2, 5, 6, 4],
        shares: [0, 0, 0.2, 1, 0.5],
        missing: 0,
      },
    ]);
    const groups = await analyst.data(MATRIX, { ...vars, k: 'GROUP', codes: ['KQ.A', 'SS.A'] });
    expect(groups.comparisonMatrix.columns.map((c: any) => c.code)).toEqual(['SS.A', 'KQ.A']);
    expect(groups.comparisonMatrix.rows.map((r: any) => r.points)).toEqual([
      [5, 10],
      [4, 2],
      [1.5, 3],
      [0, 8],
    ]);
    // A result row that is not there is marked missing, not shown as zero.
    const row = await server.db.resultNode.findFirstOrThrow({
      where: {
        nodeCode: 'SS.A.2',
        assessment: { unitId: fixture.units.C as string, periodId: fixture.periods.y2022 },
      },
    });
    await server.db.resultNode.delete({ where: { id: row.id } });
    try {
      const gap = await analyst.data(MATRIX, { ...vars, k: 'CRITERION' });
      expect(gap.comparisonMatrix.rows[3]).toMatchObject({
        points: [0, null, 1, 6, 2],
        shares: [0, null, 0.2, 1, 0.5],
        missing: 1,
      });
    } finally {
      const { notRankedReason: _none, ...restored } = row;
      await server.db.resultNode.create({ data: restored });
    }
  });

  it.skipIf(!enabled)('describes a distribution (type-7 quartiles)', async () => {
    const criterion = await analyst.data(DISTRIBUTION, { ...vars, n: 'KQ.A.2' });
    expect(criterion.distribution).toEqual({
      node: { code: 'KQ.A.2' },
      count: 3,
      notApplicable: 1,
      min: 0,
      q1: 1,
      median: 2,
      q3: 3,
      max: 4,
      mean: 2,
      atFull: 1,
      atZero: 1,
    });
    const category = await analyst.data(DISTRIBUTION, { ...vars, n: 'SS' });
    expect(category.distribution).toEqual({
      node: { code: 'SS' },
      count: 4,
      notApplicable: 0,
      min: 1,
      q1: 5.125,
      median: 6.75,
      q3: 7.75,
      max: 10,
      mean: 6.125,
      atFull: 1,
      atZero: 0,
    });
    const unknown = await analyst.request(DISTRIBUTION, { ...vars, n: 'XX' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.skipIf(!enabled)('finds the weakest criteria and the groups that kept units unranked', async () => {
    const { weakestCriteria } = await analyst.data(WEAKEST, vars);
    expect(weakestCriteria).toEqual({
      cohortSize: 4,
      criteria: [
        { code: 'KQ.A.1', lost: 7, possible: 24, lostShare: 0.2917, units: 4, atZero: 0, atFull: 2 },
        { code: 'KQ.A.2', lost: 6, possible: 12, lostShare: 0.5, units: 3, atZero: 1, atFull: 1 },
        { code: 'SS.B.1', lost: 6, possible: 20, lostShare: 0.3, units: 4, atZero: 0, atFull: 2 },
      ],
      blockingGroups: [
        { category: 'KQ', groups: ['KQ.A'], units: 2, names: [{ vi: 'Hiện diện' }] },
        { category: 'SS', groups: ['SS.B'], units: 1, names: [{ vi: 'Chính sách' }] },
      ],
    });
  });

  it.skipIf(!enabled)('compares two periods unit by unit and group by group', async () => {
    const { periodComparison } = await analyst.data(PERIODS, {
      a: gid('Period', fixture.periods.y2021),
      b: vars.p,
      g: vars.g,
    });
    expect(periodComparison).toMatchObject({
      fromPeriodCode: 'P2021',
      toPeriodCode: 'P2022',
      columns: [{ code: 'SS.A' }, { code: 'SS.B' }, { code: 'KQ.A' }],
      removedNodes: [],
    });
    expect(periodComparison.units).toEqual([
      // Units ranked in 2022 first; the others (no rank by total then) by their earlier rank.
      {
        unit: { code: 'A' },
        status: 'BOTH',
        before: 18,
        after: 20,
        delta: 2,
        rankBefore: 1,
        rankAfter: 1,
        nodesBefore: [4, 4, 10],
        nodesAfter: [5, 5, 10],
        nodeDeltas: [1, 1, 0],
      },
      {
        unit: { code: 'B' },
        status: 'BOTH',
        before: 10,
        after: 9.5,
        delta: -0.5,
        rankBefore: 2,
        rankAfter: null,
        nodesBefore: [2, 4, 4],
        nodesAfter: [1.5, 5, 3],
        nodeDeltas: [-0.5, 1, -1],
      },
      {
        unit: { code: 'F' },
        status: 'REMOVED',
        before: 6,
        after: null,
        delta: null,
        rankBefore: 3,
        rankAfter: null,
        nodesBefore: [2, 2, 2],
        nodesAfter: [null, null, null],
        nodeDeltas: [null, null, null],
      },
      {
        unit: { code: 'C' },
        status: 'BOTH',
        before: 5,
        after: 9,
        delta: 4,
        rankBefore: 4,
        rankAfter: null,
        nodesBefore: [0, 1, 4],
        nodesAfter: [0, 1, 8],
        nodeDeltas: [0, 0, 4],
      },
      {
        unit: { code: 'D' },
        status: 'ADDED',
        before: null,
        after: 9,
        delta: null,
        rankBefore: null,
        rankAfter: null,
        nodesBefore: [null, null, null],
        nodesAfter: [4, 3, 2],
        nodeDeltas: [null, null, null],
      },
    ]);
  });

  it.skipIf(!enabled)('summarises the period as a published analysis would', async () => {
    const { comparisonSummary } = await analyst.data(SUMMARY, vars);
    expect(comparisonSummary).toEqual({
      periodCode: 'P2022',
      previousPeriodCode: 'P2021',
      cohortSize: 4,
      categories: [
        {
          code: 'SS',
          name: { vi: 'Sẵn sàng' },
          ranked: 3,
          notRanked: 1,
          levels: [
            { level: 1, units: 2 },
            { level: 2, units: 1 },
          ],
        },
        { code: 'KQ', name: { vi: 'Kết quả' }, ranked: 2, notRanked: 2, levels: [{ level: 1, units: 2 }] },
      ],
      blockingGroups: [
        { category: 'KQ', groups: ['KQ.A'], units: 2 },
        { category: 'SS', groups: ['SS.B'], units: 1 },
      ],
      // Only units ranked in every category have a place by total.
      rankedOverall: 1,
      top: [{ unit: { code: 'A' }, rank: 1, points: 20 }],
      bottom: [{ unit: { code: 'A' }, rank: 1, points: 20 }],
      risers: [
        { unit: { code: 'C' }, before: 5, after: 9, delta: 4 },
        { unit: { code: 'A' }, before: 18, after: 20, delta: 2 },
      ],
      fallers: [{ unit: { code: 'B' }, before: 10, after: 9.5, delta: -0.5 }],
    });
  });

  it.skipIf(!enabled)(
    'never shows unpublished results, and refuses callers who are not signed in',
    async () => {
      // 2023 is open: its SUBMITTED assessment has (stale) result rows, which must not show.
      const open = { ...vars, p: gid('Period', fixture.periods.y2023) };
      const ranking = await analyst.data(RANKING, { ...open, by: 'TOTAL' });
      expect(ranking.groupRanking).toMatchObject({ cohortSize: 0, entries: [] });
      expect((await analyst.data(MATRIX, { ...open, k: 'CATEGORY' })).comparisonMatrix.rows).toEqual([]);
      expect((await analyst.data(SUMMARY, open)).comparisonSummary).toMatchObject({ cohortSize: 0, top: [] });
      // Unit E is only APPROVED in 2022: never in any answer.
      const everything = JSON.stringify([
        await analyst.data(RANKING, { ...vars, by: 'TOTAL' }),
        await analyst.data(MATRIX, { ...vars, k: 'GROUP' }),
        await analyst.data(SUMMARY, vars),
        await analyst.data(PERIODS, { a: gid('Period', fixture.periods.y2021), b: vars.p, g: vars.g }),
      ]);
      expect(everything).not.toContain('"code":"E"');
      const anonymous = await server.anonymous().request(RANKING, { ...vars, by: 'TOTAL' });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.data?.groupRanking ?? null).toBeNull();
    },
  );

  it.skipIf(!enabled)('issues the same number of SQL statements for 4 units as for 60', async () => {
    const large = gid('UnitGroup', await fixture.large(60));
    const operations: Array<[string, (g: string) => Record<string, unknown>]> = [
      [RANKING, (g) => ({ ...vars, g, by: 'CATEGORY', c: 'KQ' })],
      [MATRIX, (g) => ({ ...vars, g, k: 'CRITERION' })],
      [DISTRIBUTION, (g) => ({ ...vars, g, n: 'SS.A.1' })],
      [WEAKEST, (g) => ({ ...vars, g })],
      [PERIODS, (g) => ({ a: gid('Period', fixture.periods.y2021), b: vars.p, g })],
      [SUMMARY, (g) => ({ ...vars, g })],
    ];
    for (const [query, variables] of operations) {
      const small = await server.db.$statements.measure(() => analyst.data(query, variables(vars.g)));
      const big = await server.db.$statements.measure(() => analyst.data(query, variables(large)));
      expect(big.statements, query.slice(0, 40)).toBe(small.statements);
      // The session lookup and at most four reads.
      expect(big.statements, query.slice(0, 40)).toBeLessThanOrEqual(6);
    }
    const matrix = await analyst.data(MATRIX, { ...vars, g: large, k: 'CRITERION' });
    expect(matrix.comparisonMatrix.rows).toHaveLength(60);
  });

  // Every read above went through the snapshots; the response cache's tests publish and reopen.
  it.skipIf(!enabled)(
    'keeps a read as built until published data changes, then builds it again, once for concurrent readers',
    async () => {
      const db = server.db;
      const names = Prisma.sql`SELECT string_agg("name", ', ' ORDER BY "code") FROM "Period" WHERE "code" LIKE 'S%'`;
      const period = (code: string) => ({
        code,
        name: `Kỳ ${code}`,
        kind: 'YEAR' as const,
        startsOn: new Date('2030-01-01'),
        endsOn: new Date('2030-12-31'),
      });
      const first = await db.period.create({ data: period('S1') });
      const kept = await db.cohortSnapshot.count();
      expect((await snapshotted(db, [names]))[0]).toBe('Kỳ S1');
      expect(await db.cohortSnapshot.count()).toBe(kept + 1);
      // A new period is not published data (no trigger): the kept text answers, as built.
      await db.period.create({ data: period('S2') });
      expect((await snapshotted(db, [names]))[0]).toBe('Kỳ S1');
      // A period's name is shown beside published results: the next read is built again, in place.
      await db.period.update({ where: { id: first.id }, data: { name: 'Kỳ S1 (sửa)' } });
      expect((await snapshotted(db, [names]))[0]).toBe('Kỳ S1 (sửa), Kỳ S2');
      expect(await db.cohortSnapshot.count()).toBe(kept + 1);
      // Readers that find it stale together build it once: two lookups (the first reader's at once,
      // the others', who came while it ran, together) and one build.
      await db.period.update({ where: { id: first.id }, data: { name: 'Kỳ S1 (lần 2)' } });
      const { result, statements } = await db.$statements.measure(() =>
        Promise.all([1, 2, 3].map(() => snapshotted(db, [names]))),
      );
      expect(result.map(([text]) => text)).toEqual(Array(3).fill('Kỳ S1 (lần 2), Kỳ S2'));
      expect(statements).toBe(3);
      // Current, held: twenty readers at once share two lookups.
      const held = await db.$statements.measure(() =>
        Promise.all(Array.from({ length: 20 }, () => snapshotted(db, [names]))),
      );
      expect(new Set(held.result.map(([text]) => text))).toEqual(new Set(['Kỳ S1 (lần 2), Kỳ S2']));
      expect(held.statements).toBe(2);
      // Two stale reads of one request are built together: a lookup and one build.
      await db.period.update({ where: { id: first.id }, data: { name: 'Kỳ S1 (lần 3)' } });
      const count = Prisma.sql`SELECT count(*)::text FROM "Period" WHERE "code" LIKE 'S%'`;
      const both = await db.$statements.measure(() => snapshotted(db, [names, count]));
      expect(both.result).toEqual(['Kỳ S1 (lần 3), Kỳ S2', '2']);
      expect(both.statements).toBe(2);
      expect((await snapshotted(db, [count, names])).reverse()).toEqual(both.result);
      // The same read twice in one request, stale: built once.
      await db.period.update({ where: { id: first.id }, data: { name: 'Kỳ S1 (lần 4)' } });
      const twice = await db.$statements.measure(() => snapshotted(db, [names, names]));
      expect(twice.result).toEqual(['Kỳ S1 (lần 4), Kỳ S2', 'Kỳ S1 (lần 4), Kỳ S2']);
      expect(twice.statements).toBe(2);
    },
  );

  it.skipIf(!enabled)(
    'makes a read of a kept text once per change: its text is not sent again until published data changes',
    async () => {
      const db = server.db;
      const names = Prisma.sql`SELECT string_agg("name", ', ' ORDER BY "code") FROM "Period" WHERE "code" LIKE 'H%'`;
      const made: Array<string | null> = [];
      const read = (body: string | null) => {
        made.push(body);
        return { names: body };
      };
      const period = await db.period.create({
        data: {
          code: 'H1',
          name: 'Kỳ H1',
          kind: 'YEAR',
          startsOn: new Date('2031-01-01'),
          endsOn: new Date('2031-12-31'),
        },
      });
      // Three requests at once, before any holds it: each is sent the text, one makes it.
      const [first, ...others] = (
        await Promise.all([1, 2, 3].map(() => readSnapshots(db, [{ sql: names, read }])))
      ).map(([value]) => value);
      expect(first).toEqual({ names: 'Kỳ H1' });
      for (const other of others) expect(other).toBe(first);
      expect(made).toEqual(['Kỳ H1']);
      // Held at the current count: one lookup, no text, the same value.
      const again = await db.$statements.measure(() => readSnapshots(db, [{ sql: names, read }]));
      expect(again.statements).toBe(1);
      expect(again.result[0]).toBe(first);
      expect(made).toEqual(['Kỳ H1']);
      // Another reader of the same statement, in the same request, is sent the text; both values are kept.
      const [kept, text] = await readSnapshots<unknown>(db, [
        { sql: names, read },
        { sql: names, read: asText },
      ]);
      expect([kept, text]).toEqual([first, 'Kỳ H1']);
      expect(kept).toBe(first);
      expect(await snapshotted(db, [names])).toEqual(['Kỳ H1']);
      expect((await readSnapshots(db, [{ sql: names, read }]))[0]).toBe(first);
      // A change to published data (a period's name): read anew, from the new text.
      await db.period.update({ where: { id: period.id }, data: { name: 'Kỳ H1 (sửa)' } });
      const [changed] = await readSnapshots(db, [{ sql: names, read }]);
      expect(changed).toEqual({ names: 'Kỳ H1 (sửa)' });
      expect(made).toEqual(['Kỳ H1', 'Kỳ H1 (sửa)']);
      // A text over 8 MB (the whole nation's communes) is made on every read, never kept.
      const huge = Prisma.sql`SELECT repeat('x', 9 * 1024 * 1024) || string_agg("code", '') FROM "Period" WHERE "code" LIKE 'H%'`;
      let madeHuge = 0;
      const readHuge = (body: string | null) => {
        madeHuge += 1;
        return body?.length;
      };
      await readSnapshots(db, [{ sql: huge, read: readHuge }]);
      const hugeAgain = await readSnapshots(db, [{ sql: huge, read: readHuge }]);
      expect([hugeAgain[0], madeHuge]).toEqual([9 * 1024 * 1024 + 2, 2]);
    },
  );

  it.skipIf(!enabled)('shares one frozen cohort and one comparison among reads until a change', async () => {
    const context = { db: server.db, viewer: { kind: 'anonymous' } } as unknown as Context;
    const query = { periodId: fixture.periods.y2022, unitGroupId: fixture.groupId, provinceId: null };
    const cohort = await loadCohort(server.db, query);
    expect(await loadCohort(server.db, query)).toBe(cohort);
    expect(() => (cohort.members as CohortMember[]).pop()).toThrow(TypeError);
    expect(() => Object.assign(cohort.members[0] as CohortMember, { points: 0 })).toThrow(TypeError);
    const input = {
      fromPeriodId: fixture.periods.y2021,
      toPeriodId: fixture.periods.y2022,
      unitGroupId: fixture.groupId,
      nodeKind: 'CRITERION' as const,
    };
    const comparison = await periodComparison(context, input);
    expect(await periodComparison(context, input)).toBe(comparison);
    expect(await periodComparison(context, { ...input, rule: 'SUM' })).not.toBe(comparison);
    const period = await server.db.period.findUniqueOrThrow({ where: { id: fixture.periods.y2022 } });
    await server.db.period.update({ where: { id: period.id }, data: { name: `${period.name} ` } });
    const changed = await periodComparison(context, input);
    expect(changed).not.toBe(comparison);
    expect(changed.units).toEqual(comparison.units);
    await server.db.period.update({ where: { id: period.id }, data: { name: period.name } });
  });
});
