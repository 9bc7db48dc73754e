import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { criteriaDir } from '@chiso/criteria';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TimeBudget } from './limits/time-budget.ts';
import { fromYaml } from './services/criteria/gql.ts';
import { createUser, startTestServer, type TestServer, testBackends } from './test/harness.ts';
import { workerJobsCompleted } from './workers/pool.ts';

let server: TestServer;
const budget: TimeBudget = { requestMs: 30_000, downloadMs: 120_000 };
beforeAll(async () => {
  const [pglite] = await testBackends();
  server = await startTestServer(pglite!, { timeBudget: budget });
  await createUser(server, { email: 'admin@chiso.test', role: 'ADMIN' });
});
afterAll(async () => {
  await server?.close();
});

it('never returns more than the maximum page size', async () => {
  await server.db.unit.createMany({
    data: Array.from({ length: 205 }, (_, index) => ({
      code: `9${String(index).padStart(4, '0')}`,
      name: `Xã ${index}`,
      searchName: `xa ${index}`,
      kind: 'COMMUNE' as const,
      type: 'Xã',
      validFrom: new Date('2022-10-01'),
    })),
  });
  const admin = await server.signedIn('admin@chiso.test');
  const page = await admin.data(
    '{ units(first: 1000) { edges { node { code } } pageInfo { hasNextPage } } }',
  );
  expect(page.units.edges).toHaveLength(200);
  expect(page.units.pageInfo.hasNextPage).toBe(true);
});

it('refuses operations nested too deeply', async () => {
  const admin = await server.signedIn('admin@chiso.test');
  const nested = `${'parent { '.repeat(15)}code${' }'.repeat(15)}`;
  const response = await admin.request(`{ units(first: 1) { edges { node { ${nested} } } } }`);
  expect(response.errors?.[0]).toMatchObject({
    message: expect.stringMatching(/too deep/),
    extensions: { code: 'LIMIT_EXCEEDED' },
  });
  expect(response.data?.units ?? null).toBeNull();
});

it('refuses operations that would cost too much', async () => {
  const admin = await server.signedIn('admin@chiso.test');
  const response = await admin.request(
    `{ units(first: 200) { edges { node { children(first: 200) { edges { node {
      children(first: 200) { edges { node { id code name type kind validFrom endedOn
        a1: code a2: code a3: code a4: code a5: code a6: code a7: code a8: code a9: code a10: code
        b1: name b2: name b3: name b4: name b5: name b6: name b7: name b8: name b9: name b10: name } } } } } } } } } }`,
  );
  expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED' } });
  expect(response.errors?.[0]?.extensions?.messages).toMatchObject({ vi: expect.stringMatching(/phức tạp/) });
});

/** POSTs a document as anyone would, keeping the HTTP status and the answer's size. */
async function post(query: string, variables?: Record<string, unknown>, client = server.anonymous()) {
  const response = await client.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, size: text.length, body: JSON.parse(text) };
}

it('refuses a document with too many tokens before parsing it, in a short answer', async () => {
  const aliases = Array.from({ length: 20_000 }, (_, index) => `a${index}: me { id }`).join(' ');
  const { status, size, body } = await post(`{ ${aliases} }`);
  expect(status).toBe(400);
  expect(size).toBeLessThan(1_000);
  expect(body.errors).toEqual([
    {
      message: expect.stringMatching(/too many tokens/),
      extensions: {
        code: 'LIMIT_EXCEEDED',
        messages: { vi: expect.stringMatching(/quá nhiều ký hiệu/), en: expect.any(String) },
      },
    },
  ]);
});

