import type { ApolloServerPlugin } from '@apollo/server';
import type { Db } from '@chiso/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { Context } from './context.ts';

/**
 * What an operator watches: `/readyz` (the database answers) beside `/healthz` (the process is up),
 * and `/metrics` in Prometheus' format — requests by route and status with their durations, GraphQL
 * operations by name and outcome, and Node's own (event-loop delay, memory, GC). Metrics name
 * operations, so they are served to loopback callers, or to a scraper holding CHISO_METRICS_TOKEN.
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

  app.get('/readyz', async (_request, reply) => {
    try {
      await Promise.race([
        db.$queryRaw`SELECT 1`,
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000)),
      ]);
      return reply.send({ status: 'ready' });
    } catch {
      return reply.code(503).send({ status: 'database unavailable' });
    }
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
  return { plugin };
}

function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (token) return request.headers.authorization === `Bearer ${token}`;
  return request.ip === '127.0.0.1' || request.ip === '::1' || request.ip === '::ffff:127.0.0.1';
}
