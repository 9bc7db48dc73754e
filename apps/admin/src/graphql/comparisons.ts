import { APP_ERROR_FIELDS } from './errors.ts';
import type { Text } from './types.ts';

export interface MatrixColumn {
  code: string;
  name: Text;
  maxPoints: number;
}
export interface MatrixRow {
  unit: { id: string; name: string };
  rank: number | null;
  total: number | null;
  shares: Array<number | null>;
  points: Array<number | null>;
}

export const COMPARISON_MATRIX = `query ComparisonMatrix($periodId: ID!, $unitGroupId: ID!, $nodeKind: ComparisonNodeKind!) {
  comparisonMatrix(periodId: $periodId, unitGroupId: $unitGroupId, nodeKind: $nodeKind) {
    columns { code name { vi en } maxPoints }
    rows { unit { id name } rank total shares points }
  }
  weakestCriteria(periodId: $periodId, unitGroupId: $unitGroupId, limit: 5) {
    cohortSize criteria { code name { vi en } lost lostShare atZero }
  }
}`;

export const SAVE_COMPARISON = `mutation SaveComparison($name: String!, $definition: JSON!) {
  saveComparison(name: $name, definition: $definition) {
    __typename
    ... on MutationSaveComparisonSuccess { data { id name } }
    ${APP_ERROR_FIELDS}
  }
}`;

/** The export address for the matrix (the browser downloads it with the session cookie). */
export function matrixExportUrl(
  format: 'csv' | 'xlsx',
  periodId: string,
  unitGroupId: string,
  nodeKind: string,
) {
  const query = new URLSearchParams({ periodId, unitGroupId, nodeKind });
  return `/exports/comparison-matrix.${format}?${query}`;
}
