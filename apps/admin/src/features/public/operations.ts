import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql } from '../../graphql/graphql.ts';
import { PeriodFields } from '../periods/operations.ts';

export const SET_PERIOD_PUBLIC = graphql(
  `
  mutation SetPeriodPublic($input: SetPeriodPublicInput!) {
    setPeriodPublic(input: $input) {
      __typename
      ... on SetPeriodPublicPayload { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);
