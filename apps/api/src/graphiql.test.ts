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
  expect(html).not.toMatch(/https?:\/\//);
  // Relative URLs resolve against the page's <base>, as the browser does.
  const base = new URL(html.match(/<base href="([^"]+)"/)?.[1] ?? '', 'http://ide.invalid/').pathname;
  expect(base).toBe('/graphiql/');
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((match) => match[1] as string)
    .filter((url) => url !== base)
    .map((url) => new URL(url, `http://ide.invalid${base}`).pathname);
  expect(urls).toEqual(
    expect.arrayContaining(['/graphiql/main.js', '/graphiql/styles.css', '/graphiql/init.js']),
  );
  const bodies = new Map<string, string>();
  for (const url of urls) {
    const asset = await client.fetch(url);
    expect(asset.status, url).toBe(200);
    bodies.set(url, await asset.text());
  }
  // The application itself, not an error page; and it is started against this server's endpoint.
  expect(bodies.get('/graphiql/main.js')!.length).toBeGreaterThan(100_000);
  expect(bodies.get('/graphiql/main.js')).toContain('AltairGraphQL');
  expect(bodies.get('/graphiql/init.js')).toMatch(
    /^AltairGraphQL\.init\(.*new URL\('\/graphql', location\.href\)/,
  );
  // The raw, unconfigured index.html of the package is not served in place of the page.
  expect((await client.fetch('/graphiql/index.html')).status).toBe(404);
});

it('keeps the pre-request script frame sandboxed away from this origin', async () => {
  const frame = await server.anonymous().fetch('/graphiql/iframe-sandbox/index.html');
  expect(frame.status).toBe(200);
  expect(frame.headers.get('content-security-policy')).toBe('sandbox allow-scripts');
});
