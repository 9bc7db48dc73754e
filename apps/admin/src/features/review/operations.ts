import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql } from '../../graphql/graphql.ts';
import { AssessmentDetailFields } from '../assessments/operations.ts';

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
