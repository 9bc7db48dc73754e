import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { Db } from '@chiso/db';
import { problem } from '@chiso/scoring';
import fastifyCookie from '@fastify/cookie';
import { PothosValidationError } from '@pothos/core';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';
import { introspectionForCallers } from './auth/introspection.ts';
import { passwordChangePolicy } from './auth/password-change.ts';
import { refuseCrossSiteWrites } from './auth/same-origin.ts';
import { SESSION_COOKIE } from './auth/tokens.ts';
import { viewerOf } from './auth/viewer.ts';
import { serveCachedAnswers } from './cache/fast-path.ts';
import { invalidateOnChanges } from './cache/invalidation.ts';
import {
  createResponseCache,
  type ResponseCache,
  type ResponseCacheOptions,
} from './cache/response-cache.ts';
import { createViewerCache } from './cache/viewers.ts';
import { createWhatIfMemory, type WhatIfMemory } from './cache/what-if-memory.ts';
import { connectionErrorLog } from './connection-errors.ts';
import { registerConsole } from './console.ts';
import { type Context, localeOf, type Viewer } from './context.ts';
import { dashboardPolicy } from './dashboards/plugin.ts';
import { answerBytes } from './decimal-list.ts';
import { AppError, issueAt, validationFailed } from './errors.ts';
import { LocalEvidenceStore, registerEvidenceRoutes } from './evidence/index.ts';
import type { EvidenceStore } from './evidence/store.ts';
import { registerExportRoutes } from './exports.ts';
import { registerGraphiql } from './graphiql.ts';
import { answerErrors, refuseNulCharacters, requestErrorStatus } from './http-errors.ts';
import { JOBS } from './jobs/definitions.ts';
import { createJobQueue } from './jobs/queue.ts';
import { admitGradually, admittedPerTurnFrom } from './limits/admission.ts';
import { concurrentRequestsFrom, limitConcurrentWork } from './limits/concurrency.ts';
import { documentLimitRules, refuseLongDocuments } from './limits/document.ts';
import { limitRequestTime, requestSignal, type TimeBudget, timeBudgetFrom } from './limits/time-budget.ts';
import { observeCaches, observeJobs, observeWaiting, registerObservability } from './observability.ts';
import { registerPublicRoutes } from './public/routes.ts';
import { registerReportRoutes } from './reports.ts';
import { schema } from './schema/index.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerWorkbookRoutes } from './workbook/routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The comparisons' response cache, when on (its counts are what /metrics shows). */
    responseCache: ResponseCache | null;
  }
  interface FastifyRequest {
    /** Who asks, looked up once per request (on the request: see FastifyRequest.budget for why). */
    viewer: Promise<Viewer> | null;
  }
}

export interface AppOptions {
  db: Db;
  /** Where evidence files go; the local disk (CHISO_EVIDENCE_DIR) by default. */
  evidence?: EvidenceStore;
  /** Log requests (off in tests). */
  logger?: boolean;
  /**
   * The in-process cache of published comparison answers (cache/response-cache.ts); false = none.
   * Default: on, unless CHISO_RESPONSE_CACHE=off (to measure without it).
   */
  responseCache?: ResponseCacheOptions | false;
  /**
   * How long a credential's viewer is remembered (cache/viewers.ts), with or without the response
   * cache; 0 = looked up on every request. Default 5 s.
   */
  viewerTtlMs?: number;
  /** How long a request may run before it is answered REQUEST_TIMEOUT; default: from the environment. */
  timeBudget?: TimeBudget;
  /** The API's requests worked on at once (limits/concurrency.ts); default: from the environment. */
  concurrentRequests?: number;
  /** New requests let in per turn of the event loop (limits/admission.ts); default: from the environment and the database. */
  admittedPerTurn?: number;
  /**
   * When this process starts working the job queue (jobs/queue.ts): at start (a server, so that it
   * takes retries and other processes' jobs), or at its first job (tests: most never publish).
   */
  jobs?: 'at-start' | 'on-first-job';
}

