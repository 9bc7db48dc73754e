/**
 * At most `concurrent` requests of the API's own work at once — GraphQL operations, downloads,
 * uploads, the public feed — the others wait for their turn, in order. Health checks, metrics, the
 * console's files and answers the response cache holds never wait.
 *
 * Why: every request under way adds its callbacks to each turn of the one event loop, and at 200
 * busy connections every request paid for all the others' work between its own steps. A request
 * waiting here costs nothing per turn. It does not bound a turn alone: cached answers and the
 * database's replies come in bunches too (`/healthz` still waits 0.2–1.4 s now and then under
 * `pnpm bench:load`, bench/RESULTS.md). The wait counts against the request's time budget
 * (time-budget.ts), which answers REQUEST_TIMEOUT if it runs out.
 */
import { permits } from '@chiso/db';
import type { FastifyInstance } from 'fastify';

/** Route prefixes of the work this limits. */
const WORK = ['/graphql', '/exports/', '/reports/', '/workbooks/', '/evidence', '/public/'];

/** CHISO_CONCURRENT_REQUESTS, 16 by default (a value that is not a positive integer keeps it). */
export function concurrentRequestsFrom(env: NodeJS.ProcessEnv): number {
  const parsed = Number(env.CHISO_CONCURRENT_REQUESTS);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : 16;
}

/**
 * Registers the limit as a preHandler: register it after hooks that answer without work of their own
 * (the response cache's fast path), which then never wait.
 */
export function limitConcurrentWork(app: FastifyInstance, concurrent: number): { readonly waiting: number } {
  const gate = permits(concurrent);
  app.addHook('preHandler', async (request, reply) => {
    const url = request.routeOptions.url ?? '';
    if (!WORK.some((prefix) => url.startsWith(prefix))) return;
    // The answer's 'close' comes once it is sent or the connection is gone, whichever way it ends.
    let left = false;
    const leave = () => {
      left = true;
    };
    reply.raw.once('close', leave);
    const release = await gate.acquire();
    reply.raw.off('close', leave);
    if (left) {
      // The caller left while waiting (a closed tab, a client's timeout): its turn goes back at once
      // and its work is not done for nobody. Before, a load's end (200 connections closing) left the
      // server executing every waiting request for another 25 s.
      release();
      return reply.hijack();
    }
    reply.raw.once('close', release);
  });
  return gate;
}
