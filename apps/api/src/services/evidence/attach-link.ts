import { audit } from '../../audit.ts';
import { parseInput } from '../validate.ts';
import {
  ASSESSMENT_ACCESS,
  assertCanChangeEvidence,
  findAssessment,
  holdEditableAssessment,
} from './access.ts';
import { assertEvidenceNode, EvidenceLink } from './input.ts';
import { type EvidenceContext, evidenceSnapshot, uploaderId } from './snapshot.ts';

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
  return context.db.$transaction(async (tx) => {
    await holdEditableAssessment(tx, context.viewer, details.assessmentId);
    const evidence = await tx.evidence.create({
      data: {
        assessmentId: details.assessmentId,
        nodeCode: details.nodeCode,
        title: details.title,
        documentNumber: details.documentNumber ?? null,
        issuedOn: details.issuedOn ?? null,
        url: details.url,
        uploadedById: uploaderId(context),
      },
      include: { assessment: ASSESSMENT_ACCESS },
    });
    await audit(tx, context, {
      action: 'evidence.attach',
      entityType: 'Evidence',
      entityId: evidence.id,
      after: evidenceSnapshot(evidence),
    });
    return evidence;
  });
}
