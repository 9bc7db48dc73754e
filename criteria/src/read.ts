import { readFileSync } from 'node:fs';
import { type CriteriaSet, problem, type SetIssue, validateCriteriaSet } from '@chiso/scoring';
import { parseDocument } from 'yaml';

export type CriteriaFile =
  | { file: string; ok: true; set: CriteriaSet }
  | { file: string; ok: false; issues: SetIssue[] };

/** Reads and validates one YAML criteria file; YAML syntax errors are reported with their line. */
export function readCriteriaFile(file: string): CriteriaFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      file,
      ok: false,
      issues: [
        { path: '(file)', ...problem('CRITERIA_FILE_UNREADABLE', { detail: (error as Error).message }) },
      ],
    };
  }
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      file,
      ok: false,
      issues: document.errors.map((error) => ({
        path: '(yaml)',
        ...problem('CRITERIA_YAML_INVALID', { detail: error.message.split('\n')[0] ?? '' }),
      })),
    };
  }
  const result = validateCriteriaSet(document.toJS());
  return result.ok ? { file, ok: true, set: result.set } : { file, ok: false, issues: result.issues };
}

/** Checks that span files: one version per set code, and supplemented sets that exist. */
export function checkAcrossFiles(files: readonly CriteriaFile[]): Array<{ file: string; issue: SetIssue }> {
  const problems: Array<{ file: string; issue: SetIssue }> = [];
  const sets = files.flatMap((entry) => (entry.ok ? [{ file: entry.file, set: entry.set }] : []));
  const seen = new Map<string, string>();
  for (const { file, set } of sets) {
    const key = `${set.code}@${set.version}`;
    const earlier = seen.get(key);
    if (earlier)
      problems.push({
        file,
        issue: { path: '(set)', ...problem('SET_VERSION_DUPLICATE', { key, earlier }, 'code') },
      });
    seen.set(key, file);
  }
  const codes = new Set(sets.map(({ set }) => set.code));
  for (const { file, set } of sets) {
    if (set.supplements && !codes.has(set.supplements)) {
      problems.push({
        file,
        issue: {
          path: '(set)',
          ...problem('SUPPLEMENTED_SET_MISSING', { set: set.supplements }, 'supplements'),
        },
      });
    }
  }
  return problems;
}
