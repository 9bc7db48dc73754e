/**
 * Cached answers straight from Fastify, before Apollo Server: a signed-in person's plain POST
 * /graphql whose answer the response cache holds (same audience, language, operation, variables and
 * generation — see response-cache.ts) is sent as the stored bytes, with the headers Apollo and the
 * dashboard policy would send — gzipped (once per answer) when the caller accepts it; or the answer a
 * request running the same query is about to store, once it is. Anything else —
 * dashboards' tokens (the registry decides what they may run), anonymous callers, persisted or batched
 * requests, misses — goes on to Apollo Server, which answers and fills the cache. The viewer is
 * resolved once per request and shared with it.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Context, Viewer } from '../context.ts';
import { NO_STORE } from '../dashboards/plugin.ts';
import { audienceOf, type ResponseCache } from './response-cache.ts';

/** gzip among the encodings the caller accepts (and not refused with q=0). */
const GZIP = /(^|,)\s*gzip\s*(;\s*q=(?!0(\.0*)?\s*(,|$))[\d.]+)?\s*(,|$)/i;

const gzipped = promisify(gzip);

interface PlainBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: { persistedQuery?: unknown };
  id?: unknown;
}

export function serveCachedAnswers(
  app: FastifyInstance,
  cache: ResponseCache,
  who: {
    viewer(request: FastifyRequest): Promise<Viewer>;
    locale(request: FastifyRequest): Context['locale'];
  },
): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || request.routeOptions.url !== '/graphql') return;
    const body = request.body as PlainBody | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string') return;
    if (body.extensions?.persistedQuery || body.id !== undefined) return;
    const viewer = await who.viewer(request);
    const audience = viewer.kind === 'user' ? audienceOf(viewer) : null;
    if (!audience) return;
    const parts = {
      audience,
      locale: who.locale(request),
      operationName: typeof body.operationName === 'string' ? body.operationName : null,
      query: body.query,
      variables: body.variables ?? {},
    };
    // Another request running the same query hands over its answer's bytes: the waiters are sent
    // them here, instead of each going through GraphQL again when it is stored.
    const hit = cache.lookup(parts) ?? (await cache.concurrent(parts));
    if (!hit) return;
    reply
      .code(200)
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-control', NO_STORE)
      .header('vary', 'accept-encoding');
    if (!GZIP.test(request.headers['accept-encoding'] ?? '')) return reply.send(hit.json);
    // A failed gzip (memory) is not kept: the next caller tries again.
    hit.gzip ??= gzipped(hit.json).catch((error: unknown) => {
      delete hit.gzip;
      throw error;
    });
    return reply.header('content-encoding', 'gzip').send(await hit.gzip);
  });
}
