/**
 * At most `concurrent` requests of the API's own work at once — GraphQL operations, downloads,
 * uploads, the public feed — the others wait for their turn, in order. Health checks, metrics, the
 * console's files and answers the response cache holds never wait.
 *
 * Why: every request under way adds its callbacks to each turn of the one event loop, and at 200
 * busy connections every request paid for all the others' work between its own steps. A request
 * waiting here costs nothing per turn. It does not bound a turn alone: cached answers come in
 * bunches too, so `/healthz` still waits over 100 ms now and then under `pnpm bench:load`
 * (bench/RESULTS.md; the embedded database's replies are handed back one a turn, pglite/thread.ts).
 * The wait counts against the request's time budget (time-budget.ts), which answers REQUEST_TIMEOUT
 * if it runs out.
 */
import { permits } from '@chiso/db';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { positiveIntegerOr } from './env.ts';

/** Route prefixes of the work this limits. */
const WORK = ['/graphql', '/exports/', '/reports/', '/workbooks/', '/evidence', '/public/'];

/** CHISO_CONCURRENT_REQUESTS, 16 by default (a value that is not a positive integer keeps it). */
export const concurrentRequestsFrom = (env: NodeJS.ProcessEnv) =>
  positiveIntegerOr(env.CHISO_CONCURRENT_REQUESTS, 16);

/** The request is answered already, or its caller gone. */
export const isOver = (reply: FastifyReply) => reply.sent || reply.raw.writableEnded || reply.raw.destroyed;

/**
 * Registers the limit as a preHandler: register it after hooks that answer without work of their own
 * (the response cache's fast path), which then never wait.
 */
export function limitConcurrentWork(app: FastifyInstance, concurrent: number): { readonly waiting: number } {
  const gate = permits(concurrent);
  app.addHook('preHandler', async (request, reply) => {
    const url = request.routeOptions.url ?? '';
    if (!WORK.some((prefix) => url.startsWith(prefix))) return;
    // The answer's 'close' comes once it is sent or the connection is gone, whichever way it ends —
    // perhaps before this hook runs or while it waits: the time budget answers 503 from a timer
    // (time-budget.ts), and a caller may leave. A turn taken after that would wait for a 'close'
    // that already came, and never be given back: sixteen such, and the server answered nothing.
    let over = isOver(reply);
    const end = () => {
      over = true;
    };
    reply.raw.once('close', end);
    const release = await gate.acquire();
    reply.raw.off('close', end);
    if (over || isOver(reply)) {
      // Its turn goes back at once, and its work is not done for nobody (a load's end, 200
      // connections closing, had kept the server busy 25 s).
      release();
      return reply.hijack();
    }
    reply.raw.once('close', release);
  });
  return gate;
}
