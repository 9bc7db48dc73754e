import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Client, createUser, startTestServer, type TestServer, testBackends } from '../test/harness.ts';

let server: TestServer;
let admin: Client;
beforeAll(async () => {
  const [pglite] = await testBackends();
  server = await startTestServer(pglite!);
  await createUser(server, { email: 'admin@chiso.test', role: 'ADMIN' });
  admin = await server.signedIn('admin@chiso.test');
});
afterAll(async () => {
  await server?.close();
});

const upload = (client: Client, headers: Record<string, string>) =>
  client.fetch('/evidence', {
    method: 'POST',
    headers: { 'content-type': 'multipart/form-data; boundary=XX', ...headers },
    body: '--XX--\r\n',
  });

it('refuses uploads with the session cookie sent from another site, before reading them', async () => {
  for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }]) {
    const refused = await upload(admin, headers);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
  }
  // From the console itself the route reads the request (and finds no fields in this one).
  const own = await upload(admin, { origin: server.url, 'sec-fetch-site': 'same-origin' });
  expect(own.status).toBe(400);
});

it("gives dashboards' tokens no downloads: they read through registered operations only", async () => {
  const created = await admin.data(
    'mutation { createApiToken(input: { name: "Cổng thông tin" }) { ... on CreateApiTokenPayload { data { secret } } } }',
  );
  const token = server.withToken(created.createApiToken.data.secret);
  const download = await token.fetch('/exports/comparison-matrix.csv?periodId=x&unitGroupId=y');
  expect(download.status).toBe(403);
  expect(((await download.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
});
