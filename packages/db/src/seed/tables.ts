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
export const UNIT_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['code', 'text'],
  ['name', 'text'],
  ['searchName', 'text'],
  ['kind', 'enum:UnitKind'],
  ['type', 'text'],
  ['parentId', 'text'],
  ['groupId', 'text'],
  ['provinceId', 'text'],
  ['validFrom', 'date'],
  ['updatedAt', 'timestamp'],
];
export const GROUP_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['code', 'text'],
  ['name', 'text'],
  ['nameEn', 'text'],
  ['position', 'int'],
];
export const PERIOD_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['code', 'text'],
  ['name', 'text'],
  ['kind', 'enum:PeriodKind'],
  ['startsOn', 'date'],
  ['endsOn', 'date'],
  ['submissionDue', 'date'],
  ['reviewDue', 'date'],
  ['status', 'enum:PeriodStatus'],
  ['publishedAt', 'timestamp'],
];
export const ASSIGNMENT_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['periodId', 'text'],
  ['unitGroupId', 'text'],
  ['versionId', 'text'],
];
export const USER_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['email', 'text'],
  ['name', 'text'],
  ['searchName', 'text'],
  ['role', 'enum:Role'],
  ['passwordHash', 'text'],
];
export const USER_UNIT_COLUMNS: BulkColumn[] = [
  ['userId', 'text'],
  ['unitId', 'text'],
];
export const AUDIT_COLUMNS: BulkColumn[] = [
  ['id', 'text'],
  ['actorKind', 'text'],
  ['action', 'text'],
  ['entityType', 'text'],
  ['entityId', 'text'],
];
