/**
 * A person signed in with a temporary password (a new account, a reset) may do nothing but change
 * it: any GraphQL operation that selects another root field is refused before it runs, so no
 * resolver needs to know about the rule. HTTP routes (evidence, exports) see them as anonymous
 * (auth/viewer.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context.ts';

// Signing in again (as someone else, on a shared computer) stays possible too.
const ALLOWED = new Set(['me', 'changeOwnPassword', 'signIn', 'signOut', '__typename']);

const PASSWORD_CHANGE_REQUIRED = {
  vi: 'Bạn đang dùng mật khẩu tạm: hãy đổi mật khẩu trước khi tiếp tục.',
  en: 'You signed in with a temporary password: change it before you go on.',
};

/** The root fields an operation selects, through fragments too. */
function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, names = new Set<string>()) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFields(selection.selectionSet, document, names);
    else {
      const fragment = document.definitions.find(
        (definition) =>
          definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) rootFields(fragment.selectionSet, document, names);
    }
  }
  return names;
}

export function passwordChangePolicy(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const { viewer } = contextValue;
      if (viewer.kind !== 'user' || !viewer.mustChangePassword) return;
      return {
        async didResolveOperation({ operation, document }) {
          const fields = rootFields((operation as OperationDefinitionNode).selectionSet, document);
          if ([...fields].every((name) => ALLOWED.has(name))) return;
          throw new GraphQLError(PASSWORD_CHANGE_REQUIRED[contextValue.locale], {
            extensions: {
              code: 'PASSWORD_CHANGE_REQUIRED',
              messages: PASSWORD_CHANGE_REQUIRED,
              http: { status: 403 },
            },
          });
        },
      };
    },
  };
}
