import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** What the assessment lists show of one assessment. */
export const AssessmentSummaryFields = graphql(`
  fragment AssessmentSummaryFields on Assessment @_unmask {
    id status revision selfPoints reviewedPoints submittedAt approvedAt returnReason
    period { id code name status submissionDue }
    unit { id name }
    unitGroup { id name nameEn }
    version { id version set { code name { vi en } } }
  }
`);
export type AssessmentSummary = ResultOf<typeof AssessmentSummaryFields>;
export type AssessmentStatus = NonNullable<AssessmentSummary['status']>;

/** What the entry and review pages read: the summary, the version's document and the entries. */
export const AssessmentDetailFields = graphql(
  `
  fragment AssessmentDetailFields on Assessment @_unmask {
    ...AssessmentSummaryFields
    version { id version document set { code name { vi en } } }
    entries { nodeCode input explanation hasEvidence selfPoints reviewedPoints reviewerComment updatedAt }
  }
`,
  [AssessmentSummaryFields],
);
export type AssessmentDetail = ResultOf<typeof AssessmentDetailFields>;
export type AssessmentEntry = NonNullable<AssessmentDetail['entries']>[number];

/**
 * One row of an assessment list (the officer's own, the review queue). Masked: only AssessmentTable reads
 * it, through readFragment; a list reads the id and status it needs itself.
 */
export const AssessmentRowFields = graphql(`
  fragment AssessmentRowFields on Assessment {
    status selfPoints submittedAt
    period { code submissionDue }
    unit { name }
    unitGroup { name nameEn }
    version { version set { code name { vi en } } }
  }
`);

export const ASSESSMENTS = graphql(
  `
  query Assessments($status: AssessmentStatus, $periodId: ID) {
    assessments(first: 100, status: $status, periodId: $periodId) {
      edges { node { id status ...AssessmentRowFields } }
    }
  }
`,
  [AssessmentRowFields],
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
  mutation SaveEntries($input: SaveAssessmentEntriesInput!) {
    saveAssessmentEntries(input: $input) {
      __typename
      ... on SaveAssessmentEntriesPayload { data { ...AssessmentDetailFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentDetailFields, AppErrorFields],
);

export const SUBMIT = graphql(
  `
  mutation Submit($input: SubmitAssessmentInput!) {
    submitAssessment(input: $input) {
      __typename
      ... on SubmitAssessmentPayload { data { ...AssessmentDetailFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentDetailFields, AppErrorFields],
);
