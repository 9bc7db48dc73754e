/**
 * A time budget per request: a request still running when it runs out is answered 503
 * REQUEST_TIMEOUT (in GraphQL's shape on /graphql) and its work is abandoned where it can be — the
 * request's signal aborts, which stops its worker jobs (workers/pool.ts) and whatever checks it.
 *
 * Fastify's own `requestTimeout` only bounds receiving the request, and `connectionTimeout` drops
 * the socket without an answer, so the budget is kept here, from the first byte to the answer.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { localeOf } from '../context.ts';
import { requestTimedOut } from '../errors.ts';
import { sendAppError } from '../http-errors.ts';

export interface TimeBudget {
  /** Milliseconds for a request (CHISO_REQUEST_TIMEOUT_MS, 30 s by default). */
  requestMs: number;
  /** Milliseconds for downloads and uploads: reports, exports, workbooks, evidence (CHISO_DOWNLOAD_TIMEOUT_MS, 2 min). */
  downloadMs: number;
}

/** The budget the environment sets; a value that is not a positive number keeps the default. */
export function timeBudgetFrom(env: NodeJS.ProcessEnv): TimeBudget {
  const ms = (value: string | undefined, fallback: number) => {
    const parsed = Number(value);
    return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
  };
  return {
    requestMs: ms(env.CHISO_REQUEST_TIMEOUT_MS, 30_000),
    downloadMs: ms(env.CHISO_DOWNLOAD_TIMEOUT_MS, 120_000),
  };
}

/** Files travel slower than answers: these routes get the longer budget. */
const DOWNLOADS = /^\/(reports|exports|workbooks|evidence)\//;

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The request's budget, on the request itself: kept in WeakMaps keyed by request, the two
     * maps' growth was ~0.6 s of the request thread in a 60-s `pnpm bench:load`, up to 107 ms at once.
     */
    budget: { controller: AbortController; timer: NodeJS.Timeout | undefined } | null;
  }
}

/** The request's signal, to spread into a Context: aborted when its budget runs out or its caller leaves. */
export function requestSignal(request: FastifyRequest): { signal?: AbortSignal } {
  return request.budget ? { signal: request.budget.controller.signal } : {};
}

export function limitRequestTime(app: FastifyInstance, budget: TimeBudget): void {
  app.decorateRequest('budget', null);
  app.addHook('onRequest', async (request, reply) => {
    const controller = new AbortController();
    request.budget = { controller, timer: undefined };
    const ms = DOWNLOADS.test(request.url) ? budget.downloadMs : budget.requestMs;
    const timer = setTimeout(() => {
      const error = requestTimedOut(ms);
      controller.abort(error);
      if (reply.sent || reply.raw.headersSent) return;
      request.log.warn({ budgetMs: ms }, 'request stopped: over its time budget');
      if (!request.url.startsWith('/graphql')) return sendAppError(request, reply, error);
      const { code, messages } = error;
      const message = messages[localeOf(request.headers['accept-language'])];
      return reply.code(503).send({ errors: [{ message, extensions: { code, messages } }] });
    }, ms);
    timer.unref();
    request.budget.timer = timer;
  });
  app.addHook('onResponse', async (request) => {
    clearTimeout(request.budget?.timer);
  });
  // A caller who left wants nothing more: stop its work as a spent budget would.
  app.addHook('onRequestAbort', async (request) => {
    clearTimeout(request.budget?.timer);
    request.budget?.controller.abort(requestTimedOut());
  });
}
