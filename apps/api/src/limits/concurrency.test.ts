import Fastify, { type FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitConcurrentWork } from './concurrency.ts';

/**
 * Fastify with the limit at one request at a time; /graphql answers when the test lets it. Hooks
 * before the limit, as the server has: one answering 503 from a timer (as the time budget does,
 * `x-answer-after`), one taking its time (as the response cache's wait for a shared answer may,
 * `x-slow-before`).
 */
describe('requests of work, one at a time', () => {
  const app = Fastify({ forceCloseConnections: true });
  const header = (request: FastifyRequest, name: string) => Number(request.headers[name] ?? 0);
  app.addHook('onRequest', async (request, reply) => {
    const ms = header(request, 'x-answer-after');
    if (ms) setTimeout(() => void reply.code(503).send({ errors: [] }), ms);
  });
  app.addHook('preHandler', async (request) => {
    await new Promise((resolve) => setTimeout(resolve, header(request, 'x-slow-before')));
  });
  const turns = limitConcurrentWork(app, 1);
  const held: Array<() => void> = [];
  let started = 0;
  let url = '';
  app.post('/graphql', async () => {
    started += 1;
    await new Promise<void>((resolve) => held.push(resolve));
    return { data: {} };
  });
  app.get('/healthz', async () => ({ status: 'ok' }));
  beforeAll(async () => {
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());

  const post = (signal: AbortSignal | null = null, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', ...headers },
      signal,
    });
  const until = async (done: () => boolean) => {
    for (let waited = 0; !done() && waited < 5_000; waited += 5) await new Promise((r) => setTimeout(r, 5));
  };

  it('lets the next request in when one is answered, while health checks never wait', async () => {
    const first = post();
    await until(() => started === 1);
    const second = post();
    await until(() => turns.waiting === 1);
    expect(turns.waiting).toBe(1);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(started).toBe(1);
    held.shift()?.();
    expect((await first).status).toBe(200);
    await until(() => started === 2);
    expect(turns.waiting).toBe(0);
    held.shift()?.();
    expect((await second).status).toBe(200);
  });

  it('gives the turn back when a caller leaves, and skips the work of one who left waiting', async () => {
    const first = post();
    await until(() => started === 3);
    const leaving = new AbortController();
    const left = post(leaving.signal).catch(() => 'left');
    await until(() => turns.waiting === 1);
    leaving.abort();
    expect(await left).toBe('left');
    // The server hears of it when the connection closes (the client has already moved on).
    await new Promise((resolve) => setTimeout(resolve, 100));
    held.shift()?.();
    expect((await first).status).toBe(200);
    // The one who left is never run; a third request is not stuck behind it.
    await until(() => turns.waiting === 0);
    const third = post();
    await until(() => started === 4);
    expect(turns.waiting).toBe(0);
    held.shift()?.();
    expect((await third).status).toBe(200);
    expect(started).toBe(4);
  });

  it('gives back the turn of a request answered before its turn came, or before it asked for one', async () => {
    const first = post();
    await until(() => started === 5);
    const answeredWaiting = post(null, { 'x-answer-after': '50' });
    const answeredBefore = post(null, { 'x-answer-after': '20', 'x-slow-before': '80' });
    expect((await answeredWaiting).status).toBe(503);
    expect((await answeredBefore).status).toBe(503);
    held.shift()?.();
    expect((await first).status).toBe(200);
    // Neither holds a turn: the next request is let in, and neither was run.
    const next = post();
    await until(() => started === 6);
    expect([started, turns.waiting]).toEqual([6, 0]);
    held.shift()?.();
    expect((await next).status).toBe(200);
  });
});
