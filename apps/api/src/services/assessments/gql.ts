/** The operations the assessment tests send, written once. */
const ASSESSMENT_FIELDS = 'id status revision selfPoints reviewedPoints returnReason reopenReason';

const result = (name: string, fields = ASSESSMENT_FIELDS) =>
  `__typename ... on AppError { code message messages { vi en } issues { path message } } ... on ${name}Payload { data { ${fields} } }`;

export const SAVE = `mutation ($id: ID!, $revision: Int!, $entries: [AssessmentEntryInput!]!) {
  saveAssessmentEntries(input: { id: $id, revision: $revision, entries: $entries }) { ${result('SaveAssessmentEntries')} } }`;
export const SUBMIT = `mutation ($id: ID!, $revision: Int!) { submitAssessment(input: { id: $id, revision: $revision }) { ${result('SubmitAssessment')} } }`;
export const REVIEW = `mutation ($id: ID!, $revision: Int!, $adjustments: [ReviewAdjustmentInput!]!) {
  reviewAssessmentEntries(input: { id: $id, revision: $revision, adjustments: $adjustments }) { ${result('ReviewAssessmentEntries')} } }`;
export const RETURN = `mutation ($id: ID!, $revision: Int!, $reason: String!) { returnAssessment(input: { id: $id, revision: $revision, reason: $reason }) { ${result('ReturnAssessment')} } }`;
export const APPROVE = `mutation ($id: ID!, $revision: Int!) { approveAssessment(input: { id: $id, revision: $revision }) { ${result('ApproveAssessment')} } }`;
export const BULK_APPROVE = `mutation ($ids: [ID!]!) { bulkApproveAssessments(input: { ids: $ids }) { ${result('BulkApproveAssessments')} } }`;
export const PUBLISH = `mutation ($periodId: ID!) { publishPeriodResults(input: { id: $periodId }) {
  ${result('PublishPeriodResults', 'periodStatus cohortCount assessments { id status }')} } }`;
export const REOPEN = `mutation ($id: ID!, $reason: String!) { reopenAssessment(input: { id: $id, reason: $reason }) { ${result('ReopenAssessment')} } }`;

export const RESULT_FIELDS = `result { points maxPoints index rank band notRankedReasons { code category message }
  categories { code points maxPoints level notRanked levelText notRankedReason rank notRankedConditions { kind groups minPercent points maxPoints met text } }
  nodes(kind: CRITERION) { code path points maxPoints share }
  delta { previousPeriodCode previousPoints points nodes { code before after delta status } } }`;
