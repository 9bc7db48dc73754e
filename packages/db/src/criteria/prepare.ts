/**
 * A criteria version ready to store: everything importCriteriaSet writes, computed from the set
 * without a database client, so that a worker thread can prepare a large set (the 2392 district
 * set: 129 kB, 175 nodes) and the request thread only sends rows. The document travels as JSON
 * text: a string crosses threads as one copy, where an object graph is cloned value by value.
 */
import { type CriteriaSet, toHundredths } from '@chiso/scoring';
import { type CriteriaNodeRow, countCriteria, flattenCriteriaSet } from './flatten.ts';

export interface PreparedCriteriaVersion {
  /** The CriteriaSet row, created when its code is new. */
  set: { code: string; name: string; nameEn: string; unitLevel: string; supplements: string | null };
  version: string;
  /** The stored document as JSON text (storedDocumentJson). */
  documentJson: string;
  /** In hundredths. */
  maxPoints: number;
  criteriaCount: number;
  nodes: CriteriaNodeRow[];
}

export function prepareCriteriaVersion(set: CriteriaSet): PreparedCriteriaVersion {
  return {
    set: {
      code: set.code,
      name: set.name.vi,
      nameEn: set.name.en,
      unitLevel: set.unitLevel,
      supplements: set.supplements ?? null,
    },
    version: set.version,
    documentJson: storedDocumentJson(set),
    maxPoints: toHundredths(set.maxPoints),
    criteriaCount: countCriteria(set),
    nodes: flattenCriteriaSet(set),
  };
}

/** The stored document as JSON text: without the editor's `$schema` pointer (a path relative to a file). */
export function storedDocumentJson(set: CriteriaSet): string {
  const { $schema: _schema, ...document } = set;
  return JSON.stringify(document);
}
