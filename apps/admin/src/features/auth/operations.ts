import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

export const ME = graphql(`
  query Me { me { id name email role locale unit { id name } } }
`);
export type Me = NonNullable<ResultOf<typeof ME>['me']>;
export type Role = NonNullable<Me['role']>;

export const SIGN_IN = graphql(
  `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInPayload { data { id name role } }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

export const SIGN_OUT = graphql(`
  mutation SignOut { signOut }
`);
