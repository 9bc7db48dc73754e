import type { Evidence } from '@chiso/db';
import type { Context } from '../../context.ts';

/** What the evidence services need of a request: HTTP routes and GraphQL both provide it. */
export type EvidenceContext = Pick<Context, 'db' | 'viewer' | 'evidence'>;

/** The audit trail's copy of a piece of evidence (its row, without relations). */
export function evidenceSnapshot(evidence: Evidence) {
  const { id, assessmentId, nodeCode, title, documentNumber, issuedOn, url } = evidence;
  const { storageKey, fileName, contentType, size, sha256, uploadedById } = evidence;
  return {
    id,
    assessmentId,
    nodeCode,
    title,
    documentNumber,
    issuedOn: issuedOn?.toISOString().slice(0, 10) ?? null,
    url,
    storageKey,
    fileName,
    contentType,
    size,
    sha256,
    uploadedById,
  };
}

export const uploaderId = (context: EvidenceContext) =>
  context.viewer.kind === 'user' ? context.viewer.userId : null;
