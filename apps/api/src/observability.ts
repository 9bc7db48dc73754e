import type { ApolloServerPlugin } from '@apollo/server';
import { type Db, knownMigrations, missingMigrations } from '@chiso/db';
import { problem } from '@chiso/scoring';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ResponseCache } from './cache/response-cache.ts';
import type { ViewerCache } from './cache/viewers.ts';
import type { WhatIfMemory } from './cache/what-if-memory.ts';
import type { Context } from './context.ts';
import type { JobQueue } from './jobs/queue.ts';

/**
 * What an operator watches: `/readyz` (the database answers, with every migration) beside `/healthz` (the process is up),
 * and `/metrics` in Prometheus' format — requests by route and status with their durations, GraphQL
 * operations by name and outcome, and Node's own (event-loop delay, memory, GC). Metrics name
 * operations, so they are served to loopback callers, or to a scraper holding CHISO_METRICS_TOKEN.
 * `observeCaches` adds the response cache's hits and misses and both caches' invalidations.
 */
export function registerObservability(app: FastifyInstance, db: Db, token = process.env.CHISO_METRICS_TOKEN) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'chiso_' });
  const requests = new Histogram({
    name: 'chiso_http_request_duration_seconds',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const operations = new Counter({
    name: 'chiso_graphql_operations_total',
    help: 'GraphQL operations by name and outcome (ok, or the first error code)',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });

  app.addHook('onResponse', async (request, reply) => {
    requests
      .labels(request.method, request.routeOptions.url ?? 'unmatched', String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
  });

  const readiness = readinessCheck(db);
  app.get('/readyz', async (_request, reply) => {
    const state = await readiness();
    if (state === 'database unavailable') return reply.code(503).send({ status: state });
    if (state.length > 0) {
      const missing = problem('MIGRATIONS_MISSING', { count: state.length });
      return reply.code(503).send({
        status: 'migrations missing',
        code: missing.code,
        messages: missing.messages,
        missing: state,
      });
    }
    return reply.send({ status: 'ready' });
  });

  app.get('/metrics', async (request, reply) => {
    if (!mayScrape(request, token)) return reply.code(403).send('forbidden\n');
    return reply.type(registry.contentType).send(await registry.metrics());
  });

  /** Counts each GraphQL operation as it is answered. */
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const outcome = String(errors?.[0]?.extensions?.code ?? 'ok');
          operations.labels(operationName ?? 'unnamed', outcome).inc();
        },
      };
    },
  };
  return { plugin, registry };
}

/** The caches' counters, read from their own tallies when scraped. */
export function observeCaches(
  registry: Registry,
  caches: { responses?: ResponseCache | undefined; viewers: ViewerCache; whatIf?: WhatIfMemory | undefined },
) {
  const { responses, viewers, whatIf } = caches;
  new Counter({
    name: 'chiso_response_cache_requests_total',
    help: "Cacheable comparison requests by outcome: hit (answered from memory), shared (handed a concurrent request's answer to the same query) or miss",
    labelNames: ['outcome'],
    registers: [registry],
    collect() {
      this.reset();
      if (!responses) return;
      this.labels('hit').inc(responses.stats.hits);
      this.labels('shared').inc(responses.stats.shared);
      this.labels('miss').inc(responses.stats.misses);
    },
  });
  new Counter({
    name: 'chiso_cache_invalidations_total',
    help: 'Times a cache forgot everything, by cache (responses, viewers, whatIf) and cause (the changed table, or connection when change notifications were lost or came back)',
    labelNames: ['cache', 'cause'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [cache, stats] of [
        ['responses', responses?.stats],
        ['viewers', viewers.stats],
        ['whatIf', whatIf?.stats],
      ] as const) {
        for (const [cause, count] of stats?.invalidations ?? []) this.labels(cache, cause).inc(count);
      }
    },
  });
}

/**
 * Ready means the database answers and holds every migration this code knows (a server started
 * before `db:migrate deploy` on a new release would fail on the first query using a new column).
 * One query, remembered for a few seconds: probes every second or two cost the database nothing.
 */
function readinessCheck(db: Db, rememberMs = 3_000) {
  const known = knownMigrations();
  let last: { at: number; state: string[] } | undefined;
  const check = async (): Promise<string[] | 'database unavailable'> => {
    try {
      return await Promise.race([
        missingMigrations(db, known),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000)),
      ]);
    } catch {
      return 'database unavailable';
    }
  };
  // Only a ready answer is remembered: a server waiting for its migrations sees them at the next probe.
  return async () => {
    if (last && Date.now() - last.at <= rememberMs) return last.state;
    const state = await check();
    last = Array.isArray(state) && state.length === 0 ? { at: Date.now(), state } : undefined;
    return state;
  };
}

/** Jobs waiting to be taken, per queue, counted in the database when scraped. */
export function observeJobs(registry: Registry, jobs: JobQueue) {
  new Gauge({
    name: 'chiso_job_queue_depth',
    help: 'Background jobs waiting to be taken (queued or waiting for a retry), by queue: publish-results, import-units',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [queue, depth] of await jobs.depth()) this.labels(queue).set(depth);
    },
  });
}

function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (token) return request.headers.authorization === `Bearer ${token}`;
  return request.ip === '127.0.0.1' || request.ip === '::1' || request.ip === '::ffff:127.0.0.1';
}

/** Requests waiting for their turn (limits/concurrency.ts), and transactions for a connection's permit. */
export function observeWaiting(
  registry: Registry,
  waiting: {
    admission: { readonly waiting: number };
    requests: { readonly waiting: number };
    transactions: { readonly waiting: number };
  },
) {
  new Gauge({
    name: 'chiso_waiting',
    help: 'Requests waiting to be let in (admission), requests waiting for their turn of work (requests), and database transactions waiting for a connection (transactions)',
    labelNames: ['what'],
    registers: [registry],
    collect() {
      this.labels('admission').set(waiting.admission.waiting);
      this.labels('requests').set(waiting.requests.waiting);
      this.labels('transactions').set(waiting.transactions.waiting);
    },
  });
}
