/** The shapes the console reads (hand-written to match apps/api/schema.graphql). */
export type Role = 'ADMIN' | 'REVIEWER' | 'UNIT_OFFICER' | 'ANALYST';
export type AssessmentStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'PUBLISHED';

export interface Text {
  vi: string;
  en: string;
}

export interface Me {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: string | null;
  unit: { id: string; name: string } | null;
}

export interface AssessmentSummary {
  id: string;
  status: AssessmentStatus;
  revision: number;
  selfPoints: number | null;
  reviewedPoints: number | null;
  submittedAt: string | null;
  approvedAt: string | null;
  returnReason: string | null;
  period: { id: string; code: string; name: string; status: string; submissionDue: string | null } | null;
  unit: { id: string; name: string } | null;
  unitGroup: { id: string; name: string; nameEn: string } | null;
  version: { id: string; version: string; document?: unknown; set: { code: string; name: Text } } | null;
}

export interface AssessmentEntry {
  nodeCode: string;
  input: unknown;
  explanation: string | null;
  hasEvidence: boolean | null;
  selfPoints: number | null;
  reviewedPoints: number | null;
  reviewerComment: string | null;
  updatedAt: string | null;
}

export interface AssessmentDetail extends AssessmentSummary {
  entries: AssessmentEntry[] | null;
}

export interface Edges<T> {
  edges: Array<{ node: T }>;
}
