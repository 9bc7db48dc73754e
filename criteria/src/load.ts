import { type CriteriaSet, CriteriaSetError, formatIssue } from '@chiso/scoring';
import { criteriaDir, findCriteriaFiles } from './files.ts';
import { checkAcrossFiles, readCriteriaFile } from './read.ts';

export interface LoadedSet {
  file: string;
  set: CriteriaSet;
}

/** Every criteria set in the given paths (default: the repository's `criteria/`); throws if any is invalid. */
export function loadCriteriaSets(paths: readonly string[] = [criteriaDir]): LoadedSet[] {
  const files = findCriteriaFiles(paths).map(readCriteriaFile);
  const problems = [
    ...files.flatMap((entry) => (entry.ok ? [] : entry.issues.map((issue) => ({ file: entry.file, issue })))),
    ...checkAcrossFiles(files),
  ];
  if (problems.length > 0) {
    throw new CriteriaSetError(
      problems.map(({ file, issue }) => ({ ...issue, path: `${file}: ${formatIssue(issue)}` })),
    );
  }
  return files.flatMap((entry) => (entry.ok ? [{ file: entry.file, set: entry.set }] : []));
}

/** One set by code (the latest version when several are present). */
export function loadCriteriaSet(code: string, paths?: readonly string[]): CriteriaSet {
  const matches = loadCriteriaSets(paths).filter(({ set }) => set.code === code);
  const latest = matches.sort((a, b) => b.set.version.localeCompare(a.set.version))[0];
  if (!latest) throw new Error(`no criteria set with code "${code}"`);
  return latest.set;
}
