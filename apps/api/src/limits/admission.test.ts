import Fastify from 'fastify';
import { afterAll, expect, it } from 'vitest';
import { admitGradually, admittedPerTurnFrom } from './admission.ts';

/** Fastify letting in two new requests a turn; each answer says in which turn it was handled. */
const app = Fastify();
const admission = admitGradually(app, 2);
let turn = 0;
let counting = true;
const count = () => {
  turn += 1;
  if (counting) setImmediate(count);
};
app.get('/work', async () => ({ turn }));
app.get('/healthz', async () => ({ turn }));
afterAll(async () => {
  counting = false;
  await app.close();
});

it('lets in a few requests a turn, in the order they came, and health checks at once', async () => {
  await app.ready();
  setImmediate(count);
  const asked = Array.from({ length: 7 }, () => app.inject({ url: '/work' }));
  const health = app.inject({ url: '/healthz' });
  await new Promise((resolve) => setImmediate(resolve));
  expect(admission.waiting).toBe(5);
  const turns = (await Promise.all(asked)).map((answer) => answer.json().turn as number);
  // Two a turn, the first two at once: 7 requests over 4 turns, in order.
  const perTurn = new Map<number, number>();
  for (const value of turns) perTurn.set(value, (perTurn.get(value) ?? 0) + 1);
  expect([...perTurn.values()]).toEqual([2, 2, 2, 1]);
  expect(turns).toEqual([...turns].sort((a, b) => a - b));
  // The health check came after all seven and was not held.
  expect((await health).json().turn).toBe(turns[0]);
  expect(admission.waiting).toBe(0);
});

it('lets in 32 a turn on the embedded database and any number on PostgreSQL, unless told', () => {
  expect(admittedPerTurnFrom({}, true)).toBe(32);
  expect(admittedPerTurnFrom({}, false)).toBe(Number.POSITIVE_INFINITY);
  expect(admittedPerTurnFrom({ CHISO_ADMITTED_PER_TURN: '8' }, false)).toBe(8);
  expect(admittedPerTurnFrom({ CHISO_ADMITTED_PER_TURN: 'nhiều' }, true)).toBe(32);
});
