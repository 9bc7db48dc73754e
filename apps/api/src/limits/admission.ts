/**
 * At most `perTurn` new requests are let in during one turn of the event loop; the others wait, in
 * the order they came, for the next turns. Health checks and metrics are always let in at once.
 *
 * Why: the one request thread answers everything a turn brings before it looks at its sockets again.
 * With 200 busy connections a turn brought dozens of requests, most of them answered at once from
 * the response cache, and `/healthz` waited for all of them: 100–170 ms now and then under
 * `pnpm bench:load`. Let in 32 a turn, the longest wait was 84–95 ms in three runs and the load's
 * throughput and p95 unchanged (16 a turn cost 40 % of the throughput; bench/RESULTS.md). A request
 * waiting here costs nothing per turn; the wait counts against its time budget (time-budget.ts,
 * registered before this).
 */
import type { FastifyInstance } from 'fastify';
import { positiveIntegerOr } from './env.ts';

/** CHISO_ADMITTED_PER_TURN, 32 by default. */
export const admittedPerTurnFrom = (env: NodeJS.ProcessEnv) =>
  positiveIntegerOr(env.CHISO_ADMITTED_PER_TURN, 32);

/** Probes that say whether the server is alive: held back, they would say it is not. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

export function admitGradually(app: FastifyInstance, perTurn: number): { readonly waiting: number } {
  const waiting: Array<() => void> = [];
  let admitted = 0;
  let turnAhead = false;
  // Once a turn while requests come or wait: the turn's allowance, spent on those waiting first.
  const nextTurn = () => {
    turnAhead = false;
    admitted = 0;
    while (admitted < perTurn && waiting.length > 0) {
      admitted += 1;
      waiting.shift()?.();
    }
    if (admitted > 0) awaitTurn();
  };
  const awaitTurn = () => {
    if (turnAhead) return;
    turnAhead = true;
    setImmediate(nextTurn);
  };
  app.addHook('onRequest', (request, _reply, done) => {
    if (PROBES.has(request.routeOptions.url ?? '')) return done();
    awaitTurn();
    if (admitted < perTurn && waiting.length === 0) {
      admitted += 1;
      return done();
    }
    waiting.push(done);
  });
  return {
    get waiting() {
      return waiting.length;
    },
  };
}
