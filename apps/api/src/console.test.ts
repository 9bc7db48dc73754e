import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registerConsole } from './console.ts';
import { registerSecurityHeaders } from './security-headers.ts';

let app: FastifyInstance;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'chiso-console-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>chiso</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  app = Fastify();
  await registerSecurityHeaders(app);
  app.post('/graphql', async () => ({ data: {} }));
  await registerConsole(app, root);
});
afterAll(async () => {
  await app.close();
  await rm(root, { recursive: true, force: true });
});

it('serves the console, its files, and index.html for the router’s deep links', async () => {
  const page = await app.inject('/');
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('<title>chiso</title>');
  expect((await app.inject('/assets/app.js')).body).toBe('console.log(1)');
  const deep = await app.inject('/assessments/abc?tab=review');
  expect(deep.statusCode).toBe(200);
  expect(deep.headers['content-type']).toContain('text/html');
});

it('answers 404 for missing files and API paths, never the page', async () => {
  expect((await app.inject('/assets/missing.js')).statusCode).toBe(404);
  expect((await app.inject('/graphql')).statusCode).toBe(404);
  expect((await app.inject({ method: 'POST', url: '/graphql' })).json()).toEqual({ data: {} });
});

it('does nothing when the console has not been built', async () => {
  const bare = Fastify();
  await registerConsole(bare, join(root, 'nowhere'));
  expect((await bare.inject('/')).statusCode).toBe(404);
  await bare.close();
});

it('sends security headers: scripts from this origin only, framed by nothing else, no sniffing', async () => {
  const { headers } = await app.inject('/');
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect((await app.inject({ method: 'POST', url: '/graphql' })).headers['x-frame-options']).toBe(
    'SAMEORIGIN',
  );
});
