import { type CriteriaSet, toHundredths, walkSet } from '@chiso/scoring';
import type { NodeKind } from '../generated/prisma/enums.ts';
import type { BulkColumn } from '../national/bulk.ts';

/** One CriteriaNode row, without its version. */
export interface CriteriaNodeRow {
  code: string;
  kind: NodeKind;
  /** Codes from the category down: "SS/SS.HT/SS.03". */
  path: string;
  parentCode: string | null;
  /**
   * Document order across the whole version (parents before children), so `ORDER BY position`
   * gives the tree as the file lists it; siblings keep their relative order.
   */
  position: number;
  number: number | null;
  name: string;
  nameEn: string;
  /** The declared maximum, in hundredths (before any weight). */
  maxPoints: number;
  ruleKind: string | null;
}

/** CriteriaNode's columns as bulk inserts write them (a row above, with its id and version). */
export const CRITERIA_NODE_COLUMNS: readonly BulkColumn[] = [
  ['id', 'text'],
  ['versionId', 'text'],
  ['code', 'text'],
  ['kind', 'enum:NodeKind'],
  ['path', 'text'],
  ['parentCode', 'text'],
  ['position', 'int'],
  ['number', 'int'],
  ['name', 'text'],
  ['nameEn', 'text'],
  ['maxPoints', 'int'],
  ['ruleKind', 'text'],
];

const KINDS = {
  category: 'CATEGORY',
  group: 'GROUP',
  criterion: 'CRITERION',
  indicator: 'INDICATOR',
} as const;

/** The version's tree as rows, for queries that join on nodes (comparisons, results, weakest criteria). */
export function flattenCriteriaSet(set: CriteriaSet): CriteriaNodeRow[] {
  return [...walkSet(set)].map(({ node, kind, path }, position) => {
    const codes = path.split('/');
    return {
      code: node.code,
      kind: KINDS[kind],
      path,
      parentCode: codes.length > 1 ? (codes[codes.length - 2] ?? null) : null,
      position,
      number: 'number' in node && node.number !== undefined ? node.number : null,
      name: node.name.vi,
      nameEn: node.name.en,
      maxPoints: toHundredths(node.maxPoints),
      ruleKind: 'rule' in node && node.rule ? node.rule.kind : null,
    };
  });
}

/** Criteria (tiêu chí) in the set, whether scored by a rule or by indicators. */
export function countCriteria(set: CriteriaSet): number {
  return [...walkSet(set)].filter((visited) => visited.kind === 'criterion').length;
}
