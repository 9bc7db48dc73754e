import type { Db, Tx } from '@chiso/db';
import { type CriteriaSet, type LocalizedText, parseCriteriaSet, walkSet } from '@chiso/scoring';

// Published versions never change and drafts bump their revision on every edit, so (id, revision)
// names one document: parse and validate it once per process, not once per assessment.
const sets = new Map<string, CriteriaSet>();
const MAX_CACHED = 50;

export function criteriaOf(version: { id: string; revision: number; document: unknown }): CriteriaSet {
  const key = `${version.id}:${version.revision}`;
  let set = sets.get(key);
  if (!set) {
    set = parseCriteriaSet(version.document);
    if (sets.size >= MAX_CACHED) sets.delete(sets.keys().next().value as string);
    sets.set(key, set);
  }
  return set;
}

const loading = new Map<string, Promise<CriteriaSet>>();

/**
 * The same, fetching the document only when this process has not parsed it yet: lists of results
 * then carry the version's id, not a copy of its document per row.
 */
export function loadCriteria(
  db: Pick<Db, 'criteriaVersion'> | Tx,
  version: { id: string; revision: number },
): Promise<CriteriaSet> {
  const key = `${version.id}:${version.revision}`;
  const cached = sets.get(key);
  if (cached) return Promise.resolve(cached);
  let pending = loading.get(key);
  if (!pending) {
    pending = db.criteriaVersion
      .findUniqueOrThrow({ where: { id: version.id }, select: { id: true, revision: true, document: true } })
      .then((row) => criteriaOf(row))
      .finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

/** Every node's path and name by code (results rows carry only codes). */
export function nodeLabels(set: CriteriaSet): Map<string, { path: string; name: LocalizedText }> {
  return new Map([...walkSet(set)].map(({ node, path }) => [node.code, { path, name: node.name }]));
}
