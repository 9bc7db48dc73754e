import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `criteria/` folder of the repository. */
export const criteriaDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const IGNORED = new Set(['node_modules', 'src', '.turbo']);

/** Criteria files under the given paths (files as given, folders searched for *.yaml / *.yml). */
export function findCriteriaFiles(paths: readonly string[] = [criteriaDir]): string[] {
  const files: string[] = [];
  const visit = (path: string) => {
    if (!statSync(path).isDirectory()) {
      files.push(path);
      return;
    }
    for (const entry of readdirSync(path).sort()) {
      if (IGNORED.has(entry)) continue;
      const child = join(path, entry);
      if (statSync(child).isDirectory() || /\.ya?ml$/.test(entry)) visit(child);
    }
  };
  for (const path of paths) visit(path);
  return files;
}