/** The HTTP server: GraphQL at /graphql, the offline IDE at /graphiql, /healthz. */
export async function createApp({
  db,
  evidence = new LocalEvidenceStore(),
  logger = false,
  responseCache = process.env.CHISO_RESPONSE_CACHE === 'off' ? false : {},
  timeBudget = timeBudgetFrom(process.env),
  concurrentRequests = concurrentRequestsFrom(process.env),
  admittedPerTurn = admittedPerTurnFrom(process.env, db.$pglite !== undefined),
  viewerTtlMs = 5_000,
  jobs: startJobs = 'on-first-job',
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: trustProxyFrom(process.env.CHISO_TRUST_PROXY),
  });
  answerErrors(app);
  limitRequestTime(app, timeBudget);
  const admission = admitGradually(app, admittedPerTurn);
  refuseNulCharacters(app);
  refuseCrossSiteWrites(app);
  let ready = false;
  app.get('/healthz', async (_request, reply) =>
    reply.code(ready ? 200 : 503).send({ status: ready ? 'ok' : 'starting' }),
  );
  await registerSecurityHeaders(app);
  const observed = registerObservability(app, db);
  const forget = db.$onConnectionError((error) =>
    app.log.error(
      connectionErrorLog(error),
      'database connection lost: the pool opens another for the next query',
    ),
  );
  app.addHook('onClose', async () => forget());
  const jobs = createJobQueue({ db, evidence, definitions: JOBS, log: app.log });
  observeJobs(observed.registry, jobs);
  if (startJobs === 'at-start') app.addHook('onReady', async () => void (await jobs.start()));
  app.addHook('onClose', () => jobs.stop());
  await app.register(fastifyCookie);
  await app.register(registerEvidenceRoutes, { db, store: evidence });

  // One viewer lookup per request, shared by the cached-answer fast path and the GraphQL context;
  // remembered per credential for a few seconds (cache/viewers.ts).
  const known = createViewerCache({ ttlMs: viewerTtlMs, cookieName: SESSION_COOKIE });
  app.decorateRequest('viewer', null);
  const viewerFor = (request: FastifyRequest) => {
    request.viewer ??= known.viewer(request, () => viewerOf(db, request, { pendingPasswordChange: true }));
    return request.viewer;
  };
  refuseLongDocuments(app);
  // The embedded database loads PL/pgSQL (the change-notification triggers) on its first write: a
  // WebAssembly library compiled on the database's thread, 20 ms idle but 300 ms and more on a busy
  // machine, which held the first request that wrote (and /healthz, when that thread is this one).
  // Loaded here, before the server answers.
  await db.$pglite?.exec('DO $$ BEGIN END $$');
  const cache = responseCache ? createResponseCache(responseCache) : null;
  app.decorate('responseCache', cache);
  const whatIf = cache ? createWhatIfMemory() : undefined;
  // The caches forget what the database says changed, whoever changed it (cache/invalidation.ts).
  const invalidation =
    cache || viewerTtlMs > 0
      ? await invalidateOnChanges(db, { responses: cache ?? undefined, viewers: known, whatIf }, app.log)
      : null;
  if (invalidation) {
    app.addHook('onClose', () => invalidation.close());
    observeCaches(observed.registry, { responses: cache ?? undefined, viewers: known, whatIf });
  }
  if (cache) {
    serveCachedAnswers(app, cache, {
      viewer: viewerFor,
      locale: (request) => localeOf(request.headers['accept-language']),
    });
  }

  // After the cached answers' hook: those never wait for a turn.
  const turns = limitConcurrentWork(app, concurrentRequests);
  observeWaiting(observed.registry, { admission, requests: turns, transactions: db.$transactions });

  const apollo = new ApolloServer<Context>({
    schema,
    // The default cache-control plugin wraps every field resolver; chiso sets its own cache headers.
    // The response cache comes after the dashboard policy, which refuses unregistered operations first.
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginCacheControlDisabled(),
      dashboardPolicy(),
      passwordChangePolicy(),
      ...(invalidation ? [invalidation.plugin] : []),
      requestErrorStatus(),
      observed.plugin,
      introspectionForCallers(),
      ...(cache ? [cache.plugin] : []),
    ],
    introspection: true,
    // Typed as a string: Apollo's Fastify integration hands it to Fastify as the reply, which sends
    // bytes as they are (one encoding; decimal-list.ts). The HTTP tests read every answer through it.
    stringifyResult: (result) => (cache?.answerBytes ?? answerBytes)(result) as unknown as string,
    validationRules: documentLimitRules,
    formatError: (formatted, error) => formatError(formatted, error, app),
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), {
    context: async (request, reply) => ({
      ...createContext(db, evidence, whatIf, await viewerFor(request), request, reply),
      jobs,
    }),
  });
  await registerExportRoutes(app, { db, evidence });
  await registerWorkbookRoutes(app, { db, evidence });
  await registerPublicRoutes(app, { db });
  await registerReportRoutes(app, { db, evidence });
  await registerGraphiql(app);
  await registerConsole(app);
  app.addHook('onReady', async () => {
    ready = true;
  });
  return app;
}

