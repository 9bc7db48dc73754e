/**
 * The columns the bulk loads write (the demo seed and the national load), in the order the rows are
 * sent: one list per table, so both loads and both ways of sending (unnest, COPY) agree on them.
 */
import type { BulkColumn } from '../national/bulk.ts';

export const ASSESSMENT_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['periodId', 'text'],
  ['unitId', 'text'],
  ['versionId', 'text'],
  ['unitGroupId', 'text'],
  ['status', 'enum:AssessmentStatus'],
  ['selfPoints', 'int'],
  ['returnReason', 'text'],
  ['submittedAt', 'timestamp'],
  ['approvedAt', 'timestamp'],
  ['updatedAt', 'timestamp'],
];
export const ENTRY_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['assessmentId', 'text'],
  ['nodeCode', 'text'],
  ['input', 'jsonb'],
  ['selfPoints', 'int'],
  ['reviewedPoints', 'int'],
  ['explanation', 'text'],
  ['reviewerComment', 'text'],
  ['updatedAt', 'timestamp'],
];
export const RESULT_COLUMNS: BulkColumn[] = [
  ['assessmentId', 'text'],
  ['versionId', 'text'],
  ['points', 'int'],
  ['maxPoints', 'int'],
  ['index', 'numeric'],
  ['band', 'text'],
  ['rank', 'int'],
];
export const NODE_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['assessmentId', 'text'],
  ['nodeCode', 'text'],
  ['kind', 'enum:NodeKind'],
  ['points', 'int'],
  ['maxPoints', 'int'],
  ['level', 'int'],
  ['notRankedReason', 'jsonb'],
  ['rank', 'int'],
];

/** Reads a row's column by name (rows are plain objects keyed by column). */
export const pick = (row: object, column: string): unknown => (row as Record<string, unknown>)[column];
