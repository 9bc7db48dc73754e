import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, visit } from 'graphql';
import type { Context } from '../context.ts';
import { unauthenticated } from '../errors.ts';

/**
 * The schema is described only to those signed in or holding a token: anonymous callers get
 * UNAUTHENTICATED for `__schema` and `__type` (GraphiQL asks after signing in through the console).
 */
export function introspectionForCallers(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.viewer.kind !== 'anonymous' || !introspects(document)) return;
          const error = unauthenticated();
          throw new GraphQLError(error.messages.en, {
            originalError: error,
            extensions: { code: error.code, http: { status: 401 } },
          });
        },
      };
    },
  };
}

function introspects(document: Parameters<typeof visit>[0]): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return;
      found = true;
      return BREAK;
    },
  });
  return found;
}
