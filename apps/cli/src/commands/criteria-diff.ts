import { readCriteriaFile } from '@chiso/criteria';
import { type CriteriaSet, diffSets, formatIssue } from '@chiso/scoring';
import { type Output, userPath } from '../io.ts';

/** `chiso criteria diff <a> <b>`: added, removed and changed nodes from version a to version b. */
export function diffCommand(paths: readonly string[], out: Output): number {
  const [first, second] = paths;
  if (!first || !second || paths.length !== 2) {
    out.line('usage: chiso criteria diff <before.yaml> <after.yaml>');
    return 2;
  }
  const before = load(first, out);
  const after = load(second, out);
  if (!before || !after) return 1;
  const diff = diffSets(before, after);
  out.line(`${before.code} ${before.version} → ${after.code} ${after.version}`);
  for (const node of diff.added) out.line(`+ ${node.kind} ${node.path}`);
  for (const node of diff.removed) out.line(`- ${node.kind} ${node.path}`);
  for (const node of diff.changed) out.line(`~ ${node.kind} ${node.path}: ${node.fields.join(', ')}`);
  const criteria = (nodes: ReadonlyArray<{ kind: string }>) =>
    nodes.filter((node) => node.kind === 'criterion').length;
  out.line(
    `criteria: ${criteria(diff.added)} added, ${criteria(diff.removed)} removed, ${criteria(diff.changed)} changed`,
  );
  return 0;
}

function load(path: string, out: Output): CriteriaSet | undefined {
  const file = readCriteriaFile(userPath(path));
  if (file.ok) return file.set;
  for (const issue of file.issues) out.line(`${path}: ${formatIssue(issue)}`);
  return undefined;
}
