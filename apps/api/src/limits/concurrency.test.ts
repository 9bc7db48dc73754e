import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitConcurrentWork } from './concurrency.ts';

/** Fastify with the limit at one request at a time; /graphql answers when the test lets it. */
describe('requests of work, one at a time', () => {
  const app = Fastify({ forceCloseConnections: true });
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

  const post = (signal: AbortSignal | null = null) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
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
});
