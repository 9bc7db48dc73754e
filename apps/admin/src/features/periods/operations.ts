import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';
import { JobFields } from '../../graphql/job-state.ts';

/** A period as the periods page lists it and every period mutation answers it. */
export const PeriodFields = graphql(`
  fragment PeriodFields on Period @_unmask {
    id code provinceCode name kind status revision
    startsOn endsOn submissionDue reviewDue publishedAt isPublic
    progress {
      total draft submitted returned approved published
    }
    assignments { unitGroup { id name nameEn } version { id version set { code } } }
  }
`);
export type Period = ResultOf<typeof PeriodFields>;
export type PeriodProgress = NonNullable<Period['progress']>;

export const PERIODS = graphql(
  `
  query Periods {
    periods(first: 100) { edges { node { ...PeriodFields overdueAssessments { id } } } }
  }
`,
  [PeriodFields],
);

export const ASSIGN_OPTIONS = graphql(`
  query AssignOptions {
    unitGroups { id code name nameEn position }
    criteriaSets(first: 50) { edges { node { code name { vi en }
      versions(first: 50) { edges { node { id version status } } } } } }
  }
`);

export const CREATE_PERIOD = graphql(
  `
  mutation CreatePeriod($input: CreatePeriodInput!) {
    createPeriod(input: $input) {
      __typename
      ... on CreatePeriodPayload { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

export const UPDATE_PERIOD = graphql(
  `
  mutation UpdatePeriod($input: UpdatePeriodInput!) {
    updatePeriod(input: $input) {
      __typename
      ... on UpdatePeriodPayload { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

export const OPEN_PERIOD = graphql(
  `
  mutation OpenPeriod($input: OpenPeriodInput!) {
    openPeriod(input: $input) {
      __typename
      ... on OpenPeriodPayload { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

export const CLOSE_PERIOD = graphql(
  `
  mutation ClosePeriod($input: ClosePeriodInput!) {
    closePeriod(input: $input) {
      __typename
      ... on ClosePeriodPayload { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

export const ASSIGN_VERSION = graphql(
  `
  mutation AssignVersion($input: AssignCriteriaVersionInput!) {
    assignCriteriaVersion(input: $input) {
      __typename
      ... on AssignCriteriaVersionPayload { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

export const UNASSIGN_VERSION = graphql(
  `
  mutation UnassignVersion($input: UnassignCriteriaVersionInput!) {
    unassignCriteriaVersion(input: $input) {
      __typename
      ... on UnassignCriteriaVersionPayload { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

export const PUBLISH_RESULTS = graphql(
  `
  mutation PublishResults($input: PublishPeriodResultsInput!) {
    publishPeriodResults(input: $input) {
      __typename
      ... on PublishPeriodResultsPayload { data { cohortCount notSubmittedCount periodStatus publishedAt } }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

/** A publication still at work in the background (JOB_UNFINISHED): its job, and once done its answer. */
export const PUBLICATION_JOB = graphql(
  `
  query PublicationJob($id: ID!) {
    job(id: $id) { ...JobFields publication { cohortCount notSubmittedCount periodStatus publishedAt } }
  }
`,
  [JobFields],
);

export const REOPEN_PERIOD = graphql(
  `
  mutation ReopenPeriod($input: ReopenPeriodInput!) {
    reopenPeriod(input: $input) {
      __typename
      ... on ReopenPeriodPayload { data { ...PeriodFields } }
      ...AppErrorFields
    }
  }
`,
  [PeriodFields, AppErrorFields],
);

/**
 * Who is late in a period, and who was given more time. By id: a code names a period within its
 * province only, and a national admin sees every province's.
 */
export const PERIOD_DEADLINES = graphql(`
  query PeriodDeadlines($id: ID!) {
    node(id: $id) {
      __typename
      ... on Period {
        id status submissionDue
        overdueAssessments { id status unit { id name } unitGroup { id name nameEn } }
        extensions { unit { id name } dueOn reason grantedBy updatedAt }
      }
    }
  }
`);

export const GRANT_EXTENSION = graphql(
  `
  mutation GrantExtension($input: GrantDeadlineExtensionInput!) {
    grantDeadlineExtension(input: $input) {
      __typename
      ... on GrantDeadlineExtensionPayload { data { id } }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

export const REVOKE_EXTENSION = graphql(
  `
  mutation RevokeExtension($input: RevokeDeadlineExtensionInput!) {
    revokeDeadlineExtension(input: $input) {
      __typename
      ... on RevokeDeadlineExtensionPayload { data { id } }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

/** Units of a period found by name or code (diacritics optional), to give one of them more time. */
export const PERIOD_UNITS = graphql(`
  query PeriodUnits($periodId: ID!, $search: String!) {
    assessments(first: 10, periodId: $periodId, search: $search) {
      edges { node { id status unit { id name code } } }
    }
  }
`);
