import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** What the assessment lists show of one assessment. */
export const AssessmentSummaryFields = graphql(`
  fragment AssessmentSummaryFields on Assessment @_unmask {
    id status revision selfPoints reviewedPoints submittedAt approvedAt returnReason dueOn overdue
    period { id code name status submissionDue }
    unit { id name }
    unitGroup { id name nameEn }
    version { id version set { code name { vi en } } }
  }
`);
export type AssessmentSummary = ResultOf<typeof AssessmentSummaryFields>;
export type AssessmentStatus = NonNullable<AssessmentSummary['status']>;

/**
 * An assessment as the entry and review pages keep it, without its version's criteria document: what
 * every mutation of those pages answers. A version never changes under its assessment (published
 * versions are immutable), so the document read when the page opened stays right; sending it again with
 * each autosave cost 70–150 kB a save (`withAnswer` merges an answer into the page's assessment).
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

/** What the entry and review pages read when they open (the `ASSESSMENT` query): the state and the document. */
export const AssessmentDetailFields = graphql(
  `
  fragment AssessmentDetailFields on Assessment @_unmask {
    ...AssessmentStateFields
    version { document }
  }
`,
  [AssessmentStateFields],
);
export type AssessmentDetail = ResultOf<typeof AssessmentDetailFields>;

/** The page's assessment with a mutation's answer in it: the answer's state, the version as it was read. */
export const withAnswer = (opened: AssessmentDetail, answer: AssessmentState): AssessmentDetail => ({
  ...answer,
  version: opened.version,
});

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
