import { problem, scoredNodes } from '@chiso/scoring';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { type FieldIssue, issueAt, validationFailed } from '../../errors.ts';
import { assertWithinDeadline } from '../periods/deadlines.ts';
import { assertMayEdit, loadAssessment } from './access.ts';
import { loadCriteria } from './criteria.ts';
import { type AssessmentAt, assertRevision, assertStatus } from './transitions.ts';
import { claimRevision, reload } from './write.ts';

/**
 * The unit hands its self-assessment to the Sở: every scored node needs a figure, and every node
 * whose criterion asks for evidence needs evidence or a written explanation (the provinces' rule).
 */
export async function submitAssessment(context: Context, { id, revision }: AssessmentAt) {
  return context.db.$transaction(async (tx) => {
    const assessment = await loadAssessment(tx, id, context.viewer);
    assertMayEdit(context.viewer, assessment);
    assertStatus(assessment, ['DRAFT', 'RETURNED'], { vi: 'nộp phiếu', en: 'submit' });
    assertRevision(assessment, revision);
    await assertWithinDeadline(tx, context.viewer, assessment);

    const [entries, evidence] = await Promise.all([
      tx.assessmentEntry.findMany({ where: { assessmentId: id } }),
      tx.evidence.findMany({
        where: { assessmentId: id, nodeCode: { not: null } },
        select: { nodeCode: true },
      }),
    ]);
    const byCode = new Map(entries.map((entry) => [entry.nodeCode, entry]));
    const withEvidence = new Set(evidence.map((item) => item.nodeCode));
    const issues: FieldIssue[] = [];
    for (const node of scoredNodes(await loadCriteria(tx, assessment.version))) {
      const entry = byCode.get(node.code);
      if (entry?.input === null || entry?.input === undefined) {
        issues.push(issueAt(node.path, problem('VALUE_MISSING_FOR_SUBMIT', { code: node.code })));
      } else if (node.evidenceRequired && !withEvidence.has(node.code) && !entry.explanation?.trim()) {
        issues.push(issueAt(node.path, problem('EVIDENCE_MISSING_FOR_SUBMIT', { code: node.code })));
      }
    }
    if (issues.length > 0) {
      throw validationFailed(issues, {
        vi: `Chưa thể nộp phiếu: ${issues.length} tiêu chí còn thiếu số liệu hoặc thiếu minh chứng mà chưa có giải trình.`,
        en: `Cannot submit yet: ${issues.length} criteria lack a value, or lack evidence without a written explanation.`,
      });
    }

    await claimRevision(tx, assessment, { status: 'SUBMITTED', submittedAt: new Date() });
    const after = await reload(tx, id);
    await audit(tx, context, {
      action: 'assessment.submit',
      entityType: 'Assessment',
      entityId: id,
      before: { status: assessment.status, revision: assessment.revision },
      after: { status: after.status, revision: after.revision, submittedAt: after.submittedAt },
    });
    return after;
  });
}
