import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

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

/**
 * One row of an assessment list (the officer's own, the review queue). Masked: only AssessmentTable reads
 * it, through readFragment; a list reads the id and status it needs itself.
 */
export const AssessmentRowFields = graphql(`
  fragment AssessmentRowFields on Assessment {
    status @_required selfPoints submittedAt
    period { code @_required submissionDue }
    unit { name @_required }
    unitGroup { name @_required nameEn @_required }
    version { version @_required set @_required { code @_required name @_required { vi @_required en @_required } } }
  }
`);

export const ASSESSMENTS = graphql(
  `
  query Assessments($status: AssessmentStatus, $periodId: ID) {
    assessments(first: 100, status: $status, periodId: $periodId) @_required {
      edges { node { id status @_required ...AssessmentRowFields } }
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
