import type { Readable } from 'node:stream';
import { fileTypeRefused } from '../../evidence/errors.ts';
import { safeFileName } from '../../evidence/file-name.ts';
import { fileTypeByExtension } from '../../evidence/file-types.ts';
import type { StoredFile } from '../../evidence/store.ts';
import { parseInput } from '../validate.ts';
import { assertCanChangeEvidence, findAssessment } from './access.ts';
import { assertEvidenceNode, EvidenceFile, issuedOnDate } from './input.ts';
import { assertEvidenceRoom } from './quota.ts';
import { recordEvidence } from './record.ts';
import type { EvidenceContext } from './snapshot.ts';

export interface AttachEvidenceFileInput {
  /** Raw UUID (the edges decode global IDs, see input.ts). */
  assessmentId: string;
  nodeCode: string;
  title: string;
  documentNumber?: string | null | undefined;
  issuedOn?: string | null | undefined;
  /** As the client named it; only a cleaned copy is kept, for display. */
  fileName: string;
}

/**
 * Stores an uploaded file, then records it. Everything that can be checked before the upload is
 * (so a refused file is never stored); if recording fails, the stored file is deleted again.
 */
export async function attachEvidenceFile(
  context: EvidenceContext,
  input: AttachEvidenceFileInput,
  file: Readable,
) {
  const store = context.evidence;
  let stored: StoredFile | undefined;
  try {
    const details = parseInput(EvidenceFile, input);
    const fileName = safeFileName(details.fileName);
    const type = fileTypeByExtension(fileName);
    if (!type) throw fileTypeRefused(fileName);
    assertCanChangeEvidence(context.viewer, await findAssessment(context.db, details.assessmentId));
    await assertEvidenceNode(context.db, details.assessmentId, details.nodeCode);
    await assertEvidenceRoom(context.db, details.assessmentId);

    stored = await store.put(file, { fileName, contentType: type.contentType });
    const { key, size, sha256 } = stored;
    return await context.db.$transaction(async (tx) => {
      // Counted again with the file's size once it is known (it was streamed, not announced).
      await assertEvidenceRoom(tx, details.assessmentId, size);
      return recordEvidence(tx, context, {
        assessmentId: details.assessmentId,
        nodeCode: details.nodeCode,
        title: details.title,
        documentNumber: details.documentNumber ?? null,
        issuedOn: issuedOnDate(details.issuedOn),
        storageKey: key,
        fileName,
        contentType: type.contentType,
        size,
        sha256,
      });
    });
  } catch (error) {
    if (stored) {
      const { key } = stored;
      await store
        .delete(key)
        .catch((cause: unknown) => console.warn(`chiso: could not delete ${key}`, cause));
    }
    // A refusal before the upload was read: drain it so the request can still be answered.
    else file.resume();
    throw error;
  }
}
