import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** What the assessment lists show of one assessment. */
export const AssessmentSummaryFields = graphql(`
  fragment AssessmentSummaryFields on Assessment @_unmask {
    id status revision selfPoints reviewedPoints submittedAt approvedAt returnReason dueOn overdue
    period { id code name status submissionDue }
    unit { id name }
    unitGroup { id name nameEn }
    version { id revision version set { code name { vi en } } }
  }
`);
export type AssessmentSummary = ResultOf<typeof AssessmentSummaryFields>;
export type AssessmentStatus = NonNullable<AssessmentSummary['status']>;

/**
 * An assessment as the entry and review pages keep it: what they read when they open (`ASSESSMENT`) and
 * what every mutation of theirs answers. Without its version's criteria document (20–105 kB for the
 * demo's sets), which the console reads apart, once per version (`CRITERIA_DOCUMENT`): a version never
 * changes under its assessment (published versions are immutable), so sending it with every open made
 * each open three to five times larger for nothing.
 */
export const AssessmentStateFields = graphql(
  `
  fragment AssessmentStateFields on Assessment @_unmask {
    ...AssessmentSummaryFields
    entries { nodeCode input explanation hasEvidence selfPoints reviewedPoints reviewerComment updatedAt }
  }
`,
  [AssessmentSummaryFields],
);
export type AssessmentState = ResultOf<typeof AssessmentStateFields>;
export type AssessmentEntry = NonNullable<AssessmentState['entries']>[number];

/**
 * One row of an assessment list (the officer's own, the review queue). Masked: only AssessmentTable reads
 * it, through readFragment; a list reads the id and status it needs itself.
 */
export const AssessmentRowFields = graphql(`
  fragment AssessmentRowFields on Assessment {
    status selfPoints submittedAt dueOn overdue
    period { code submissionDue }
    unit { name }
    unitGroup { name nameEn }
    version { version set { code name { vi en } } }
  }
`);

/** One page of an assessment list, with the filters' total and cursors to move on. */
export const ASSESSMENTS = graphql(
  `
  query Assessments($status: AssessmentStatus, $periodId: ID, $unitGroupId: ID, $search: String, $first: Int!, $after: String) {
    assessments(first: $first, after: $after, status: $status, periodId: $periodId, unitGroupId: $unitGroupId, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id status ...AssessmentRowFields } }
    }
  }
`,
  [AssessmentRowFields],
);

/** What the lists filter by: periods, latest first, and unit groups. */
export const ASSESSMENT_FILTERS = graphql(`
  query AssessmentFilters {
    periods(first: 50) { edges { node { id code } } }
    unitGroups { id name nameEn }
  }
`);

export const ASSESSMENT = graphql(
  `
  query Assessment($id: ID!) {
    node(id: $id) { __typename ... on Assessment { ...AssessmentStateFields } }
  }
`,
  [AssessmentStateFields],
);

/**
 * A criteria version's document, by the version's id: (id, revision) names one document for good
 * (drafts bump their revision on every edit, published versions never change), so the console reads it
 * once and keeps it (`useCriteriaDocument`).
 */
export const CRITERIA_DOCUMENT = graphql(`
  query CriteriaDocument($id: ID!) {
    node(id: $id) { __typename ... on CriteriaVersion { id revision document } }
  }
`);

export const SAVE_ENTRIES = graphql(
  `
  mutation SaveEntries($input: SaveAssessmentEntriesInput!) {
    saveAssessmentEntries(input: $input) {
      __typename
      ... on SaveAssessmentEntriesPayload { data { ...AssessmentStateFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentStateFields, AppErrorFields],
);

export const SUBMIT = graphql(
  `
  mutation Submit($input: SubmitAssessmentInput!) {
    submitAssessment(input: $input) {
      __typename
      ... on SubmitAssessmentPayload { data { ...AssessmentStateFields } }
      ...AppErrorFields
    }
  }
`,
  [AssessmentStateFields, AppErrorFields],
);
