import { loadCriteriaSet } from '@chiso/criteria';
import { importCriteriaSet } from '@chiso/db';
import type { CriteriaSet } from '@chiso/scoring';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createUser,
  startTestServer,
  type TestServer,
  testBackends,
} from '../../test/harness.ts';
import { COMMUNE_CODE, COMMUNE_YAML, fromYaml, publish, updateNode } from './gql.ts';

const commune = loadCriteriaSet(COMMUNE_CODE);
const variant = (code: string, version: string): CriteriaSet => ({ ...commune, code, version });

const SETS = `{ criteriaSets { edges { node { code versions { edges { node { version status } } } } } } }`;

describe.each(await testBackends())('criteria access on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let clients: Record<'admin' | 'reviewer' | 'analyst' | 'officer' | 'dashboard', Client>;
  let publishedId: string;
  let draftId: string;
  let draftOnlyId: string;

  const store = (set: CriteriaSet, status: 'DRAFT' | 'PUBLISHED', basedOnId?: string) =>
    server.db.$transaction((tx) => importCriteriaSet(tx, set, { status, basedOnId: basedOnId ?? null }));

  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend });
    const unit = await server.db.unit.create({
      data: {
        code: '06994',
        name: 'Xã Thử',
        searchName: 'xa thu',
        kind: 'COMMUNE',
        type: 'Xã',
        validFrom: new Date('2020-01-01'),
      },
    });
    await createUser(server, { email: 'admin@chiso.test', role: 'ADMIN' });
    await createUser(server, { email: 'reviewer@chiso.test', role: 'REVIEWER' });
    await createUser(server, { email: 'analyst@chiso.test', role: 'ANALYST' });
    await createUser(server, { email: 'officer@chiso.test', role: 'UNIT_OFFICER', unitId: unit.id });
    const admin = await server.signedIn('admin@chiso.test');
    const token = await admin.data(
      'mutation { createApiToken(input: { name: "Bảng tin" }) { ... on CreateApiTokenPayload { data { secret } } } }',
    );
    clients = {
      admin,
      reviewer: await server.signedIn('reviewer@chiso.test'),
      analyst: await server.signedIn('analyst@chiso.test'),
      officer: await server.signedIn('officer@chiso.test'),
      dashboard: server.withToken(token.createApiToken.data.secret),
    };
    const published = await store(commune, 'PUBLISHED');
    const draft = await store(variant(COMMUNE_CODE, '2025'), 'DRAFT', published.id);
    const draftOnly = await store(variant('draft-only', '1'), 'DRAFT');
    publishedId = encodeGlobalID('CriteriaVersion', published.id);
    draftId = encodeGlobalID('CriteriaVersion', draft.id);
    draftOnlyId = encodeGlobalID('CriteriaVersion', draftOnly.id);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)(
    'lets only admins change criteria: others get a typed FORBIDDEN, and nothing changes',
    async () => {
      const versions = await server.db.criteriaVersion.findMany({ orderBy: { id: 'asc' } });
      const audits = await server.db.auditLog.count();
      for (const role of ['reviewer', 'analyst', 'officer', 'dashboard'] as const) {
        const client = clients[role];
        expect((await fromYaml(client, COMMUNE_YAML.replace('"2017"', '"x"'))).error?.code, role).toBe(
          'FORBIDDEN',
        );
        expect(
          (await updateNode(client, { id: draftId, rev: 0 }, 'SS.01', { maxPoints: 1 })).error?.code,
          role,
        ).toBe('FORBIDDEN');
        expect((await publish(client, draftId, 0)).error?.code, role).toBe('FORBIDDEN');
      }
      const anonymous = await publish(server.anonymous(), draftId, 0);
      expect(anonymous.error?.code).toBe('UNAUTHENTICATED');
      expect(await server.db.criteriaVersion.findMany({ orderBy: { id: 'asc' } })).toEqual(versions);
      expect(await server.db.auditLog.count()).toBe(audits);
    },
  );

  it.skipIf(!enabled)('shows drafts to admins and reviewers only', async () => {
    for (const role of ['admin', 'reviewer'] as const) {
      const sets = await clients[role].data(SETS);
      expect(
        sets.criteriaSets.edges.map((edge: any) => edge.node),
        role,
      ).toEqual([
        {
          code: COMMUNE_CODE,
          versions: {
            edges: [
              { node: { version: '2017', status: 'PUBLISHED' } },
              { node: { version: '2025', status: 'DRAFT' } },
            ],
          },
        },
        { code: 'draft-only', versions: { edges: [{ node: { version: '1', status: 'DRAFT' } }] } },
      ]);
      const draft = await clients[role].data(
        'query ($id: ID!) { node(id: $id) { ... on CriteriaVersion { status valid basedOn { version } } } }',
        { id: draftId },
      );
      expect(draft.node).toEqual({ status: 'DRAFT', valid: true, basedOn: { version: '2017' } });
    }

    for (const role of ['analyst', 'officer', 'dashboard'] as const) {
      const client = clients[role];
      const sets = await client.data(SETS);
      expect(
        sets.criteriaSets.edges.map((edge: any) => edge.node),
        role,
      ).toEqual([
        { code: COMMUNE_CODE, versions: { edges: [{ node: { version: '2017', status: 'PUBLISHED' } }] } },
      ]);
      const one = await client.data(
        `{ a: criteriaSet(code: "${COMMUNE_CODE}") { versions { totalCount } } b: criteriaSet(code: "draft-only") { code } }`,
      );
      expect(one, role).toEqual({ a: { versions: { totalCount: 1 } }, b: null });
      for (const id of [draftId, draftOnlyId]) {
        const node = await client.request(
          'query ($id: ID!) { node(id: $id) { ... on CriteriaVersion { document } } }',
          {
            id,
          },
        );
        expect(node.data?.node ?? null, role).toBeNull();
      }
      const diff = await client.request(
        'query ($a: ID!, $b: ID!) { criteriaVersionDiff(from: $a, to: $b) { added { code } } }',
        { a: publishedId, b: draftId },
      );
      expect(diff.errors?.[0]?.extensions?.code, role).toBe('NOT_FOUND');
      const published = await client.data(
        'query ($id: ID!) { node(id: $id) { ... on CriteriaVersion { version maxPoints nodes(kind: CATEGORY) { code maxPoints } } } }',
        { id: publishedId },
      );
      expect(published.node, role).toEqual({
        version: '2017',
        maxPoints: 90,
        nodes: [
          { code: 'SS', maxPoints: 30 },
          { code: 'KQ', maxPoints: 60 },
        ],
      });
    }
    const anonymous = await server.anonymous().request(SETS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.skipIf(!enabled)('reads sets, versions and nodes in a constant number of statements', async () => {
    const query = `{ criteriaSets(first: 50) { edges { node { code name { vi }
      versions { totalCount edges { node { version status maxPoints criteriaCount valid validation { path }
        basedOn { version } set { code } nodes { code kind path maxPoints } } } } } } } }`;
    const measure = async () => {
      const { result, statements } = await server.db.$statements.measure(() => clients.admin.data(query));
      return { sets: result.criteriaSets.edges.length, statements };
    };
    const before = await measure();
    for (const code of ['n1-a', 'n1-b', 'n1-c']) {
      const published = await store(variant(code, '1'), 'PUBLISHED');
      await store(variant(code, '2'), 'DRAFT', published.id);
    }
    const after = await measure();
    expect(before.sets).toBe(2);
    expect(after.sets).toBe(5);
    expect(after.statements).toBe(before.statements);
    expect(after.statements).toBeLessThanOrEqual(8);
  });
});