/**
 * Behind a TLS proxy, whose X-Forwarded-* headers to believe (CHISO_TRUST_PROXY): "true" for any, or
 * the proxies' addresses/CIDRs ("10.0.0.0/8,127.0.0.1"). Unset: none, and the session cookie is
 * Secure only when the request reached this server over HTTPS itself.
 */
function trustProxyFrom(setting: string | undefined): boolean | string {
  if (!setting || setting === 'false') return false;
  return setting === 'true' ? true : setting;
}

function createContext(
  db: Db,
  evidence: EvidenceStore,
  whatIf: WhatIfMemory | undefined,
  viewer: Viewer,
  request: FastifyRequest,
  reply: FastifyReply,
): Context {
  const secure = request.protocol === 'https';
  return {
    db,
    evidence,
    ...(whatIf ? { whatIf } : {}),
    viewer,
    locale: localeOf(request.headers['accept-language']),
    address: request.ip,
    ...requestSignal(request),
    session: {
      set: (token, expiresAt) =>
        reply.setCookie(SESSION_COOKIE, token, {
          httpOnly: true,
          sameSite: 'lax',
          secure,
          path: '/',
          expires: expiresAt,
        }),
      clear: () => reply.clearCookie(SESSION_COOKIE, { path: '/' }),
    },
  };
}

/**
 * An argument Pothos refuses (a cursor or global ID that does not decode, `first: -1`) is the
 * request's mistake: VALIDATION_FAILED, not a masked server error.
 */
function asRequestError(error: unknown): unknown {
  if (!(error instanceof PothosValidationError)) return error;
  return validationFailed([issueAt('(arguments)', problem('ARGUMENT_INVALID', { detail: error.message }))], {
    vi: 'Tham số của truy vấn không hợp lệ (mã trang, định danh hoặc số lượng bản ghi); hãy kiểm tra lại.',
    en: `An argument of the query is not valid (${error.message}).`,
  });
}

/** Expected failures keep their code and message; anything else is logged and masked. */
function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  app: FastifyInstance,
): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A validation rule's refusal (limits/document.ts) carries its AppError as the original error.
  const underneath = (unwrapped as { originalError?: unknown } | null)?.originalError;
  const original = underneath instanceof AppError ? underneath : asRequestError(unwrapped);
  if (original instanceof AppError) {
    return {
      ...formatted,
      message: original.messages.en,
      extensions: { code: original.code, messages: original.messages, issues: original.issues },
    };
  }
  const code = formatted.extensions?.code;
  // Parse, validation and variable errors describe the request itself: safe and useful to show.
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')
    return {
      message: formatted.message,
      extensions: { code },
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
  app.log.error({ err: original }, 'unexpected error in a GraphQL operation');
  return {
    message: 'Internal server error',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
    ...(formatted.path ? { path: formatted.path } : {}),
  };
}
