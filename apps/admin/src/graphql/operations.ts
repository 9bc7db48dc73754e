import { AppErrorFields } from './errors.ts';
import { graphql, type ResultOf } from './graphql.ts';

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

export const CRITERIA_SETS = graphql(`
  query CriteriaSets {
    criteriaSets(first: 50) @_required {
      edges { node { id code @_required name @_required { vi @_required en @_required } unitLevel @_required supplements
        versions(first: 50) { edges { node { id version @_required status @_required publishedAt createdAt maxPoints criteriaCount valid } } } } }
    }
  }
`);

/** What the assessment lists show of one assessment. */
export const AssessmentSummaryFields = graphql(`
  fragment AssessmentSummaryFields on Assessment @_unmask {
    id status @_required revision @_required selfPoints reviewedPoints submittedAt approvedAt returnReason
    period { id code @_required name @_required status @_required submissionDue }
    unit { id name @_required }
    unitGroup { id name @_required nameEn @_required }
    version { id version @_required set @_required { code @_required name @_required { vi @_required en @_required } } }
  }
`);
export type AssessmentSummary = ResultOf<typeof AssessmentSummaryFields>;
export type AssessmentStatus = NonNullable<AssessmentSummary['status']>;

/** What the entry and review pages read: the summary, the version's document and the entries. */
export const AssessmentDetailFields = graphql(
  `
  fragment AssessmentDetailFields on Assessment @_unmask {
    ...AssessmentSummaryFields
    version { id version @_required document set @_required { code @_required name @_required { vi @_required en @_required } } }
    entries { nodeCode @_required input explanation hasEvidence selfPoints reviewedPoints reviewerComment updatedAt }
  }
`,
  [AssessmentSummaryFields],
);
export type AssessmentDetail = ResultOf<typeof AssessmentDetailFields>;
export type AssessmentEntry = NonNullable<AssessmentDetail['entries']>[number];

export const ASSESSMENTS = graphql(
  `
  query Assessments($status: AssessmentStatus, $periodId: ID) {
    assessments(first: 100, status: $status, periodId: $periodId) @_required { edges { node { ...AssessmentSummaryFields } } }
  }
`,
  [AssessmentSummaryFields],
);

export const ASSESSMENT = graphql(
  `
  query Assessment($id: ID!) {
    node(id: $id) { __typename ... on Assessment { ...AssessmentDetailFields } }
  }
`,
  [AssessmentDetailFields],
);

export const SAVE_ENTRIES = graphql(
  `
  mutation SaveEntries($id: ID!, $revision: Int!, $entries: [AssessmentEntryInput!]!) {
    saveAssessmentEntries(assessmentId: $id, revision: $revision, entries: $entries) {
      __typename
      ... on MutationSaveAssessmentEntriesSuccess { data { ...AssessmentDetailFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentDetailFields, AppErrorFields],
);

export const SUBMIT = graphql(
  `
  mutation Submit($id: ID!, $revision: Int!) {
    submitAssessment(id: $id, revision: $revision) {
      __typename
      ... on MutationSubmitAssessmentSuccess { data { ...AssessmentDetailFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentDetailFields, AppErrorFields],
);

export const REVIEW_ENTRIES = graphql(
  `
  mutation Review($id: ID!, $revision: Int!, $adjustments: [ReviewAdjustmentInput!]!) {
    reviewAssessmentEntries(id: $id, revision: $revision, adjustments: $adjustments) {
      __typename
      ... on MutationReviewAssessmentEntriesSuccess { data { ...AssessmentDetailFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentDetailFields, AppErrorFields],
);

export const RETURN = graphql(
  `
  mutation Return($id: ID!, $revision: Int!, $reason: String!) {
    returnAssessment(id: $id, revision: $revision, reason: $reason) {
      __typename
      ... on MutationReturnAssessmentSuccess { data { ...AssessmentDetailFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentDetailFields, AppErrorFields],
);

export const APPROVE = graphql(
  `
  mutation Approve($id: ID!, $revision: Int!) {
    approveAssessment(id: $id, revision: $revision) {
      __typename
      ... on MutationApproveAssessmentSuccess { data { ...AssessmentDetailFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentDetailFields, AppErrorFields],
);

export const RESULT_FILTERS = graphql(`
  query ResultFilters {
    periods(first: 50) @_required { edges { node { id code @_required name @_required status @_required publishedAt
      assignments { unitGroup { id } version { set @_required { code @_required name @_required { vi @_required en @_required } supplements } } } } } }
    unitGroups @_required { id code @_required name @_required nameEn @_required position }
  }
`);

/** The ranking table: flat rows with categories only (the full result trees stay on the unit's page). */
export const GROUP_RANKING = graphql(`
  query GroupRanking($periodId: ID!, $unitGroupId: ID!, $setCode: String) {
    groupRanking(periodId: $periodId, unitGroupId: $unitGroupId, setCode: $setCode, by: TOTAL) {
      cohortSize @_required categories @_required { code @_required name @_required { vi @_required en @_required } }
      entries @_required { assessmentId @_required rank points @_required maxPoints @_required index @_required band
        unit @_required { id name @_required type @_required parentName }
        categories @_required {
          code @_required points @_required maxPoints @_required level notRanked @_required notRankedReason
        } } }
  }
`);
export type GroupRanking = NonNullable<ResultOf<typeof GROUP_RANKING>['groupRanking']>;
export type RankingEntry = GroupRanking['entries'][number];
export type CategoryStanding = RankingEntry['categories'][number];
export type ResultFilters = ResultOf<typeof RESULT_FILTERS>;

export const BULK_APPROVE = graphql(
  `
  mutation BulkApprove($ids: [ID!]!) {
    bulkApproveAssessments(ids: $ids) {
      __typename
      ... on MutationBulkApproveAssessmentsSuccess { data { id status } }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);
