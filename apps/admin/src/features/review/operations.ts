import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql } from '../../graphql/graphql.ts';
import { AssessmentStateFields } from '../assessments/operations.ts';

export const REVIEW_ENTRIES = graphql(
  `
  mutation Review($input: ReviewAssessmentEntriesInput!) {
    reviewAssessmentEntries(input: $input) {
      __typename
      ... on ReviewAssessmentEntriesPayload { data { ...AssessmentStateFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentStateFields, AppErrorFields],
);

export const RETURN = graphql(
  `
  mutation Return($input: ReturnAssessmentInput!) {
    returnAssessment(input: $input) {
      __typename
      ... on ReturnAssessmentPayload { data { ...AssessmentStateFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentStateFields, AppErrorFields],
);

export const APPROVE = graphql(
  `
  mutation Approve($input: ApproveAssessmentInput!) {
    approveAssessment(input: $input) {
      __typename
      ... on ApproveAssessmentPayload { data { ...AssessmentStateFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentStateFields, AppErrorFields],
);

export const BULK_APPROVE = graphql(
  `
  mutation BulkApprove($input: BulkApproveAssessmentsInput!) {
    bulkApproveAssessments(input: $input) {
      __typename
      ... on BulkApproveAssessmentsPayload { data { id status } }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

export const REOPEN = graphql(
  `
  mutation Reopen($input: ReopenAssessmentInput!) {
    reopenAssessment(input: $input) {
      __typename
      ... on ReopenAssessmentPayload { data { ...AssessmentStateFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentStateFields, AppErrorFields],
);

/**
 * The period's first submitted assessment in the queue's order: after a decision the one decided has left
 * the queue, so this is the next to review.
 */
export const NEXT_IN_QUEUE = graphql(`
  query NextInQueue($periodId: ID) {
    assessments(first: 1, status: SUBMITTED, periodId: $periodId) { edges { node { id unit { name } } } }
  }
`);
