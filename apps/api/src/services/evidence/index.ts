export { ASSESSMENT_ACCESS, assertCanSee, canSeeAssessment } from './access.ts';
export { attachEvidenceFile } from './attach-file.ts';
export { attachEvidenceLink } from './attach-link.ts';
export { AttachEvidenceLinkInput, rawId } from './input.ts';
export { removeEvidence } from './remove.ts';
export type { EvidenceContext } from './snapshot.ts';
