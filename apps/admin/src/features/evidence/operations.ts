import { type AppError, AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** One piece of evidence (minh chứng): a stored file or a link; POST /evidence answers the same fields. */
export const EvidenceItemFields = graphql(`
  fragment EvidenceItemFields on Evidence @_unmask {
    id nodeCode @_required title documentNumber issuedOn url fileName contentType size downloadUrl createdAt
  }
`);
export type Evidence = ResultOf<typeof EvidenceItemFields>;

export const ASSESSMENT_EVIDENCE = graphql(
  `
  query AssessmentEvidence($id: ID!) {
    node(id: $id) { __typename ... on Assessment { id evidence(first: 500) { edges { node { ...EvidenceItemFields } } } } }
  }
`,
  [EvidenceItemFields],
);

export const ATTACH_EVIDENCE_LINK = graphql(
  `
  mutation AttachEvidenceLink($input: AttachEvidenceLinkInput!) {
    attachEvidenceLink(input: $input) {
      __typename
      ... on AttachEvidenceLinkPayload { data { ...EvidenceItemFields } }
      ...AppErrorFields
    }
  }
`,
  [EvidenceItemFields, AppErrorFields],
);

export const REMOVE_EVIDENCE = graphql(
  `
  mutation RemoveEvidence($input: RemoveEvidenceInput!) {
    removeEvidence(input: $input) {
      __typename
      ... on RemoveEvidencePayload { data { id } }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

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
