import { relative } from 'node:path';
import { checkAcrossFiles, findCriteriaFiles, readCriteriaFile } from '@chiso/criteria';
import { formatIssue } from '@chiso/scoring';
import { type Output, userPath } from '../io.ts';

/** `chiso criteria validate <path…>`: every file valid → "N sets valid", else each error with its path. */
export function validateCommand(paths: readonly string[], out: Output): number {
  if (paths.length === 0) {
    out.line('usage: chiso criteria validate <file or folder…>');
    return 2;
  }
  let files: ReturnType<typeof readCriteriaFile>[];
  try {
    files = findCriteriaFiles(paths.map(userPath)).map(readCriteriaFile);
  } catch (error) {
    out.line(`error: ${(error as Error).message}`);
    return 1;
  }
  const shown = (file: string) => relative(process.env.INIT_CWD ?? process.cwd(), file);
  const problems = [
    ...files.flatMap((entry) => (entry.ok ? [] : entry.issues.map((issue) => ({ file: entry.file, issue })))),
    ...checkAcrossFiles(files),
  ];
  for (const { file, issue } of problems) out.line(`${shown(file)}: ${formatIssue(issue)}`);
  if (problems.length > 0) {
    out.line(
      `${problems.length} ${problems.length === 1 ? 'error' : 'errors'} in ${files.length} ${files.length === 1 ? 'file' : 'files'}`,
    );
    return 1;
  }
  out.line(`${files.length} ${files.length === 1 ? 'set' : 'sets'} valid`);
  return 0;
}
