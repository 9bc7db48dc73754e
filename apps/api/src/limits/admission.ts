/**
 * At most `perTurn` new requests are let in during one turn of the event loop; the others wait, in
 * the order they came, for the next turns. Health checks and metrics are always let in at once.
 *
 * Why: the one request thread answers everything a turn brings before it looks at its sockets again.
 * With 200 busy connections a turn brought dozens of requests, most of them answered at once from
 * the response cache, and `/healthz` waited for all of them: 100–170 ms now and then under
 * `pnpm bench:load`. Let in 32 a turn, healthz p99 fell from ~50 to ~35 ms and its longest wait to
 * 76–109 ms in seven runs, the load's throughput and p95 unchanged (16 a turn cost 40 % of the
 * throughput; bench/RESULTS.md, stop 27). Those let in as their sockets are read and those let in
 * from the queue at the turn's end share the one allowance (counted apart, a turn took up to twice
 * it). A request waiting here costs nothing per turn; the wait counts against its time budget
 * (time-budget.ts, registered before this).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isOver } from './concurrency.ts';
import { positiveIntegerOr } from './env.ts';

/**
 * CHISO_ADMITTED_PER_TURN; by default 32 on the embedded database and no limit on PostgreSQL. There,
 * in two runs, the longest waits were PostgreSQL's processes taking the CPU (pings of 159–247 ms
 * while the server's own loop waited at most 104–151 ms), and letting the analysts' cached reads in
 * 32 a turn gave the writers a larger share (+35–50 % saves, opens p95 1.5 s instead of 2.0 s) at
 * the analysts' expense (−30 %): a trade to choose, not a default.
 */
export const admittedPerTurnFrom = (env: NodeJS.ProcessEnv, embedded: boolean): number =>
  positiveIntegerOr(env.CHISO_ADMITTED_PER_TURN, embedded ? 32 : Number.POSITIVE_INFINITY);

/** Probes that say whether the server is alive: held back, they would say it is not. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

interface Waiting {
  reply: FastifyReply;
  letIn: () => void;
}

export function admitGradually(app: FastifyInstance, perTurn: number): { readonly waiting: number } {
  if (perTurn === Number.POSITIVE_INFINITY) return { waiting: 0 };
  const waiting: Waiting[] = [];
  /** Let in during this turn, from the sockets read (poll phase) and from those waiting (check phase). */
  let admitted = 0;
  let turnAhead = false;
  // At the end of a turn (its check phase) while requests come or wait: what the turn's allowance
  // has left goes to those waiting, then the next turn's allowance begins.
  const endTurn = () => {
    turnAhead = false;
    while (admitted < perTurn && waiting.length > 0) {
      const next = waiting.shift() as Waiting;
      // Answered while it waited (its time budget ran out) or its caller gone: nothing left to do.
      if (isOver(next.reply)) continue;
      admitted += 1;
      next.letIn();
    }
    admitted = 0;
    if (waiting.length > 0) awaitTurn();
  };
  const awaitTurn = () => {
    if (turnAhead) return;
    turnAhead = true;
    setImmediate(endTurn);
  };
  app.addHook('onRequest', (request, reply, done) => {
    if (PROBES.has(request.routeOptions.url ?? '')) return done();
    awaitTurn();
    if (admitted < perTurn && waiting.length === 0) {
      admitted += 1;
      return done();
    }
    waiting.push({ reply, letIn: done });
  });
  return {
    get waiting() {
      return waiting.length;
    },
  };
}
