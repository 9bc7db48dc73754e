import { CriteriaSet, problem, type SetIssue, validateCriteriaSet, walkSet } from '@chiso/scoring';
import { type FieldIssue, validationFailed } from '../../errors.ts';

/** A criteria issue as an input issue: the node path stays the path, the field leads the message. */
export function toFieldIssue(issue: SetIssue): FieldIssue {
  const { vi, en } = issue.messages;
  const messages = issue.field ? { vi: `${issue.field}: ${vi}`, en: `${issue.field}: ${en}` } : { vi, en };
  return { path: issue.path, code: issue.code, messages };
}

/**
 * What a draft must satisfy to be saved at all: the model's shape (zod) and codes unique across
 * the version (nodes are stored by code). Sums and level rules may still be wrong while editing;
 * `validation` reports those and publishing refuses them.
 */
export function checkStructure(document: unknown): CriteriaSet {
  const parsed = CriteriaSet.safeParse(document);
  if (!parsed.success) {
    const result = validateCriteriaSet(document);
    const issues = result.ok ? [] : result.issues;
    throw validationFailed(issues.map(toFieldIssue), structureMessage(issues.length));
  }
  const seen = new Map<string, string>();
  const duplicates: FieldIssue[] = [];
  for (const { node, path } of walkSet(parsed.data)) {
    const earlier = seen.get(node.code);
    if (earlier)
      duplicates.push(
        toFieldIssue({ path, ...problem('NODE_CODE_DUPLICATE', { code: node.code, earlier }, 'code') }),
      );
    else seen.set(node.code, path);
  }
  if (duplicates.length > 0) throw validationFailed(duplicates, structureMessage(duplicates.length));
  return parsed.data;
}

function structureMessage(count: number) {
  return {
    vi: `Bộ tiêu chí có ${count} lỗi cấu trúc (xem từng lỗi theo đường dẫn tiêu chí); chưa có gì được lưu.`,
    en: `The criteria set has ${count} structural problem(s) (see each issue by node path); nothing was saved.`,
  };
}

/** A stored draft's document: always structurally valid, since nothing else is ever written. */
export function storedSet(document: unknown): CriteriaSet {
  return CriteriaSet.parse(document);
}

// Published versions never change and drafts bump their revision on every edit, so (id, revision)
// names one document: validate it once per process, not once per request.
const validations = new Map<string, SetIssue[]>();
const MAX_CACHED = 50;

/** Everything wrong with a version's document, by node path (empty when it may be published). */
export function issuesOf(version: { id: string; revision: number; document: unknown }): SetIssue[] {
  const key = `${version.id}:${version.revision}`;
  let issues = validations.get(key);
  if (!issues) {
    const result = validateCriteriaSet(version.document);
    issues = result.ok ? [] : result.issues;
    rememberIssues(version, issues);
  }
  return issues;
}

/** Records a version's issues found elsewhere (a worker thread validated the document it prepared). */
export function rememberIssues(version: { id: string; revision: number }, issues: SetIssue[]): void {
  if (validations.size >= MAX_CACHED) validations.delete(validations.keys().next().value as string);
  validations.set(`${version.id}:${version.revision}`, issues);
}
