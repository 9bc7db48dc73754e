/**
 * Public results on the demo (2021 published, 2022 under way): an admin makes 2021 public (audited;
 * 2022 is refused), anyone then reads it from the feed with the figures of the signed-in ranking,
 * cacheably — and nothing of 2022, of an unknown period or of 2021 once private again.
 */
import { DEMO_PASSWORD } from '@chiso/db/seed';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer, testBackends } from '../test/harness.ts';

const SET_PUBLIC = `mutation ($id: ID!, $isPublic: Boolean!) {
  setPeriodPublic(input: { id: $id, isPublic: $isPublic }) {
    __typename
    ... on AppError { code messages { vi en } issues { code } }
    ... on SetPeriodPublicPayload { data { code isPublic madePublicAt } } } }`;

/** The feed's answers, read loosely: the assertions say what they must hold. */
const json = (response: Response): Promise<any> => response.json();

describe.each(await testBackends())('public results on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let admin: Client;
  let anonymous: Client;
  let ids: { p2021: string; p2022: string; districts: string };
  const get = (path: string, headers: Record<string, string> = {}) => anonymous.fetch(path, { headers });

  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend }, { demo: true });
    admin = new Client(server.url);
    await admin.signIn('admin@chiso.local', DEMO_PASSWORD);
    anonymous = server.anonymous();
    const period = (code: string) => server.db.period.findFirstOrThrow({ where: { code } });
    ids = {
      p2021: encodeGlobalID('Period', (await period('2021')).id),
      p2022: encodeGlobalID('Period', (await period('2022')).id),
      districts: encodeGlobalID(
        'UnitGroup',
        (await server.db.unitGroup.findFirstOrThrow({ where: { code: 'nhom-2' } })).id,
      ),
    };
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  const expectHidden = async (path: string) => {
    const response = await get(path, { 'accept-language': 'vi' });
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const { error } = await json(response);
    expect(error.code).toBe('NOT_FOUND');
    expect(error.issues.map((issue: { code: string }) => issue.code)).toEqual(['PUBLIC_PERIOD_NOT_FOUND']);
    expect(error.message).toMatch(/^Không có kỳ đánh giá công khai/);
  };

  it.skipIf(!enabled)('refuses to make an unpublished period public, and hides it', async () => {
    const audited = await server.db.auditLog.count();
    const { setPeriodPublic } = await admin.data(SET_PUBLIC, { id: ids.p2022, isPublic: true });
    expect(setPeriodPublic).toMatchObject({
      __typename: 'AppError',
      code: 'INVALID_TRANSITION',
      issues: [{ code: 'PERIOD_NOT_PUBLISHED_FOR_PUBLIC' }],
    });
    expect(setPeriodPublic.messages.vi).toBe(
      'Không thể công khai: kỳ 2022 chưa công bố kết quả nên chưa thể công khai.',
    );
    expect(await server.db.auditLog.count()).toBe(audited);
    // Neither the unpublished period, one not made public yet, nor one that does not exist.
    await expectHidden('/public/v1/provinces/22/periods/2022/results.json');
    await expectHidden('/public/v1/provinces/22/periods/2022/units/203.json');
    await expectHidden('/public/v1/provinces/22/periods/2021/results.json');
    await expectHidden('/public/v1/periods/2021/results.json');
    await expectHidden('/public/v1/provinces/22/periods/1999/results.json');
    expect((await json(await get('/public/v1/periods.json'))).periods).toEqual([]);
  });

  it.skipIf(!enabled)('publishes the public period with the ranking’s figures, cacheably', async () => {
    const { setPeriodPublic } = await admin.data(SET_PUBLIC, { id: ids.p2021, isPublic: true });
    expect(setPeriodPublic.data).toMatchObject({ code: '2021', isPublic: true });
    expect(
      await server.db.auditLog.count({ where: { action: 'period.makePublic', entityType: 'Period' } }),
    ).toBe(1);

    const list = await json(await get('/public/v1/periods.json'));
    expect(list.format).toBe('chiso.public/v1');
    expect(list.periods.map((period: { code: string }) => period.code)).toEqual(['2021']);
    expect(list.periods[0].province).toEqual({ code: '22', name: 'Tỉnh Quảng Ninh' });
    expect(list.periods[0].results).toBe('/public/v1/provinces/22/periods/2021/results.json');
    expect((await json(await get('/public/v1/periods.json?province=22'))).periods).toHaveLength(1);
    expect((await json(await get('/public/v1/periods.json?province=01'))).periods).toEqual([]);
    // Named in another province, or as a national period, it is not there.
    await expectHidden('/public/v1/provinces/01/periods/2021/results.json');
    await expectHidden('/public/v1/provinces/toan-quoc/periods/2021/results.json');

    const response = await get('/public/v1/provinces/22/periods/2021/results.json?group=nhom-2');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    // The security headers stay.
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"/);
    const feed = await json(response);
    // The districts are ranked on the ministry's set and on the province's supplement.
    expect(feed.rankings.map((ranking: any) => ranking.group.code)).toEqual(['nhom-2', 'nhom-2']);
    const [main] = feed.rankings;
    const { groupRanking } = await admin.data(
      `query ($p: ID!, $g: ID!) { groupRanking(periodId: $p, unitGroupId: $g, by: TOTAL) {
        entries { unit { code } points rank categories { code level } } } }`,
      { p: ids.p2021, g: ids.districts },
    );
    expect(
      main.units.map((unit: any) => [
        unit.unit.code,
        unit.points,
        unit.rank,
        unit.categories.map((c: any) => c.level),
      ]),
    ).toEqual(
      groupRanking.entries.map((entry: any) => [
        entry.unit.code,
        entry.points,
        entry.rank,
        entry.categories.map((c: any) => c.level),
      ]),
    );
    // Results only: no evidence, no entries, no people.
    expect(JSON.stringify(feed)).not.toMatch(/"(entries|evidence|user|email|reviewer)"/i);

    const again = await get('/public/v1/provinces/22/periods/2021/results.json?group=nhom-2', {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    // Version 1's first path, without the province, still answers while the code is unique.
    const unnamed = await get('/public/v1/periods/2021/results.json?group=nhom-2', { 'if-none-match': etag });
    expect(unnamed.status).toBe(304);

    const unitCode = main.units[0].unit.code;
    const unit = await json(await get(`/public/v1/provinces/22/periods/2021/units/${unitCode}.json`));
    expect(unit.unit.code).toBe(unitCode);
    expect(unit.results).toHaveLength(2);
    expect(unit.results[0]).toMatchObject({ points: main.units[0].points, rank: main.units[0].rank });
    expect(unit.results[0].categories[0].groups.length).toBeGreaterThan(0);
    const missing = await get('/public/v1/provinces/22/periods/2021/units/no-such-unit.json');
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.issues[0].code).toBe('PUBLIC_UNIT_NOT_FOUND');
  });

  it.skipIf(!enabled)('hides the period again once private', async () => {
    const { setPeriodPublic } = await admin.data(SET_PUBLIC, { id: ids.p2021, isPublic: false });
    expect(setPeriodPublic.data).toMatchObject({ isPublic: false, madePublicAt: null });
    await expectHidden('/public/v1/provinces/22/periods/2021/results.json');
    expect(
      await server.db.auditLog.count({ where: { action: 'period.makePrivate', entityType: 'Period' } }),
    ).toBe(1);
  });
});
