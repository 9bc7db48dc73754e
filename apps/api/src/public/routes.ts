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
const PeriodsQuery = z.object({ province: Code.optional() });

/**
 * A period's path: its province's code (22), or toan-quoc for a national period, then its own code;
 * or, as the feed's first paths had it, its code alone (refused when several provinces use it).
 */
interface PeriodParams {
  province?: string;
  code: string;
}
const PERIOD_PATHS = ['/public/v1/provinces/:province/periods/:code', '/public/v1/periods/:code'];

/**
 * The public feed (feed.ts; docs/public-feed.md) for the provincial portals and the CCHC index scoring:
 *   GET /public/v1/periods.json[?province=<province code>]
 *   GET /public/v1/provinces/:province/periods/:code/results.json[?group=<unit group code>]
 *   GET /public/v1/provinces/:province/periods/:code/units/:unitCode.json
 * A period is named within its province, as codes are unique there (two provinces may each have a
 * public "2023"); version 1's first paths, without the province, still answer where a code is unique.
 * No session is read: a signed-in caller gets exactly what anyone gets. Answers are cacheable by
 * anyone (public data, an ETag over the body, 304 on If-None-Match) and readable from another origin
 * (the portal's pages), so CORS and Cross-Origin-Resource-Policy are opened here and only here; the
 * other security headers stay.
 */
export async function registerPublicRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  app.get<{ Querystring: Record<string, string> }>('/public/v1/periods.json', (request, reply) =>
    answer(request, reply, () => publicPeriods(db, parseInput(PeriodsQuery, request.query).province)),
  );
  for (const period of PERIOD_PATHS) {
    app.get<{ Params: PeriodParams; Querystring: Record<string, string> }>(
      `${period}/results.json`,
      (request, reply) =>
        answer(request, reply, () => {
          const { group } = parseInput(ResultsQuery, request.query);
          return publicResults(db, ...periodOf(request.params), group);
        }),
    );
    app.get<{ Params: PeriodParams & { unitCode: string } }>(
      `${period}/units/:unitCode.json`,
      (request, reply) =>
        answer(request, reply, () =>
          publicUnitResult(db, ...periodOf(request.params), parseInput(Code, request.params.unitCode)),
        ),
    );
  }
}

const periodOf = (params: PeriodParams) =>
  [
    params.province === undefined ? undefined : parseInput(Code, params.province),
    parseInput(Code, params.code),
  ] as const;

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
