import type { Prisma, Tx } from '@chiso/db';
import { audit } from '../../audit.ts';
import { ASSESSMENT_ACCESS, holdEditableAssessment } from './access.ts';
import { type EvidenceContext, evidenceSnapshot, uploaderId } from './snapshot.ts';

/** Writes one piece of evidence (a file's or a link's) and its audit entry, the assessment held for editing. */
export async function recordEvidence(
  tx: Tx,
  context: EvidenceContext,
  data: Omit<Prisma.EvidenceUncheckedCreateInput, 'uploadedById'>,
) {
  await holdEditableAssessment(tx, context.viewer, data.assessmentId);
  const evidence = await tx.evidence.create({
    data: { ...data, uploadedById: uploaderId(context) },
    include: { assessment: ASSESSMENT_ACCESS },
  });
  await audit(tx, context, {
    action: 'evidence.attach',
    entityType: 'Evidence',
    entityId: evidence.id,
    after: evidenceSnapshot(evidence),
  });
  return evidence;
}
