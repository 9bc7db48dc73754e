import Fastify from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { admitGradually, admittedPerTurnFrom } from './admission.ts';

/**
 * Fastify letting in `perTurn` new requests a turn; each answer says in which turn it was handled. A
 * hook before the admission notes the order requests arrive in and, for the one arriving at
 * `answeredWhileWaiting`, answers 503 while it waits, as the time budget does when it runs out.
 */
async function admitting(perTurn: number, answeredWhileWaiting = 0) {
  const app = Fastify();
  const arrived: string[] = [];
  const handled: string[] = [];
  app.addHook('onRequest', async (request, reply) => {
    if (arrived.push(request.url) === answeredWhileWaiting) setImmediate(() => void reply.code(503).send());
  });
  const admission = admitGradually(app, perTurn);
  app.get('/work', async (request) => {
    handled.push(request.url);
    return { turn };
  });
  app.get('/healthz', async () => ({ turn }));
  await app.ready();
  apps.push(app);
  return { app, admission, arrived, handled };
}

const apps: Array<ReturnType<typeof Fastify>> = [];
let turn = 0;
let counting = true;
const count = () => {
  turn += 1;
  if (counting) setImmediate(count);
};
beforeAll(() => setImmediate(count));
afterAll(async () => {
  counting = false;
  await Promise.all(apps.map((app) => app.close()));
});

it('lets in a few requests a turn, in the order they came, and health checks at once', async () => {
  const { app, admission } = await admitting(2);
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

it('skips a request answered while it waited, and lets the next one in its place', async () => {
  const { app, arrived, handled } = await admitting(1, 3);
  const answers = await Promise.all([1, 2, 3, 4].map((n) => app.inject({ url: `/work?n=${n}` })));
  const byUrl = new Map(answers.map((answer, index) => [`/work?n=${index + 1}`, answer]));
  const [first, second, third, fourth] = arrived.map((url) => byUrl.get(url));
  expect(third?.statusCode).toBe(503);
  expect(handled).toEqual([arrived[0], arrived[1], arrived[3]]);
  // One a turn: the fourth was let in the turn after the second, the third taking none.
  const turnOf = (answer: typeof first) => answer?.json().turn as number;
  expect(turnOf(second)).toBeGreaterThan(turnOf(first));
  expect(turnOf(fourth)).toBe(turnOf(second) + 1);
});

it('lets in no more than its allowance in a turn, counting those let in as they came', async () => {
  const { app, admission } = await admitting(2);
  const asked = [1, 2, 3].map(() => app.inject({ url: '/work' }));
  // The end of the turn they came in (this immediate was queued before the admission's): two were
  // let in as they came, the third waits…
  await new Promise((resolve) => setImmediate(resolve));
  expect(admission.waiting).toBe(1);
  // …past that turn's end, which had no allowance left for it, to the next turn's.
  await new Promise((resolve) => setImmediate(resolve));
  expect(admission.waiting).toBe(1);
  await Promise.all(asked);
  expect(admission.waiting).toBe(0);
});

it('lets in 32 a turn on the embedded database and any number on PostgreSQL, unless told', () => {
  expect(admittedPerTurnFrom({}, true)).toBe(32);
  expect(admittedPerTurnFrom({}, false)).toBe(Number.POSITIVE_INFINITY);
  expect(admittedPerTurnFrom({ CHISO_ADMITTED_PER_TURN: '8' }, false)).toBe(8);
  expect(admittedPerTurnFrom({ CHISO_ADMITTED_PER_TURN: 'nhiều' }, true)).toBe(32);
});
