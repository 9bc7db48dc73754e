import { audit } from '../../audit.ts';
import { notFound } from '../../errors.ts';
import { ASSESSMENT_ACCESS, assertCanChangeEvidence, holdEditableAssessment } from './access.ts';
import { type EvidenceContext, evidenceSnapshot } from './snapshot.ts';

/** Removes evidence; its stored file goes once the removal is committed (never before). */
export async function removeEvidence(context: EvidenceContext, id: string) {
  const removed = await context.db.$transaction(async (tx) => {
    const evidence = await tx.evidence.findUnique({
      where: { id },
      include: { assessment: ASSESSMENT_ACCESS },
    });
    if (!evidence) throw notFound({ vi: 'minh chứng', en: 'the evidence' });
    assertCanChangeEvidence(context.viewer, evidence.assessment);
    await holdEditableAssessment(tx, context.viewer, evidence.assessmentId);
    await tx.evidence.delete({ where: { id } });
    await audit(tx, context, {
      action: 'evidence.remove',
      entityType: 'Evidence',
      entityId: id,
      before: evidenceSnapshot(evidence),
    });
    return evidence;
  });
  if (removed.storageKey) {
    // The removal stands even if the disk refuses: a leftover file is unreachable and harmless.
    await context.evidence
      .delete(removed.storageKey)
      .catch((error: unknown) =>
        console.warn(`chiso: could not delete evidence file ${removed.storageKey}`, error),
      );
  }
  return removed;
}
