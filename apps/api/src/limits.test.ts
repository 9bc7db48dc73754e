import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, startTestServer, type TestServer, testBackends } from './test/harness.ts';

let server: TestServer;
beforeAll(async () => {
  const [pglite] = await testBackends();
  server = await startTestServer(pglite!);
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
