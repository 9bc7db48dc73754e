import type { Context } from '../../context.ts';
import { validationFailed } from '../../errors.ts';
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
    const issues = [];
    if (next.code !== current.code) {
      issues.push({
        path: '(set)',
        message: `code: this draft belongs to set "${current.code}", not "${next.code}"`,
      });
    }
    if (next.version !== current.version) {
      issues.push({
        path: '(set)',
        message: `version: this draft is version "${current.version}"; to make another version, create a new draft`,
      });
    }
    if (issues.length > 0) throw validationFailed(issues);
    return { before: { document: current }, after: { document: next }, document: next };
  });
}
