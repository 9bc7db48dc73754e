import type { CriteriaVersion } from '@chiso/db';
import { diffSets, type LocalizedText, type NodeKind, type ValueChange, walkSet } from '@chiso/scoring';
import type { Context } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { VERSION, visibleVersions } from './access.ts';
import { storedSet } from './document.ts';

export interface NodeChangeView {
  code: string;
  kind: NodeKind;
  path: string;
  name: LocalizedText;
  /** The node's own fields that differ ("position" when it moved); empty for added and removed. */
  fields: string[];
  /** Each differing value of those fields, old → new; empty for added and removed. */
  values: ValueChange[];
}

export interface VersionDiff {
  from: CriteriaVersion;
  to: CriteriaVersion;
  added: NodeChangeView[];
  removed: NodeChangeView[];
  changed: NodeChangeView[];
}

/** Added, removed and changed nodes between two versions the viewer may see (matched by code). */
export async function diffVersions(
  context: Context,
  input: { from: string; to: string },
): Promise<VersionDiff> {
  const versions = await context.db.criteriaVersion.findMany({
    where: { AND: [{ id: { in: [input.from, input.to] } }, visibleVersions(context.viewer)] },
  });
  const from = versions.find((version) => version.id === input.from);
  const to = versions.find((version) => version.id === input.to);
  if (!from || !to) throw notFound(VERSION);
  const before = storedSet(from.document);
  const after = storedSet(to.document);
  const names = (set: typeof before) => new Map([...walkSet(set)].map(({ node }) => [node.code, node.name]));
  const oldNames = names(before);
  const newNames = names(after);
  const diff = diffSets(before, after);
  const view =
    (names: Map<string, LocalizedText>) =>
    (change: { code: string; kind: NodeKind; path: string; fields?: string[]; values?: ValueChange[] }) => ({
      code: change.code,
      kind: change.kind,
      path: change.path,
      name: names.get(change.code) ?? { vi: change.code, en: change.code },
      fields: change.fields ?? [],
      values: change.values ?? [],
    });
  return {
    from,
    to,
    added: diff.added.map(view(newNames)),
    removed: diff.removed.map(view(oldNames)),
    changed: diff.changed.map(view(newNames)),
  };
}
