import { loadCriteriaSets } from '@chiso/criteria';
import { toHundredths } from '@chiso/scoring';
import { CRITERIA_NODE_COLUMNS, countCriteria, flattenCriteriaSet } from '../criteria/flatten.ts';
import { storedDocument } from '../criteria/store.ts';
import type { BulkColumn } from '../national/bulk.ts';
import type { RowWriter } from '../national/writer.ts';
import { uuid7 } from '../units/uuid7.ts';
import type { Version } from './periods.ts';

/** When the demo's sets were published (before its first period). */
const PUBLISHED_AT = new Date('2021-10-01');

/**
 * Every set in criteria/, published (the demo's periods use them; published versions never change):
 * stored as importCriteriaSet stores one — the set, the version with its document and totals, its
 * nodes flattened — but three statements for all of them.
 */
export async function seedCriteria(writer: RowWriter): Promise<Map<string, Version>> {
  const now = new Date();
  const versions = new Map<string, Version>();
  const setIds = new Map<string, string>();
  const sets: object[] = [];
  const versionRows: object[] = [];
  const nodes: object[] = [];
  for (const { set } of loadCriteriaSets()) {
    let setId = setIds.get(set.code);
    if (!setId) {
      setId = uuid7();
      setIds.set(set.code, setId);
      sets.push({
        id: setId,
        code: set.code,
        name: set.name.vi,
        nameEn: set.name.en,
        unitLevel: set.unitLevel,
        supplements: set.supplements ?? null,
      });
    }
    const id = uuid7();
    versionRows.push({
      id,
      setId,
      version: set.version,
      status: 'PUBLISHED',
      document: storedDocument(set),
      maxPoints: toHundredths(set.maxPoints),
      criteriaCount: countCriteria(set),
      publishedAt: PUBLISHED_AT,
      updatedAt: now,
    });
    for (const row of flattenCriteriaSet(set)) nodes.push({ ...row, id: uuid7(), versionId: id });
    versions.set(set.code, { id, set });
  }
  await writer.insert('CriteriaSet', SET_COLUMNS, sets);
  await writer.insert('CriteriaVersion', VERSION_COLUMNS, versionRows);
  await writer.insert('CriteriaNode', CRITERIA_NODE_COLUMNS, nodes);
  return versions;
}

const SET_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['code', 'text'],
  ['name', 'text'],
  ['nameEn', 'text'],
  ['unitLevel', 'text'],
  ['supplements', 'text'],
];
const VERSION_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['setId', 'text'],
  ['version', 'text'],
  ['status', 'enum:VersionStatus'],
  ['document', 'jsonb'],
  ['maxPoints', 'int'],
  ['criteriaCount', 'int'],
  ['publishedAt', 'timestamp'],
  ['updatedAt', 'timestamp'],
];
