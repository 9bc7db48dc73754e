import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

export const ME = graphql(`
  query Me { me { id name email role locale mustChangePassword province { id name } units { id name } } }
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

export const CHANGE_OWN_PASSWORD = graphql(
  `
  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {
    changeOwnPassword(input: $input) {
      __typename
      ... on ChangeOwnPasswordPayload { data { id mustChangePassword } }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

export const SIGN_OUT = graphql(`
  mutation SignOut { signOut }
`);
