/**
 * What `pnpm bench:load`'s people send: the console's own documents for the entry and review pages
 * (apps/admin/src/features/assessments and review: the same fields, so the load costs what a browser's
 * does — the assessment without its criteria document when a page opens and in every mutation's answer,
 * the document once per version a browser opens), and the admin's preparation.
 */

/** The console's AssessmentStateFields: what the pages read when they open and what their mutations answer. */
const STATE = `fragment State on Assessment {
  id status revision selfPoints reviewedPoints submittedAt approvedAt returnReason dueOn overdue
  period { id code name status submissionDue }
  unit { id name }
  unitGroup { id name nameEn }
  version { id revision version set { code name { vi en } } }
  entries { nodeCode input explanation hasEvidence selfPoints reviewedPoints reviewerComment updatedAt }
}`;

const APP_ERROR = `fragment Problem on AppError { __typename code message messages { vi en } issues { path code messages { vi en } } jobId }`;

export const ASSESSMENT = `query Assessment($id: ID!) {
  node(id: $id) { __typename ... on Assessment { ...State } } } ${STATE}`;

/** The console's CRITERIA_DOCUMENT: a version's document, read once per browser (useCriteriaDocument). */
export const CRITERIA_DOCUMENT = `query CriteriaDocument($id: ID!) {
  node(id: $id) { __typename ... on CriteriaVersion { id revision document } } }`;

export const SAVE_ENTRIES = `mutation SaveEntries($input: SaveAssessmentEntriesInput!) {
  saveAssessmentEntries(input: $input) {
    __typename ... on SaveAssessmentEntriesPayload { data { ...State } } ...Problem } } ${STATE} ${APP_ERROR}`;

export const REVIEW = `mutation Review($input: ReviewAssessmentEntriesInput!) {
  reviewAssessmentEntries(input: $input) {
    __typename ... on ReviewAssessmentEntriesPayload { data { ...State } } ...Problem } } ${STATE} ${APP_ERROR}`;

export const APPROVE = `mutation Approve($input: ApproveAssessmentInput!) {
  approveAssessment(input: $input) {
    __typename ... on ApproveAssessmentPayload { data { ...State } } ...Problem } } ${STATE} ${APP_ERROR}`;

/** The review queue's page, as the console's assessment list asks it. */
export const QUEUE = `query Queue($periodId: ID, $first: Int!) {
  assessments(first: $first, status: SUBMITTED, periodId: $periodId) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status revision selfPoints submittedAt dueOn overdue
      period { code submissionDue } unit { name } unitGroup { name nameEn }
      version { version set { code name { vi en } } } } } } }`;

/** The admin's edit that makes every cached comparison stale (a unit group's name is shown beside results). */
export const RENAME_GROUP = `mutation Rename($input: UpdateUnitGroupInput!) {
  updateUnitGroup(input: $input) { __typename ...Problem } } ${APP_ERROR}`;

/** Editable assessments of the open period, with their units' codes (for the officer sheet). */
export const EDITABLE = `query Editable($periodId: ID!, $status: AssessmentStatus!, $after: String) {
  assessments(first: 100, after: $after, status: $status, periodId: $periodId) {
    pageInfo { hasNextPage endCursor } edges { node { id unit { id code name } } } } }`;

export const IMPORT_OFFICERS = `mutation Import($input: ImportUnitOfficersInput!) {
  importUnitOfficers(input: $input) { __typename
    ... on ImportUnitOfficersPayload { data { accounts { email temporaryPassword unitIds } } } ...Problem } } ${APP_ERROR}`;

export const CREATE_USER = `mutation Create($input: CreateUserInput!) {
  createUser(input: $input) { __typename ... on CreateUserPayload { data { temporaryPassword } } ...Problem } } ${APP_ERROR}`;

export const CHANGE_PASSWORD = `mutation Change($input: ChangeOwnPasswordInput!) {
  changeOwnPassword(input: $input) { __typename ...Problem } } ${APP_ERROR}`;
