import { APP_ERROR_FIELDS, type AppError } from './errors.ts';

/** One piece of evidence (minh chứng): a stored file or a link. */
export interface Evidence {
  id: string;
  nodeCode: string;
  title: string;
  documentNumber: string | null;
  issuedOn: string | null;
  url: string | null;
  fileName: string | null;
  contentType: string | null;
  size: number | null;
  downloadUrl: string | null;
  createdAt: string | null;
}

const EVIDENCE_FIELDS =
  'id nodeCode title documentNumber issuedOn url fileName contentType size downloadUrl createdAt';

export const ASSESSMENT_EVIDENCE = `query AssessmentEvidence($id: ID!) {
  node(id: $id) { ... on Assessment { id evidence(first: 500) { edges { node { ${EVIDENCE_FIELDS} } } } } }
}`;

export const ATTACH_EVIDENCE_LINK = `mutation AttachEvidenceLink($assessmentId: ID!, $nodeCode: String!, $title: String!, $url: String!, $documentNumber: String, $issuedOn: Date) {
  attachEvidenceLink(assessmentId: $assessmentId, nodeCode: $nodeCode, title: $title, url: $url, documentNumber: $documentNumber, issuedOn: $issuedOn) {
    __typename
    ... on MutationAttachEvidenceLinkSuccess { data { ${EVIDENCE_FIELDS} } }
    ${APP_ERROR_FIELDS}
  }
}`;

export const REMOVE_EVIDENCE = `mutation RemoveEvidence($id: ID!) {
  removeEvidence(id: $id) {
    __typename
    ... on MutationRemoveEvidenceSuccess { data { id } }
    ${APP_ERROR_FIELDS}
  }
}`;

export interface EvidenceFields {
  title: string;
  documentNumber?: string;
  issuedOn?: string;
}

/** POST /evidence as multipart: the fields first, the file last (the server reads them in order). */
export async function uploadEvidence(
  assessmentId: string,
  nodeCode: string,
  fields: EvidenceFields,
  file: File,
  language: string,
): Promise<{ evidence: Evidence } | { error: AppError }> {
  const body = new FormData();
  body.append('assessmentId', assessmentId);
  body.append('nodeCode', nodeCode);
  body.append('title', fields.title);
  if (fields.documentNumber) body.append('documentNumber', fields.documentNumber);
  if (fields.issuedOn) body.append('issuedOn', fields.issuedOn);
  body.append('file', file, file.name);
  const response = await fetch('/evidence', {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { 'accept-language': language },
  });
  const json = (await response.json()) as { evidence?: Evidence; error?: Omit<AppError, '__typename'> };
  if (json.evidence) return { evidence: json.evidence };
  return { error: { __typename: 'AppError', ...(json.error as Omit<AppError, '__typename'>) } };
}

/** Evidence by criterion code. */
export function evidenceByCode(items: readonly Evidence[]): Map<string, Evidence[]> {
  const byCode = new Map<string, Evidence[]>();
  for (const item of items) byCode.set(item.nodeCode, [...(byCode.get(item.nodeCode) ?? []), item]);
  return byCode;
}
