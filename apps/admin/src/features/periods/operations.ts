import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** A period as the periods page lists it and every period mutation answers it. */
export const PeriodFields = graphql(`
  fragment PeriodFields on Period @_unmask {
    id code @_required name @_required kind @_required status @_required revision @_required
    startsOn @_required endsOn @_required submissionDue reviewDue publishedAt
    progress {
      total @_required draft @_required submitted @_required returned @_required approved @_required published @_required
    }
    assignments { unitGroup { id name @_required nameEn @_required } version { id version @_required set @_required { code @_required } } }
  }
`);
export type Period = ResultOf<typeof PeriodFields>;
export type PeriodProgress = NonNullable<Period['progress']>;

export const PERIODS = graphql(
  `
  query Periods {
    periods(first: 100) @_required { edges { node { ...PeriodFields } } }
  }
`,
  [PeriodFields],
);

export const ASSIGN_OPTIONS = graphql(`
  query AssignOptions {
    unitGroups @_required { id code @_required name @_required nameEn @_required position }
    criteriaSets(first: 50) @_required { edges { node { code @_required name @_required { vi @_required en @_required }
      versions(first: 50) @_required { edges { node { id version @_required status @_required } } } } } }
  }
`);

export const CREATE_PERIOD = graphql(
  `
  mutation CreatePeriod($code: String!, $name: String!, $kind: PeriodKind!, $startsOn: Date!, $endsOn: Date!, $submissionDue: Date, $reviewDue: Date) {
    createPeriod(code: $code, name: $name, kind: $kind, startsOn: $startsOn, endsOn: $endsOn, submissionDue: $submissionDue, reviewDue: $reviewDue) {
      __typename
      ... on MutationCreatePeriodSuccess { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

export const UPDATE_PERIOD = graphql(
  `
  mutation UpdatePeriod($id: ID!, $revision: Int!, $name: String, $submissionDue: Date, $reviewDue: Date) {
    updatePeriod(id: $id, revision: $revision, name: $name, submissionDue: $submissionDue, reviewDue: $reviewDue) {
      __typename
      ... on MutationUpdatePeriodSuccess { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

export const OPEN_PERIOD = graphql(
  `
  mutation OpenPeriod($id: ID!) {
    openPeriod(id: $id) {
      __typename
      ... on MutationOpenPeriodSuccess { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

export const CLOSE_PERIOD = graphql(
  `
  mutation ClosePeriod($id: ID!) {
    closePeriod(id: $id) {
      __typename
      ... on MutationClosePeriodSuccess { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

export const ASSIGN_VERSION = graphql(
  `
  mutation AssignVersion($periodId: ID!, $unitGroupId: ID!, $versionId: ID!) {
    assignCriteriaVersion(periodId: $periodId, unitGroupId: $unitGroupId, versionId: $versionId) {
      __typename
      ... on MutationAssignCriteriaVersionSuccess { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

export const UNASSIGN_VERSION = graphql(
  `
  mutation UnassignVersion($periodId: ID!, $unitGroupId: ID!, $versionId: ID!) {
    unassignCriteriaVersion(periodId: $periodId, unitGroupId: $unitGroupId, versionId: $versionId) {
      __typename
      ... on MutationUnassignCriteriaVersionSuccess { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

export const PUBLISH_RESULTS = graphql(
  `
  mutation PublishResults($periodId: ID!) {
    publishPeriodResults(periodId: $periodId) {
      __typename
      ... on MutationPublishPeriodResultsSuccess { data { cohortCount periodStatus publishedAt } }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);
