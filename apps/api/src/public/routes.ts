import { createHash } from 'node:crypto';
import type { Db } from '@chiso/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { sendAppError } from '../http-errors.ts';
import { parseInput } from '../services/validate.ts';
import { publicPeriods, publicResults, publicUnitResult } from './feed.ts';

/** Published results change only when a period is published again or made private: minutes are fine. */
const MAX_AGE_SECONDS = 300;

const Code = z.string().trim().min(1).max(60);
const ResultsQuery = z.object({ group: Code.optional() });

/**
 * The public feed (feed.ts; docs/public-feed.md) for the provincial portal and the CCHC index scoring:
 *   GET /public/v1/periods.json
 *   GET /public/v1/periods/:code/results.json[?group=<unit group code>]
 *   GET /public/v1/periods/:code/units/:unitCode.json
 * No session is read: a signed-in caller gets exactly what anyone gets. Answers are cacheable by
 * anyone (public data, an ETag over the body, 304 on If-None-Match) and readable from another origin
 * (the portal's pages), so CORS and Cross-Origin-Resource-Policy are opened here and only here; the
 * other security headers stay.
 */
export async function registerPublicRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  app.get('/public/v1/periods.json', (request, reply) => answer(request, reply, () => publicPeriods(db)));
  app.get<{ Params: { code: string }; Querystring: Record<string, string> }>(
    '/public/v1/periods/:code/results.json',
    (request, reply) =>
      answer(request, reply, () => {
        const code = parseInput(Code, request.params.code);
        const { group } = parseInput(ResultsQuery, request.query);
        return publicResults(db, code, group);
      }),
  );
  app.get<{ Params: { code: string; unitCode: string } }>(
    '/public/v1/periods/:code/units/:unitCode.json',
    (request, reply) =>
      answer(request, reply, () =>
        publicUnitResult(
          db,
          parseInput(Code, request.params.code),
          parseInput(Code, request.params.unitCode),
        ),
      ),
  );
}

async function answer(request: FastifyRequest, reply: FastifyReply, read: () => Promise<unknown>) {
  reply.header('access-control-allow-origin', '*');
  reply.header('cross-origin-resource-policy', 'cross-origin');
  try {
    const body = JSON.stringify(await read());
    const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    reply.header('cache-control', `public, max-age=${MAX_AGE_SECONDS}`);
    reply.header('etag', etag);
    if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // A period made public a moment later must show at once: refusals are not kept.
    reply.header('cache-control', 'no-cache');
    return sendAppError(request, reply, error);
  }
}

/** If-None-Match holds the ETag (weak comparison, as RFC 9110 asks for GET), or `*`. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
