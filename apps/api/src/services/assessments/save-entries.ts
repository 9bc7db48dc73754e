import { upsertEntries } from '@chiso/db/results';
import { problem, problemFlag, scoredNodesByCode } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { type FieldIssue, issueAt, validationFailed } from '../../errors.ts';
import { assertWithinDeadline } from '../periods/deadlines.ts';
import { assertMayEdit, loadAssessment } from './access.ts';
import { loadCriteria } from './criteria.ts';
import { checkInput } from './inputs.ts';
import { pointsByCode, scoreEntries } from './score.ts';
import { assertRevision, assertStatus, RevisionInput } from './transitions.ts';
import { claimRevision, reload } from './write.ts';

/** saveAssessmentEntries' input besides the assessment; each value is checked against its rule later. */
export const SaveAssessmentEntriesInput = RevisionInput.extend({
  entries: z
    .array(
      z.object({
        nodeCode: z.string().trim().min(1),
        /** null clears a value; absent keeps the stored one. */
        input: z.unknown().optional(),
        explanation: z.string().trim().max(4000).nullish(),
      }),
    )
    .min(1, problemFlag('ENTRIES_REQUIRED'))
    .max(500),
});

/** A unit officer records figures (and explanations) for some nodes; the preview is rescored. */
export async function saveAssessmentEntries(
  context: Context,
  { assessmentId, revision, entries }: { assessmentId: string } & z.output<typeof SaveAssessmentEntriesInput>,
) {
  return context.db.$transaction(async (tx) => {
    const assessment = await loadAssessment(tx, assessmentId, context.viewer);
    // Who before what: someone else's assessment is FORBIDDEN whatever its values say.
    assertMayEdit(context.viewer, assessment);
    assertStatus(assessment, ['DRAFT', 'RETURNED'], { vi: 'sửa số liệu', en: 'edit entries' });
    assertRevision(assessment, revision);
    await assertWithinDeadline(tx, context.viewer, assessment);

    const set = await loadCriteria(tx, assessment.version);
    const nodes = scoredNodesByCode(set);
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const node = nodes.get(entry.nodeCode);
      if (!node) {
        issues.push(
          issueAt(`entries.${index}.nodeCode`, problem('NODE_NOT_SCORED', { code: entry.nodeCode })),
        );
      } else if (seen.has(entry.nodeCode)) {
        issues.push(issueAt(node.path, problem('NODE_GIVEN_TWICE', { code: entry.nodeCode })));
      } else if (entry.input !== undefined && entry.input !== null) {
        const issue = checkInput(node, entry.input);
        if (issue) issues.push(issue);
      }
      seen.add(entry.nodeCode);
    });
    if (issues.length > 0) throw validationFailed(issues);

    const before = await tx.assessmentEntry.findMany({ where: { assessmentId } });
    const merged = new Map(before.map((entry) => [entry.nodeCode, { ...entry }]));
    for (const entry of entries) {
      const current = merged.get(entry.nodeCode);
      merged.set(entry.nodeCode, {
        ...(current ?? { nodeCode: entry.nodeCode, reviewedPoints: null, reviewerComment: null }),
        input: entry.input === undefined ? (current?.input ?? null) : entry.input,
        explanation:
          entry.explanation === undefined ? (current?.explanation ?? null) : entry.explanation || null,
      } as (typeof before)[number]);
    }
    const result = scoreEntries(set, [...merged.values()], { reviewed: false });
    const points = pointsByCode(result);

    await claimRevision(tx, assessment, { selfPoints: result.points });
    await upsertEntries(
      tx,
      entries.map(({ nodeCode }) => {
        const stored = merged.get(nodeCode) as (typeof before)[number];
        const hasInput = stored.input !== null && stored.input !== undefined;
        return {
          assessmentId,
          nodeCode,
          input: hasInput ? stored.input : null,
          explanation: stored.explanation ?? null,
          selfPoints: hasInput ? (points.get(nodeCode) ?? 0) : null,
          reviewedPoints: stored.reviewedPoints,
          reviewerComment: stored.reviewerComment,
        };
      }),
    );
    const after = await reload(tx, assessmentId);
    const changed = new Set(entries.map((entry) => entry.nodeCode));
    await audit(tx, context, {
      action: 'assessment.saveEntries',
      entityType: 'Assessment',
      entityId: assessmentId,
      before: {
        revision: assessment.revision,
        selfPoints: assessment.selfPoints,
        entries: before.filter((entry) => changed.has(entry.nodeCode)),
      },
      after: {
        revision: after.revision,
        selfPoints: after.selfPoints,
        entries: after.entries.filter((entry) => changed.has(entry.nodeCode)),
      },
    });
    return after;
  });
}
