/**
 * `bench:load`'s driver against a server that only records who asked on which connection: each
 * connection stays one person however many requests it sends, and every person is driven. (A list of
 * 120,000 requests once kept people on their connections, and autocannon copied it for each connection
 * as it made them: 26 s with the server idle.) No timing is asserted.
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { drive } from './drive.ts';
import type { Person } from './people-at-work.ts';
import { newTally } from './tally.ts';

const app = Fastify();
/** The cookies each connection sent, by its remote port. */
const byConnection = new Map<number, Set<string>>();
let url = '';
/** Requests whose connection is closed without an answer, once each (by body). */
const unanswered = new Set<string>();
app.post('/graphql', async (request, reply) => {
  const body = JSON.stringify(request.body);
  if (body.includes('slow')) await new Promise((resolve) => setTimeout(resolve, 1500));
  if (unanswered.delete(body)) {
    reply.hijack();
    request.raw.socket.end();
    return;
  }
  const port = request.socket.remotePort as number;
  const seen = byConnection.get(port) ?? new Set();
  seen.add(request.headers.cookie ?? '');
  byConnection.set(port, seen);
  return { data: { ok: true } };
});
beforeAll(async () => {
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

it('keeps each person on one connection for all their requests, and drives every person', async () => {
  const asked = new Map<string, number>();
  const people: Person[] = ['a', 'b', 'c', 'd'].map((name) => ({
    cookie: `session=${name}`,
    next() {
      asked.set(name, (asked.get(name) ?? 0) + 1);
      return { kind: `person ${name}`, body: '{"query":"{ ok }"}' };
    },
    answered: (status) => ({ outcome: status === 200 ? 'ok' : 'error' }),
    restart() {},
  }));
  const tally = newTally();
  expect(await drive(url, people, 1, tally)).toBe(0);
  expect([...byConnection.values()].map((cookies) => cookies.size)).toEqual([1, 1, 1, 1]);
  expect(new Set([...byConnection.values()].flatMap((cookies) => [...cookies]))).toEqual(
    new Set(people.map((person) => person.cookie)),
  );
  // Many requests each: a connection's context is made anew before each, and the person stays.
  for (const name of ['a', 'b', 'c', 'd']) expect(asked.get(name)).toBeGreaterThan(5);
});

it('counts an answer that never came as an error, and starts its person again', async () => {
  const lost = '{"query":"{ approve }"}';
  unanswered.add(JSON.stringify(JSON.parse(lost)));
  /** How many requests were sent when each restart came. */
  const restarts: number[] = [];
  let sent = 0;
  const person: Person = {
    cookie: 'session=e',
    // The second request is the one left unanswered; after a restart, plain reads.
    next: () => ({ kind: 'person e', body: ++sent === 2 ? lost : '{"query":"{ ok }"}' }),
    answered: (status) => ({ outcome: status === 200 ? 'ok' : 'error' }),
    restart() {
      restarts.push(sent);
    },
  };
  const tally = newTally();
  await drive(url, [person], 1, tally);
  // Before its third request; the run's end may restart it again.
  expect(restarts[0]).toBe(2);
  expect(tally.errors).toBe(1);
  expect(tally.problems).toEqual(['person e: no answer (the connection closed)']);
  expect(sent).toBeGreaterThan(3);
});

it('starts again the people whose requests are still out when the time is up', async () => {
  let restarts = 0;
  const person: Person = {
    cookie: 'session=f',
    next: () => ({ kind: 'person f', body: '{"query":"{ slow }"}' }),
    answered: (status) => ({ outcome: status === 200 ? 'ok' : 'error' }),
    restart() {
      restarts++;
    },
  };
  await drive(url, [person], 1, newTally());
  expect(restarts).toBe(1);
});
