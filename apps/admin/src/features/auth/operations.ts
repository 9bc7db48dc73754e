import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

export const ME = graphql(`
  query Me { me { id name @_required email @_required role @_required locale unit { id name @_required } } }
`);
export type Me = NonNullable<ResultOf<typeof ME>['me']>;
export type Role = NonNullable<Me['role']>;

export const SIGN_IN = graphql(
  `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      __typename
      ... on MutationSignInSuccess { data { id name role } }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

export const SIGN_OUT = graphql(`
  mutation SignOut { signOut }
`);