it('counts aliases and directives in every operation, introspection included', async () => {
  const introspections = Array.from(
    { length: 31 },
    (_, index) => `s${index}: __schema { queryType { name } }`,
  );
  const aliased = await post(`{ ${introspections.join(' ')} }`);
  expect(aliased.status).toBe(400);
  expect(aliased.body.errors[0].extensions).toMatchObject({
    code: 'LIMIT_EXCEEDED',
    messages: { vi: 'Truy vấn có quá nhiều bí danh (31 > 30); hãy chia nhỏ truy vấn.' },
  });
  const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
  const directed = await post(`{ __typename ${directives} }`);
  expect(directed.body.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED' });
  // Within the limits, introspection answers those signed in (GraphiQL), not anonymous callers.
  const within = `{ ${introspections.slice(0, 2).join(' ')} }`;
  const admin = await server.signedIn('admin@chiso.test');
  expect((await post(within, undefined, admin)).body.data.s1.queryType.name).toBe('Query');
  const anonymous = await post(within);
  expect(anonymous.status).toBe(401);
  expect(anonymous.body.errors[0].extensions).toMatchObject({
    code: 'UNAUTHENTICATED',
    messages: { vi: 'Vui lòng đăng nhập.' },
  });
});

it('bounds the IDs, codes and search text one query may carry', async () => {
  const admin = await server.signedIn('admin@chiso.test');
  const ids = Array.from({ length: 201 }, (_, index) => `VW5pdDo${index}`);
  const many = await post('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }, admin);
  expect(many.body.errors[0].extensions.code).toBe('VALIDATION_FAILED');
  const search = await post(
    'query ($s: String) { units(first: 1, search: $s) { totalCount } }',
    { s: 'a '.repeat(101) },
    admin,
  );
  expect(search.body.errors[0].extensions.code).toBe('VALIDATION_FAILED');
  const fine = await post(
    'query ($s: String) { units(first: 1, search: $s) { totalCount } }',
    { s: 'xã 1' },
    admin,
  );
  expect(fine.body.data.units.totalCount).toBeGreaterThan(0);
});

it('refuses YAML whose aliases expand past what a criteria set needs, without a server error', async () => {
  const admin = await server.signedIn('admin@chiso.test');
  // 2,000 aliases of a 2,000-item list: 4 million values from a few kilobytes.
  const yaml = `a: &a [${Array(2_000).fill('x').join(', ')}]\nb: [${Array(2_000).fill('*a').join(', ')}]\n`;
  const { body } = await post(
    'mutation ($yaml: String!) { createCriteriaDraftFromYaml(input: { yaml: $yaml }) { ... on AppError { code issues { path } } } }',
    { yaml },
    admin,
  );
  expect(body.data.createCriteriaDraftFromYaml).toEqual({
    code: 'VALIDATION_FAILED',
    issues: [{ path: '(yaml)' }],
  });
});

it('answers a malformed request with a 4xx and a problem code, never a server error', async () => {
  const admin = await server.signedIn('admin@chiso.test');
  const shapes = [
    '{ periods(first: -1) { edges { node { id } } } }',
    '{ periods(first: 1, after: "zzz") { edges { node { id } } } }',
    '{ node(id: "!!!") { id } }',
    '{ units(first: 1, search: "a\\u0000b") { totalCount } }',
  ];
  for (const query of shapes) {
    const { status, body } = await post(query, undefined, admin);
    expect({ query, status, code: body.errors?.[0]?.extensions?.code }).toEqual({
      query,
      status: 400,
      code: 'VALIDATION_FAILED',
    });
  }
  const deep = `{"query":"query ($x: JSON) { __typename }","variables":{"x":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}}`;
  // Nesting 10,000 deep used to overflow the stack where variables are walked (a 500).
  const nested = await admin.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: deep,
  });
  const answer = (await nested.json()) as {
    error?: { code: string };
    errors?: { extensions: { code: string } }[];
  };
  expect(nested.status).toBe(400);
  expect(answer.error?.code ?? answer.errors?.[0]?.extensions.code).toMatch(/VALIDATION_FAILED/);
  const download = await admin.fetch('/exports/comparison-matrix.csv?periodId=%00&unitGroupId=x');
  expect(download.status).toBe(400);
  expect(((await download.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
});

// The largest real criteria file (the 2392 district set, 129 kB, 150 criteria).
const DISTRICT_YAML = readFileSync(join(criteriaDir, '2392-qd-btttt/district.yaml'), 'utf8');

it('reads and checks a large criteria file on a worker thread, off the request thread', async () => {
  const admin = await server.signedIn('admin@chiso.test');
  const before = workerJobsCompleted();
  const imported = await fromYaml(admin, DISTRICT_YAML);
  expect(imported.data).toMatchObject({ criteriaCount: 150, set: { code: 'btttt-2392-district' } });
  // The server keeps answering meanwhile: bench:load measures /healthz while such work runs.
  expect(workerJobsCompleted()).toBe(before + 1);
});

it('answers a request over its time budget with REQUEST_TIMEOUT and stops its work', async () => {
  const admin = await server.signedIn('admin@chiso.test');
  budget.requestMs = 50;
  try {
    const { status, body } = await post(
      'mutation ($yaml: String!) { createCriteriaDraftFromYaml(input: { yaml: $yaml }) { __typename } }',
      { yaml: DISTRICT_YAML.replace('version: "2017"', 'version: "2017-b"') },
      admin,
    );
    expect(status).toBe(503);
    expect(body.errors).toEqual([
      {
        message: expect.stringMatching(/quá thời gian cho phép \(0,05 giây\)/),
        extensions: { code: 'REQUEST_TIMEOUT', messages: { vi: expect.any(String), en: expect.any(String) } },
      },
    ]);
  } finally {
    budget.requestMs = 30_000;
  }
  // The job reading the file was abandoned with the request: nothing after it runs, no second version.
  expect(await server.db.criteriaVersion.count({ where: { set: { code: 'btttt-2392-district' } } })).toBe(1);
});
