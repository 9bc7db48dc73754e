import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** An account as the people page lists it and every account mutation answers it. */
export const UserFields = graphql(`
  fragment UserFields on User @_unmask {
    id email name role locale active mustChangePassword createdAt
    units { id code name }
  }
`);
export type UserRow = ResultOf<typeof UserFields>;

export const USERS = graphql(
  `
  query Users($search: String, $role: Role, $unitId: ID, $includeDeactivated: Boolean, $after: String) {
    users(search: $search, role: $role, unitId: $unitId, includeDeactivated: $includeDeactivated, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...UserFields } }
    }
  }
`,
  [UserFields],
);

/** Units to bind people to: the API's search, which ignores diacritics. */
export const UNIT_CHOICES = graphql(`
  query UnitChoices($search: String!) {
    units(search: $search, first: 20) { edges { node { id code name parent { name } } } }
  }
`);

export const CREATE_USER = graphql(
  `
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on CreateUserPayload { data { temporaryPassword user { ...UserFields } } }
      ...AppErrorFields
    }
  }
`,
  [UserFields, AppErrorFields],
);

export const UPDATE_USER = graphql(
  `
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      __typename
      ... on UpdateUserPayload { data { ...UserFields } }
      ...AppErrorFields
    }
  }
`,
  [UserFields, AppErrorFields],
);

export const DEACTIVATE_USER = graphql(
  `
  mutation DeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      __typename
      ... on DeactivateUserPayload { data { ...UserFields } }
      ...AppErrorFields
    }
  }
`,
  [UserFields, AppErrorFields],
);

export const REACTIVATE_USER = graphql(
  `
  mutation ReactivateUser($input: ReactivateUserInput!) {
    reactivateUser(input: $input) {
      __typename
      ... on ReactivateUserPayload { data { ...UserFields } }
      ...AppErrorFields
    }
  }
`,
  [UserFields, AppErrorFields],
);

export const RESET_PASSWORD = graphql(
  `
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      __typename
      ... on ResetUserPasswordPayload { data { temporaryPassword user { ...UserFields } } }
      ...AppErrorFields
    }
  }
`,
  [UserFields, AppErrorFields],
);

export const IMPORT_OFFICERS = graphql(
  `
  mutation ImportUnitOfficers($input: ImportUnitOfficersInput!) {
    importUnitOfficers(input: $input) {
      __typename
      ... on ImportUnitOfficersPayload {
        data { dryRun accounts { rows email name unitNames temporaryPassword userId } }
      }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);
export type ImportedAccount = NonNullable<
  Extract<ResultOf<typeof IMPORT_OFFICERS>['importUnitOfficers'], { data: unknown }>['data']
>['accounts'][number];
