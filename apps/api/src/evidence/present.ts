import type { Evidence } from '@chiso/db';
import { encodeGlobalID } from '@pothos/plugin-relay';

/** Where a stored file is downloaded (relative to the API's origin); null for a link. */
export function evidenceDownloadUrl(evidence: Pick<Evidence, 'id' | 'storageKey'>): string | null {
  return evidence.storageKey ? `/evidence/${encodeGlobalID('Evidence', evidence.id)}/file` : null;
}

/** The JSON the upload answers with: the fields of the GraphQL `Evidence` type. */
export function evidenceJson(evidence: Evidence) {
  return {
    id: encodeGlobalID('Evidence', evidence.id),
    nodeCode: evidence.nodeCode,
    title: evidence.title,
    documentNumber: evidence.documentNumber,
    issuedOn: evidence.issuedOn?.toISOString().slice(0, 10) ?? null,
    url: evidence.url,
    fileName: evidence.fileName,
    contentType: evidence.contentType,
    size: evidence.size,
    sha256: evidence.sha256,
    createdAt: evidence.createdAt.toISOString(),
    downloadUrl: evidenceDownloadUrl(evidence),
  };
}
