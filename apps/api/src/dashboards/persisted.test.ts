/**
 * Dashboards through HTTP: API tokens run only registered operations (by hash, id or name), admins
 * manage the registry (audited), and cache headers mark a token's published answers as shareable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComparisonFixture, type Fixture, gid } from '../services/comparisons/fixture.ts';
import {
  type Client,
  createUser,
  PersistedClient,
  startTestServer,
  type TestServer,
  testBackends,
} from '../test/harness.ts';
import { sha256Of } from './operations.ts';
import { NO_STORE, PUBLISHED_CACHE } from './plugin.ts';

const RANKING = `query Ranking($p: ID!, $g: ID!) {
  groupRanking(periodId: $p, unitGroupId: $g, by: TOTAL) { cohortSize entries { unit { code } rank points } }
}`;
const REGISTER = `mutation ($name: String!, $document: String!) {
  registerPersistedOperation(input: { name: $name, document: $document }) {
    __typename
    ... on RegisterPersistedOperationPayload { data { id name sha256 } }
    ... on AppError { code message messages { vi en } }
  } }`;
const REMOVE = `mutation ($id: ID!) { removePersistedOperation(input: { id: $id }) {
  __typename ... on AppError { code } } }`;

describe.each(await testBackends())('persisted operations for dashboards on $name', (backend) => {
  let server: TestServer;
  let fixture: Fixture;
  let admin: Client;
  let analyst: Client;
  let secret: string;
  let variables: { p: string; g: string };
  let registered: { id: string; name: string; sha256: string };

  /** A raw POST with the token, returning status, headers and body. */
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await server.withToken(secret).fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  };

  beforeAll(async () => {
    if (!backend.enabled) return;
    server = await startTestServer(backend);
    fixture = await createComparisonFixture(server.db);
    await createUser(server, { email: 'admin@chiso.test', role: 'ADMIN' });
    await createUser(server, { email: 'analyst@chiso.test', role: 'ANALYST' });
    admin = await server.signedIn('admin@chiso.test');
    analyst = await server.signedIn('analyst@chiso.test');
    const token = await admin.data(
      'mutation { createApiToken(input: { name: "Dashboard" }) { ... on CreateApiTokenPayload { data { secret } } } }',
    );
    secret = token.createApiToken.data.secret;
    variables = { p: gid('Period', fixture.periods.y2022), g: gid('UnitGroup', fixture.groupId) };
    const result = await admin.data(REGISTER, { name: 'provinceRanking', document: RANKING });
    registered = result.registerPersistedOperation.data;
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!backend.enabled)('registers a query with its hash, audited', async () => {
    expect(registered).toMatchObject({ name: 'provinceRanking', sha256: sha256Of(RANKING) });
    const row = await server.db.persistedOperation.findUniqueOrThrow({ where: { name: 'provinceRanking' } });
    expect(row.document).toBe(RANKING);
    const audits = await server.db.auditLog.findMany({ where: { entityType: 'PersistedOperation' } });
    expect(audits.map((a) => [a.action, a.entityId, a.actorKind])).toEqual([
      ['persistedOperation.register', row.id, 'user'],
    ]);
  });

  it.skipIf(!backend.enabled)(
    'runs a registered operation by hash, id or name, with public cache headers',
    async () => {
      const expected = await analyst.data(RANKING, variables);
      expect(expected.groupRanking.entries.map((e: any) => e.unit.code)).toEqual(['A', 'D', 'B', 'C']);
      const ways = [
        { variables, extensions: { persistedQuery: { version: 1, sha256Hash: registered.sha256 } } },
        { variables, id: registered.id },
        { variables, id: 'provinceRanking' },
        { variables, operationName: 'provinceRanking' },
        { variables, query: RANKING },
      ];
      for (const body of ways) {
        const answer = await post(body);
        expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(200);
        expect(answer.body).toEqual({ data: expected });
        expect(answer.headers.get('cache-control')).toBe(PUBLISHED_CACHE);
        expect(answer.headers.get('vary')?.toLowerCase()).toContain('authorization');
      }
      // GET, as a CDN would cache it.
      const search = new URLSearchParams({
        variables: JSON.stringify(variables),
        extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: registered.sha256 } }),
      });
      const get = await server
        .withToken(secret)
        .fetch(`/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(get.status).toBe(200);
      expect(await get.json()).toEqual({ data: expected });
      expect(get.headers.get('cache-control')).toBe(PUBLISHED_CACHE);
    },
  );

  it.skipIf(!backend.enabled)(
    'refuses anything else from a token with FORBIDDEN, and says what to do',
    async () => {
      const adHoc = await post({ query: '{ periods { edges { node { code } } } }' });
      expect(adHoc.status).toBe(403);
      expect(adHoc.body.data ?? null).toBeNull();
      expect(adHoc.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(adHoc.body.errors[0].message).toContain('registerPersistedOperation');
      expect(adHoc.headers.get('cache-control')).toBe(NO_STORE);

      const edited = await post({ variables, query: RANKING.replace('rank points', 'rank') });
      expect(edited.body.errors[0].extensions.code).toBe('FORBIDDEN');
      const unknownHash = await post({
        extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
      });
      expect(unknownHash.body.errors[0].message).toContain(`sha256Hash ${'f'.repeat(64)}`);
      const unknownName = await post({ operationName: 'nothingLikeThis' });
      expect(unknownName.body.errors[0].message).toContain('operationName "nothingLikeThis"');
      const vietnamese = await post({ query: '{ __typename }' }, { 'accept-language': 'vi' });
      expect(vietnamese.body.errors[0].message).toContain('chỉ chạy được các thao tác đã đăng ký');
      // Nothing reached Apollo's own persisted-query cache: the hash of refused text stays unknown.
      const text = '{ units(first: 1) { totalCount } }';
      await post({ query: text, extensions: { persistedQuery: { version: 1, sha256Hash: sha256Of(text) } } });
      const replay = await post({
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256Of(text) } },
      });
      expect(replay.body.errors[0].extensions.code).toBe('FORBIDDEN');
    },
  );

  it.skipIf(!backend.enabled)('keeps full GraphQL for people, never cached', async () => {
    const response = await analyst.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ periods { edges { node { code } } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(NO_STORE);
    const dashboard = new PersistedClient(server.url, secret, server.db);
    expect((await dashboard.data(RANKING, variables)).groupRanking.cohortSize).toBe(4);
  });

  it.skipIf(!backend.enabled)('validates registrations and lets only admins manage them', async () => {
    const register = async (name: string, document: string, client = admin) =>
      (await client.data(REGISTER, { name, document })).registerPersistedOperation;
    expect(await register('broken', '{ groupRanking(')).toMatchObject({ code: 'VALIDATION_FAILED' });
    // GraphQL's own wording (English) names the field in the English message; the Vietnamese one says what to do.
    const unknown = await register('unknownField', '{ nope }');
    expect(unknown.messages.en).toContain('nope');
    expect(unknown.messages.vi).toMatch(/Không phải truy vấn GraphQL hợp lệ/);
    expect((await register('write', 'mutation { signOut }')).message).toContain('chỉ chứa đúng một query');
    expect((await register('provinceRanking', '{ __typename }')).message).toContain('đã được đăng ký');
    expect((await register('again', RANKING)).message).toContain('đã được đăng ký với tên "provinceRanking"');
    expect(await register('mine', '{ __typename }', analyst)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await server.db.persistedOperation.count()).toBe(1);
  });

  it.skipIf(!backend.enabled)('removes an operation (audited); tokens are refused from then on', async () => {
    const refused = await analyst.data(REMOVE, { id: registered.id });
    expect(refused.removePersistedOperation.code).toBe('FORBIDDEN');
    const removed = await admin.data(REMOVE, { id: registered.id });
    expect(removed.removePersistedOperation.__typename).toBe('RemovePersistedOperationPayload');
    const after = await post({ variables, id: registered.id });
    expect(after.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const audit = await server.db.auditLog.findFirst({ where: { action: 'persistedOperation.remove' } });
    expect(audit?.before).toMatchObject({ name: 'provinceRanking', document: RANKING });
  });
});
