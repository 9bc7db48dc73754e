import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer, testBackends } from './test/harness.ts';

let server: TestServer;
beforeAll(async () => {
  const [pglite] = await testBackends();
  server = await startTestServer(pglite!);
});
afterAll(async () => {
  await server?.close();
});

it('serves the GraphQL IDE with every asset from this server (works offline, no CDN)', async () => {
  const client = server.anonymous();
  const page = await client.fetch('/graphiql');
  expect(page.status).toBe(200);
  const html = await page.text();
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] as string);
  expect(urls.length).toBeGreaterThanOrEqual(2);
  expect(html).not.toMatch(/https?:\/\//);
  for (const url of [...urls, '/graphiql/assets/monacoeditorwork/graphql.worker..bundle.js']) {
    const asset = await client.fetch(url);
    expect(asset.status, url).toBe(200);
    expect(
      Number(asset.headers.get('content-length') ?? (await asset.arrayBuffer()).byteLength),
      url,
    ).toBeGreaterThan(1000);
  }
});
