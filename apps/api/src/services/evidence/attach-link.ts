import { parseInput } from '../validate.ts';
import { assertCanChangeEvidence, findAssessment } from './access.ts';
import { assertEvidenceNode, EvidenceLink } from './input.ts';
import { recordEvidence } from './record.ts';
import type { EvidenceContext } from './snapshot.ts';

export interface AttachEvidenceLinkInput {
  /** Raw UUID (the edges decode global IDs, see input.ts). */
  assessmentId: string;
  nodeCode: string;
  title: string;
  url: string;
  documentNumber?: string | null | undefined;
  issuedOn?: string | null | undefined;
}

/** Evidence published elsewhere (a portal page, a document on the province's site): a link. */
export async function attachEvidenceLink(context: EvidenceContext, input: AttachEvidenceLinkInput) {
  // Who before what: someone else's assessment is FORBIDDEN whatever the rest of the input says.
  const { assessmentId } = parseInput(EvidenceLink.pick({ assessmentId: true }), input);
  assertCanChangeEvidence(context.viewer, await findAssessment(context.db, assessmentId));
  const details = parseInput(EvidenceLink, input);
  await assertEvidenceNode(context.db, details.assessmentId, details.nodeCode);
  return context.db.$transaction((tx) =>
    recordEvidence(tx, context, {
      assessmentId: details.assessmentId,
      nodeCode: details.nodeCode,
      title: details.title,
      documentNumber: details.documentNumber ?? null,
      issuedOn: details.issuedOn ?? null,
      url: details.url,
    }),
  );
}
