import type { EntryRow } from '@chiso/db/results';
import { problem, problemFlag, scoredNodesByCode } from '@chiso/scoring';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { type FieldIssue, issueAt, validationFailed } from '../../errors.ts';
import { assertWithinDeadline } from '../periods/deadlines.ts';
import { assertMayEdit, loadAssessment } from './access.ts';
import { loadCriteria } from './criteria.ts';
import { checkInput } from './inputs.ts';
import { pointsByCode, scoreEntries } from './score.ts';
import { assertRevision, assertStatus, RevisionInput } from './transitions.ts';
import { writeEntries } from './write.ts';

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
  const { db, viewer } = context;
  const assessment = await loadAssessment(db, assessmentId, viewer);
  // Who before what: someone else's assessment is FORBIDDEN whatever its values say.
  assertMayEdit(viewer, assessment);
  assertStatus(assessment, ['DRAFT', 'RETURNED'], { vi: 'sửa số liệu', en: 'edit entries' });
  assertRevision(assessment, revision);
  await assertWithinDeadline(db, viewer, assessment);

  const set = await loadCriteria(db, assessment.version);
  const nodes = scoredNodesByCode(set);
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const node = nodes.get(entry.nodeCode);
    if (!node) {
      issues.push(issueAt(`entries.${index}.nodeCode`, problem('NODE_NOT_SCORED', { code: entry.nodeCode })));
    } else if (seen.has(entry.nodeCode)) {
      issues.push(issueAt(node.path, problem('NODE_GIVEN_TWICE', { code: entry.nodeCode })));
    } else if (entry.input !== undefined && entry.input !== null) {
      const issue = checkInput(node, entry.input);
      if (issue) issues.push(issue);
    }
    seen.add(entry.nodeCode);
  });
  if (issues.length > 0) throw validationFailed(issues);

  // As stored at the revision read above (writeEntries' claim refuses the save if it moved since).
  const before = await db.assessmentEntry.findMany({ where: { assessmentId } });
  const merged = new Map<string, EntryRow>(before.map((entry) => [entry.nodeCode, entry]));
  for (const entry of entries) {
    const current = merged.get(entry.nodeCode);
    merged.set(entry.nodeCode, {
      assessmentId,
      nodeCode: entry.nodeCode,
      reviewedPoints: current?.reviewedPoints ?? null,
      reviewerComment: current?.reviewerComment ?? null,
      selfPoints: null,
      input: entry.input === undefined ? (current?.input ?? null) : entry.input,
      explanation:
        entry.explanation === undefined ? (current?.explanation ?? null) : entry.explanation || null,
    });
  }
  const result = scoreEntries(set, [...merged.values()], { reviewed: false });
  const points = pointsByCode(result);
  const written = entries.map(({ nodeCode }) => {
    const stored = merged.get(nodeCode) as EntryRow;
    const hasInput = stored.input !== null && stored.input !== undefined;
    return {
      ...stored,
      input: hasInput ? stored.input : null,
      selfPoints: hasInput ? (points.get(nodeCode) ?? 0) : null,
    };
  });
  return writeEntries(context, assessment, {
    action: 'assessment.saveEntries',
    totals: { selfPoints: result.points },
    entries: written,
    before: { totals: { selfPoints: assessment.selfPoints }, entries: before },
  });
}
