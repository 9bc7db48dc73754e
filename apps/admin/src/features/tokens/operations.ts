import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql } from '../../graphql/graphql.ts';

export const TokenFields = graphql(`
  fragment TokenFields on ApiToken @_unmask {
    id name createdAt lastUsedAt revokedAt createdBy { id name }
  }
`);

export const API_TOKENS = graphql(
  `
  query ApiTokens { apiTokens { ...TokenFields } }
`,
  [TokenFields],
);

export const CREATE_API_TOKEN = graphql(
  `
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on CreateApiTokenPayload { data { secret token { ...TokenFields } } }
      ...AppErrorFields
    }
  }
`,
  [TokenFields, AppErrorFields],
);

export const REVOKE_API_TOKEN = graphql(
  `
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      __typename
      ... on RevokeApiTokenPayload { data { ...TokenFields } }
      ...AppErrorFields
    }
  }
`,
  [TokenFields, AppErrorFields],
);
