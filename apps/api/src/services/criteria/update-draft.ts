import { problem } from '@chiso/scoring';
import type { Context } from '../../context.ts';
import { type FieldIssue, issueAt, validationFailed } from '../../errors.ts';
import { checkStructure } from './document.ts';
import { type DraftTarget, editDraft } from './edit.ts';

/**
 * Replaces a draft's whole document (the console's editor sends the tree it holds). The set code
 * and version label stay those of the draft; everything else may change.
 */
export function updateCriteriaDraft(context: Context, input: DraftTarget & { document: unknown }) {
  const { document, ...target } = input;
  return editDraft(context, target, 'criteriaVersion.update', (current) => {
    const next = checkStructure(document);
    const issues: FieldIssue[] = [];
    if (next.code !== current.code) {
      issues.push(issueAt('(set)', problem('DRAFT_SET_CHANGED', { current: current.code, next: next.code })));
    }
    if (next.version !== current.version) {
      issues.push(issueAt('(set)', problem('DRAFT_VERSION_CHANGED', { current: current.version })));
    }
    if (issues.length > 0) throw validationFailed(issues);
    return { before: { document: current }, after: { document: next }, document: next };
  });
}
