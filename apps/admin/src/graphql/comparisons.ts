import { APP_ERROR_FIELDS } from './errors.ts';
import type { Text } from './types.ts';

export type NodeKind = 'CATEGORY' | 'GROUP' | 'CRITERION';
/** What the heatmap shows in its cells (colour is always the share). */
export type Measure = 'POINTS' | 'SHARE';
/** How a merged unit's past is built from its predecessors. */
export type LineageRule = 'MEAN' | 'SUM' | 'MAX';
export type UnitPeriodStatus = 'BOTH' | 'RENAMED' | 'MERGED' | 'SPLIT' | 'ADDED' | 'REMOVED';

export interface MatrixColumn {
  code: string;
  name: Text;
  maxPoints: number;
  parentCode?: string | null;
}
export interface MatrixRow {
  unit: { id: string; name: string };
  rank: number | null;
  total: number | null;
  shares: Array<number | null>;
  points: Array<number | null>;
}
export interface WeakCriterion {
  code: string;
  name: Text;
  lost: number;
  lostShare: number;
  atZero: number;
}

const COLUMN = 'code name { vi en } maxPoints parentCode';

/** The nodes of a kind the cohort was scored on: what the analyst chooses columns from. */
export const COMPARISON_COLUMNS = `query ComparisonColumns($periodId: ID!, $unitGroupId: ID!, $nodeKind: ComparisonNodeKind!, $setCode: String) {
  comparisonMatrix(periodId: $periodId, unitGroupId: $unitGroupId, nodeKind: $nodeKind, setCode: $setCode) {
    columns { ${COLUMN} }
  }
}`;

export const COMPARISON_MATRIX = `query ComparisonMatrix($periodId: ID!, $unitGroupId: ID!, $nodeKind: ComparisonNodeKind!, $nodeCodes: [String!], $setCode: String) {
  comparisonMatrix(periodId: $periodId, unitGroupId: $unitGroupId, nodeKind: $nodeKind, nodeCodes: $nodeCodes, setCode: $setCode) {
    columns { ${COLUMN} }
    rows { unit { id name } rank total shares points }
  }
  weakestCriteria(periodId: $periodId, unitGroupId: $unitGroupId, setCode: $setCode, limit: 5) {
    cohortSize criteria { code name { vi en } lost lostShare atZero }
  }
}`;

export interface UnitDelta {
  unit: { id: string; name: string };
  status: UnitPeriodStatus;
  before: number | null;
  after: number | null;
  delta: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  nodesBefore: Array<number | null>;
  nodesAfter: Array<number | null>;
  nodeDeltas: Array<number | null>;
  partial: boolean;
  incomplete: boolean;
  predecessors: Array<{ unit: { id: string; name: string }; partial: boolean; points: number | null }>;
}
export interface PeriodComparison {
  fromPeriodCode: string;
  toPeriodCode: string;
  fromVersion: string | null;
  toVersion: string | null;
  codeMappingUsed: boolean | null;
  rule: LineageRule;
  columns: MatrixColumn[];
  removedNodes: MatrixColumn[];
  addedNodes: MatrixColumn[];
  remappedNodes: Array<{ code: string; fromCodes: string[] }>;
  units: UnitDelta[];
}

export const PERIOD_COMPARISON = `query PeriodComparison($fromPeriodId: ID!, $toPeriodId: ID!, $unitGroupId: ID!, $nodeKind: ComparisonNodeKind!, $rule: LineageRule!, $setCode: String) {
  periodComparison(fromPeriodId: $fromPeriodId, toPeriodId: $toPeriodId, unitGroupId: $unitGroupId, nodeKind: $nodeKind, rule: $rule, setCode: $setCode) {
    fromPeriodCode toPeriodCode fromVersion toVersion codeMappingUsed rule
    columns { ${COLUMN} } removedNodes { ${COLUMN} } addedNodes { ${COLUMN} }
    remappedNodes { code fromCodes }
    units { unit { id name } status before after delta rankBefore rankAfter
      nodesBefore nodesAfter nodeDeltas partial incomplete
      predecessors { unit { id name } partial points } }
  }
}`;

export interface NodeDistribution {
  node: MatrixColumn | null;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
  count: number;
  atFull: number;
  atZero: number;
  notApplicable: number;
}
export interface NormalisedCohort {
  mean: number | null;
  standardDeviation: number | null;
  bands: Array<{ code: string; min: number; inclusive: boolean; units: number }>;
  units: Array<{
    unit: { id: string; name: string };
    rank: number | null;
    points: number | null;
    maxPoints: number | null;
    index: number | null;
    minMax: number | null;
    zScore: number | null;
    band: string | null;
  }>;
}

/** One node across the cohort: its spread, and its index values normalised and banded. */
export const NODE_DISTRIBUTION = `query NodeDistribution($periodId: ID!, $unitGroupId: ID!, $nodeCode: String!, $setCode: String) {
  distribution(periodId: $periodId, unitGroupId: $unitGroupId, nodeCode: $nodeCode, setCode: $setCode) {
    node { ${COLUMN} } min q1 median q3 max mean count atFull atZero notApplicable
  }
  normalisedCohort(periodId: $periodId, unitGroupId: $unitGroupId, nodeCode: $nodeCode, setCode: $setCode) {
    mean standardDeviation bands { code min inclusive units }
    units { unit { id name } rank points maxPoints index minMax zScore band }
  }
}`;

/** What the API keeps of a comparison (see apps/api/src/services/comparisons/saved.ts). */
export interface ComparisonDefinition {
  cohort: { unitGroupId: string; setCode?: string };
  /** One period, or two, older first. */
  periods: string[];
  nodes: { kind: NodeKind; codes?: string[] };
  measures: Array<Measure | 'RANK' | 'LEVEL' | 'DELTA'>;
  /** With two periods: how merged units' earlier values are combined. */
  lineageRule?: LineageRule;
  /** The node whose distribution is shown. */
  focusNode?: string;
}
export interface SavedComparison {
  id: string;
  name: string;
  updatedAt: string;
  definition: ComparisonDefinition;
}

export const SAVED_COMPARISONS = `query SavedComparisons {
  savedComparisons(first: 50) { edges { node { id name updatedAt definition } } }
}`;

export const SAVE_COMPARISON = `mutation SaveComparison($name: String!, $definition: JSON!) {
  saveComparison(name: $name, definition: $definition) {
    __typename
    ... on MutationSaveComparisonSuccess { data { id name } }
    ${APP_ERROR_FIELDS}
  }
}`;

/**
 * The export address for the matrix (the browser downloads it with the session cookie). The route
 * takes the period, cohort, set and node kind only: a download holds every node of the kind.
 */
export function matrixExportUrl(
  format: 'csv' | 'xlsx',
  periodId: string,
  unitGroupId: string,
  nodeKind: string,
  setCode?: string | null,
  nodeCodes?: readonly string[] | null,
) {
  const query = new URLSearchParams({ periodId, unitGroupId, nodeKind });
  if (setCode) query.set('setCode', setCode);
  if (nodeCodes?.length) query.set('nodeCodes', nodeCodes.join(','));
  return `/exports/comparison-matrix.${format}?${query}`;
}
