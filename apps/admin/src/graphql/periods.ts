import { APP_ERROR_FIELDS } from './errors.ts';

export interface PeriodProgress {
  total: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
  published: number;
}

export interface Period {
  id: string;
  code: string;
  name: string;
  kind: 'HALF_YEAR' | 'YEAR';
  status: 'DRAFT' | 'OPEN' | 'CLOSED' | 'PUBLISHED';
  revision: number;
  startsOn: string;
  endsOn: string;
  submissionDue: string | null;
  reviewDue: string | null;
  publishedAt: string | null;
  progress: PeriodProgress | null;
  assignments: Array<{
    unitGroup: { id: string; name: string; nameEn: string } | null;
    version: { id: string; version: string; set: { code: string } } | null;
  }> | null;
}

const PERIOD_FIELDS = `id code name kind status revision startsOn endsOn submissionDue reviewDue publishedAt
  progress { total draft submitted returned approved published }
  assignments { unitGroup { id name nameEn } version { id version set { code } } }`;

export const PERIODS = `query Periods {
  periods(first: 100) { edges { node { ${PERIOD_FIELDS} } } }
}`;

export const ASSIGN_OPTIONS = `query AssignOptions {
  unitGroups { id code name nameEn position }
  criteriaSets(first: 50) { edges { node { code name { vi en }
    versions(first: 50) { edges { node { id version status } } } } } }
}`;

const periodMutation = (
  name: string,
  field: string,
  args: string,
  params: string,
) => `mutation ${name}(${params}) {
  ${field}(${args}) {
    __typename
    ... on ${`Mutation${field[0]?.toUpperCase()}${field.slice(1)}Success`} { data { ${PERIOD_FIELDS} } }
    ${APP_ERROR_FIELDS}
  }
}`;

export const CREATE_PERIOD = periodMutation(
  'CreatePeriod',
  'createPeriod',
  'code: $code, name: $name, kind: $kind, startsOn: $startsOn, endsOn: $endsOn, submissionDue: $submissionDue, reviewDue: $reviewDue',
  '$code: String!, $name: String!, $kind: PeriodKind!, $startsOn: Date!, $endsOn: Date!, $submissionDue: Date, $reviewDue: Date',
);
export const UPDATE_PERIOD = periodMutation(
  'UpdatePeriod',
  'updatePeriod',
  'id: $id, revision: $revision, name: $name, submissionDue: $submissionDue, reviewDue: $reviewDue',
  '$id: ID!, $revision: Int!, $name: String, $submissionDue: Date, $reviewDue: Date',
);
export const OPEN_PERIOD = periodMutation('OpenPeriod', 'openPeriod', 'id: $id', '$id: ID!');
export const CLOSE_PERIOD = periodMutation('ClosePeriod', 'closePeriod', 'id: $id', '$id: ID!');
export const ASSIGN_VERSION = periodMutation(
  'AssignVersion',
  'assignCriteriaVersion',
  'periodId: $periodId, unitGroupId: $unitGroupId, versionId: $versionId',
  '$periodId: ID!, $unitGroupId: ID!, $versionId: ID!',
);
export const UNASSIGN_VERSION = periodMutation(
  'UnassignVersion',
  'unassignCriteriaVersion',
  'periodId: $periodId, unitGroupId: $unitGroupId, versionId: $versionId',
  '$periodId: ID!, $unitGroupId: ID!, $versionId: ID!',
);

export const PUBLISH_RESULTS = `mutation PublishResults($periodId: ID!) {
  publishPeriodResults(periodId: $periodId) {
    __typename
    ... on MutationPublishPeriodResultsSuccess { data { cohortCount periodStatus publishedAt } }
    ${APP_ERROR_FIELDS}
  }
}`;
