/**
 * The dashboard policy, as an Apollo Server plugin:
 * - an API token may run only registered operations (operations.ts); anything else is refused with
 *   FORBIDDEN before it is parsed. People (cookie sessions) keep the full GraphQL API.
 * - cache headers: a token's registered query answered without errors is published data, the same
 *   for every caller with that token, and never changes once published, so it is `public,
 *   max-age=300` with `Vary: Authorization, Accept-Language` (a shared cache keeps one copy per token
 *   and language, never serving it to a request without that token; a revoked token's copies live
 *   at most five minutes). Everything else — people's answers, which include unpublished work, and
 *   errors — is `private, no-store`.
 */
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { findRegistered, type OperationReference } from './operations.ts';

export const PUBLISHED_CACHE = 'public, max-age=300';
export const NO_STORE = 'private, no-store';

const REFUSAL = {
  vi: 'Mã truy cập API chỉ chạy được các thao tác đã đăng ký: gửi extensions.persistedQuery.sha256Hash, hoặc id / operationName của một thao tác quản trị viên đã đăng ký bằng registerPersistedOperation.',
  en: 'API tokens may run only registered operations: send extensions.persistedQuery.sha256Hash, or the id or operationName of an operation an administrator registered with registerPersistedOperation.',
};
const UNKNOWN = {
  vi: (what: string) => `Không có thao tác đã đăng ký nào khớp ${what}. ${REFUSAL.vi}`,
  en: (what: string) => `No registered operation matches ${what}. ${REFUSAL.en}`,
};

/** What the request names, from the parsed body (POST) or the query string (GET). */
function referenceOf(request: GraphQLRequest): OperationReference {
  const hash = request.extensions?.persistedQuery?.sha256Hash;
  const body = request.http?.body as { id?: unknown } | undefined;
  const id =
    (body && typeof body === 'object' && typeof body.id === 'string' ? body.id : undefined) ??
    new URLSearchParams(request.http?.search ?? '').get('id') ??
    undefined;
  return {
    sha256: typeof hash === 'string' ? hash : undefined,
    id,
    operationName: request.operationName ?? undefined,
    query: request.query,
  };
}

function describe(reference: OperationReference): string | null {
  if (reference.sha256) return `sha256Hash ${reference.sha256}`;
  if (reference.id) return `id "${reference.id}"`;
  if (reference.query) return null;
  if (reference.operationName) return `operationName "${reference.operationName}"`;
  return null;
}

export function dashboardPolicy(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      if (contextValue.viewer.kind !== 'token') {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', NO_STORE);
          },
        };
      }
      const reference = referenceOf(request);
      const registered = await findRegistered(contextValue, reference);
      // Apollo's own persisted-query cache is bypassed: the database is the only registry.
      if (request.extensions) delete request.extensions.persistedQuery;
      if (!registered) {
        const what = describe(reference);
        const locale = contextValue.locale;
        const message = what ? UNKNOWN[locale](what) : REFUSAL[locale];
        // A harmless placeholder keeps Apollo from parsing (or caching) the refused text.
        request.query = '{ __typename }';
        delete request.operationName;
        return {
          async didResolveOperation() {
            throw new GraphQLError(message, {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          },
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', NO_STORE);
          },
        };
      }
      request.query = registered.document;
      // The document holds one operation; the name the client sent may be the registration's.
      delete request.operationName;
      return {
        async willSendResponse({ response, operation }) {
          const clean =
            operation?.operation === 'query' &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors?.length;
          response.http.headers.set('cache-control', clean ? PUBLISHED_CACHE : NO_STORE);
          if (clean) response.http.headers.set('vary', 'authorization, accept-language');
        },
      };
    },
  };
}
