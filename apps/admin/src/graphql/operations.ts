import { APP_ERROR_FIELDS } from './errors.ts';

export const ME = `query Me { me { id name email role locale unit { id name } } }`;

export const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on MutationSignInSuccess { data { id name role } }
    ${APP_ERROR_FIELDS}
  }
}`;

export const SIGN_OUT = `mutation SignOut { signOut }`;

export const CRITERIA_SETS = `query CriteriaSets {
  criteriaSets(first: 50) {
    edges { node { id code name { vi en } unitLevel supplements
      versions(first: 50) { edges { node { id version status publishedAt createdAt maxPoints criteriaCount valid } } } } }
  }
}`;

export const CRITERIA_VERSION = `query CriteriaVersion($id: ID!) {
  node(id: $id) {
    ... on CriteriaVersion { id version status publishedAt maxPoints criteriaCount valid document
      validation { path field message }
      set { code name { vi en } } }
  }
}`;

const ASSESSMENT_SUMMARY = `id status revision selfPoints reviewedPoints submittedAt approvedAt returnReason
  period { id code name status submissionDue }
  unit { id name }
  unitGroup { id name nameEn }
  version { id version set { code name { vi en } } }`;

export const ASSESSMENTS = `query Assessments($status: AssessmentStatus, $periodId: ID) {
  assessments(first: 100, status: $status, periodId: $periodId) { edges { node { ${ASSESSMENT_SUMMARY} } } }
}`;

const ASSESSMENT_DETAIL = `${ASSESSMENT_SUMMARY}
  version { id version document set { code name { vi en } } }
  entries { nodeCode input explanation hasEvidence selfPoints reviewedPoints reviewerComment updatedAt }`;

export const ASSESSMENT = `query Assessment($id: ID!) {
  node(id: $id) { ... on Assessment { ${ASSESSMENT_DETAIL} } }
}`;

export const SAVE_ENTRIES = `mutation SaveEntries($id: ID!, $revision: Int!, $entries: [AssessmentEntryInput!]!) {
  saveAssessmentEntries(assessmentId: $id, revision: $revision, entries: $entries) {
    __typename
    ... on MutationSaveAssessmentEntriesSuccess { data { ${ASSESSMENT_DETAIL} } }
    ${APP_ERROR_FIELDS}
  }
}`;

export const SUBMIT = `mutation Submit($id: ID!, $revision: Int!) {
  submitAssessment(id: $id, revision: $revision) {
    __typename
    ... on MutationSubmitAssessmentSuccess { data { ${ASSESSMENT_DETAIL} } }
    ${APP_ERROR_FIELDS}
  }
}`;

export const REVIEW_ENTRIES = `mutation Review($id: ID!, $revision: Int!, $adjustments: [ReviewAdjustmentInput!]!) {
  reviewAssessmentEntries(id: $id, revision: $revision, adjustments: $adjustments) {
    __typename
    ... on MutationReviewAssessmentEntriesSuccess { data { ${ASSESSMENT_DETAIL} } }
    ${APP_ERROR_FIELDS}
  }
}`;

export const RETURN = `mutation Return($id: ID!, $revision: Int!, $reason: String!) {
  returnAssessment(id: $id, revision: $revision, reason: $reason) {
    __typename
    ... on MutationReturnAssessmentSuccess { data { ${ASSESSMENT_DETAIL} } }
    ${APP_ERROR_FIELDS}
  }
}`;

export const APPROVE = `mutation Approve($id: ID!, $revision: Int!) {
  approveAssessment(id: $id, revision: $revision) {
    __typename
    ... on MutationApproveAssessmentSuccess { data { ${ASSESSMENT_DETAIL} } }
    ${APP_ERROR_FIELDS}
  }
}`;

export const RESULT_FILTERS = `query ResultFilters {
  periods(first: 50) { edges { node { id code name status publishedAt
    assignments { unitGroup { id } version { set { code name { vi en } supplements } } } } } }
  unitGroups { id code name nameEn position }
}`;

/** The ranking table: flat rows with categories only (the full result trees stay on the unit's page). */
export const GROUP_RANKING = `query GroupRanking($periodId: ID!, $unitGroupId: ID!, $setCode: String) {
  groupRanking(periodId: $periodId, unitGroupId: $unitGroupId, setCode: $setCode, by: TOTAL) {
    cohortSize categories { code name { vi en } }
    entries { assessmentId rank points maxPoints index band
      unit { id name type parentName }
      categories { code points maxPoints level notRanked notRankedReason } } }
}`;

export const BULK_APPROVE = `mutation BulkApprove($ids: [ID!]!) {
  bulkApproveAssessments(ids: $ids) {
    __typename
    ... on MutationBulkApproveAssessmentsSuccess { data { id status } }
    ${APP_ERROR_FIELDS}
  }
}`;
