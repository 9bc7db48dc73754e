import type { z } from 'zod';
import { assertCanChangeEvidence, findAssessment } from './access.ts';
import { type AttachEvidenceLinkInput, assertEvidenceNode, issuedOnDate } from './input.ts';
import { recordEvidence } from './record.ts';
import type { EvidenceContext } from './snapshot.ts';

/** The checked input (its output is a narrower input) and the assessment's raw UUID (the edges decode global IDs, see input.ts). */
export type AttachEvidenceLink = z.input<typeof AttachEvidenceLinkInput> & { assessmentId: string };

/** Evidence published elsewhere (a portal page, a document on the province's site): a link. */
export async function attachEvidenceLink(context: EvidenceContext, details: AttachEvidenceLink) {
  assertCanChangeEvidence(context.viewer, await findAssessment(context.db, details.assessmentId));
  await assertEvidenceNode(context.db, details.assessmentId, details.nodeCode);
  return context.db.$transaction((tx) =>
    recordEvidence(tx, context, {
      assessmentId: details.assessmentId,
      nodeCode: details.nodeCode,
      title: details.title,
      documentNumber: details.documentNumber ?? null,
      issuedOn: issuedOnDate(details.issuedOn),
      url: details.url,
    }),
  );
}
