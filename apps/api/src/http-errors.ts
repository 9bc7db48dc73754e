import type { ApolloServerPlugin } from '@apollo/server';
import { problem } from '@chiso/scoring';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Context, localeOf } from './context.ts';
import { AppError, type ErrorCode, issueAt, validationFailed } from './errors.ts';

/** The HTTP status each expected failure answers with outside GraphQL (downloads, uploads). */
const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  INVALID_TRANSITION: 409,
  CONFLICT: 409,
  LIMIT_EXCEEDED: 413,
  REQUEST_TIMEOUT: 503,
  JOB_UNFINISHED: 503,
};

/** `{ error: { code, message, messages, issues } }`, the message in the caller's language. */
export function sendAppError(request: FastifyRequest, reply: FastifyReply, error: AppError, status?: number) {
  return reply.code(status ?? HTTP_STATUS[error.code]).send({
    error: {
      code: error.code,
      message: error.messages[localeOf(request.headers['accept-language'])],
      messages: error.messages,
      issues: error.issues,
    },
  });
}

/**
 * What a malformed request gets instead of a server error: Fastify's own 4xx (bad JSON, an empty
 * body, bad multipart) and JSON nested so deep that reading it overflows the stack.
 */
export function requestError(error: FastifyError | Error): AppError | undefined {
  if (error instanceof AppError) return error;
  const status = (error as FastifyError).statusCode;
  const malformed = (status !== undefined && status >= 400 && status < 500) || error instanceof RangeError;
  if (!malformed) return undefined;
  return validationFailed([issueAt('(request)', problem('REQUEST_MALFORMED', { detail: error.message }))], {
    vi: 'Yêu cầu không đúng định dạng (nội dung JSON hoặc tệp gửi lên không đọc được); chưa có gì thay đổi.',
    en: `The request is malformed (${error.message}); nothing was changed.`,
  });
}

/** A failure as JSON: an expected one with its status, anything else logged and masked as a 500. */
export function sendFailure(request: FastifyRequest, reply: FastifyReply, error: Error, status?: number) {
  const known = requestError(error);
  if (known) return sendAppError(request, reply, known, status);
  request.log.error({ err: error }, 'unexpected error in a request');
  return reply.code(500).send({
    error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', issues: [] },
  });
}

/** Every route's failures, answered the same way. */
export function answerErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => sendFailure(request, reply, error));
}

/** Whether a parsed body or query string holds a NUL character anywhere (PostgreSQL text cannot). */
function holdsNul(value: unknown): boolean {
  const pending = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (next.includes('\u0000')) return true;
    } else if (next !== null && typeof next === 'object' && !ArrayBuffer.isView(next)) {
      // Uploaded files (Buffers) are the route's to read; only parsed fields are walked.
      pending.push(...Object.keys(next), ...Object.values(next));
    }
  }
  return false;
}

/** Refuses NUL characters in any request's query string or JSON body before a route sees them. */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    if (!holdsNul(request.query) && !holdsNul(request.body)) return;
    return sendAppError(
      request,
      reply,
      validationFailed([issueAt('(request)', problem('NUL_CHARACTER'))], {
        vi: 'Dữ liệu gửi lên chứa ký tự NUL (mã 0), không được phép; hãy xoá ký tự đó rồi gửi lại.',
        en: 'The request holds a NUL character (code 0), which is not allowed; remove it and send again.',
      }),
    );
  });
}

/**
 * A GraphQL answer whose every error is the request's own mistake (an argument refused, a limit
 * exceeded) is a 400, as a malformed REST request is; typed mutation results stay 200.
 */
export function requestErrorStatus(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors } = response.body.singleResult;
          const codes = (errors ?? []).map((error) => error.extensions?.code);
          if (
            codes.length > 0 &&
            codes.every((code) => code === 'VALIDATION_FAILED' || code === 'LIMIT_EXCEEDED')
          )
            response.http.status = 400;
        },
      };
    },
  };
}
