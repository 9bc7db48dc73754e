import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf, type VariablesOf } from '../../graphql/graphql.ts';

/** A node column of a comparison (matrix, period comparison, distribution). */
export const MatrixColumnFields = graphql(`
  fragment MatrixColumnFields on ComparisonColumn @_unmask {
    code name { vi en } maxPoints parentCode
  }
`);
export type MatrixColumn = ResultOf<typeof MatrixColumnFields>;

/** The nodes of a kind the cohort was scored on: what the analyst chooses columns from. */
export const COMPARISON_COLUMNS = graphql(
  `
  query ComparisonColumns($periodId: ID!, $unitGroupId: ID!, $nodeKind: ComparisonNodeKind!, $setCode: String) {
    comparisonMatrix(periodId: $periodId, unitGroupId: $unitGroupId, nodeKind: $nodeKind, setCode: $setCode) {
      columns { ...MatrixColumnFields }
    }
  }
`,
  [MatrixColumnFields],
);
export type NodeKind = VariablesOf<typeof COMPARISON_COLUMNS>['nodeKind'];

export const COMPARISON_MATRIX = graphql(
  `
  query ComparisonMatrix($periodId: ID!, $unitGroupId: ID!, $nodeKind: ComparisonNodeKind!, $nodeCodes: [String!], $setCode: String) {
    comparisonMatrix(periodId: $periodId, unitGroupId: $unitGroupId, nodeKind: $nodeKind, nodeCodes: $nodeCodes, setCode: $setCode) {
      columns { ...MatrixColumnFields }
      rows { unit { id name } rank total shares points }
    }
    weakestCriteria(periodId: $periodId, unitGroupId: $unitGroupId, setCode: $setCode, limit: 5) {
      cohortSize criteria {
        code name { vi en } lost lostShare atZero
      }
    }
  }
`,
  [MatrixColumnFields],
);
type Matrix = ResultOf<typeof COMPARISON_MATRIX>;
export type MatrixRow = NonNullable<NonNullable<Matrix['comparisonMatrix']>['rows']>[number];
export type WeakCriterion = NonNullable<NonNullable<Matrix['weakestCriteria']>['criteria']>[number];
/** What the heatmap shows in its cells (colour is always the share): a display choice, not in the schema. */
export type Measure = 'POINTS' | 'SHARE';

export const PERIOD_COMPARISON = graphql(
  `
  query PeriodComparison($fromPeriodId: ID!, $toPeriodId: ID!, $unitGroupId: ID!, $nodeKind: ComparisonNodeKind!, $rule: LineageRule!, $setCode: String) {
    periodComparison(fromPeriodId: $fromPeriodId, toPeriodId: $toPeriodId, unitGroupId: $unitGroupId, nodeKind: $nodeKind, rule: $rule, setCode: $setCode) {
      fromPeriodCode @_required toPeriodCode @_required fromVersion toVersion codeMappingUsed rule
      columns { ...MatrixColumnFields }
      removedNodes { ...MatrixColumnFields }
      addedNodes { ...MatrixColumnFields }
      remappedNodes { code fromCodes }
      units { unit { id name } status before after delta rankBefore rankAfter
        nodesBefore nodesAfter nodeDeltas partial incomplete
        predecessors { unit { id name } partial points } }
    }
  }
`,
  [MatrixColumnFields],
);
export type PeriodComparison = NonNullable<ResultOf<typeof PERIOD_COMPARISON>['periodComparison']>;
export type UnitDelta = NonNullable<PeriodComparison['units']>[number];
export type UnitPeriodStatus = NonNullable<UnitDelta['status']>;
/** How a merged unit's past is built from its predecessors. */
export type LineageRule = VariablesOf<typeof PERIOD_COMPARISON>['rule'];

/** One node across the cohort: its spread, and its index values normalised and banded. */
export const NODE_DISTRIBUTION = graphql(
  `
  query NodeDistribution($periodId: ID!, $unitGroupId: ID!, $nodeCode: String!, $setCode: String) {
    distribution(periodId: $periodId, unitGroupId: $unitGroupId, nodeCode: $nodeCode, setCode: $setCode) {
      node { ...MatrixColumnFields } min q1 median q3 max mean count atFull atZero notApplicable
    }
    normalisedCohort(periodId: $periodId, unitGroupId: $unitGroupId, nodeCode: $nodeCode, setCode: $setCode) {
      mean standardDeviation bands { code min inclusive units }
      units { unit { id name } rank points maxPoints index minMax zScore band }
    }
  }
`,
  [MatrixColumnFields],
);
export type NodeDistribution = NonNullable<ResultOf<typeof NODE_DISTRIBUTION>['distribution']>;
export type NormalisedCohort = NonNullable<ResultOf<typeof NODE_DISTRIBUTION>['normalisedCohort']>;

/**
 * What the API keeps of a comparison (apps/api/src/services/comparisons/saved.ts). Saving takes a typed
 * ComparisonDefinitionInput, but reading it back is still JSON in this stored shape.
 */
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
/** The stored definition as saveComparison takes it: the input names the periods `periodIds`. */
export function definitionInput({
  periods,
  ...rest
}: ComparisonDefinition): SaveComparisonInput['definition'] {
  return { ...rest, periodIds: periods };
}
type SaveComparisonInput = VariablesOf<typeof SAVE_COMPARISON>['input'];

/** A saved comparison; `definition` is JSON in the schema, read as a ComparisonDefinition. */
export type SavedComparison = Omit<SavedComparisonRow, 'definition'> & { definition: ComparisonDefinition };

export const SAVED_COMPARISONS = graphql(`
  query SavedComparisons {
    savedComparisons(first: 50) { edges { node { id name updatedAt definition } } }
  }
`);
type SavedComparisonRow = NonNullable<
  NonNullable<ResultOf<typeof SAVED_COMPARISONS>['savedComparisons']>['edges']
>[number]['node'];

export const SAVE_COMPARISON = graphql(
  `
  mutation SaveComparison($input: SaveComparisonInput!) {
    saveComparison(input: $input) {
      __typename
      ... on SaveComparisonPayload { data { id name } }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

/**
 * The export address for the matrix (the browser downloads it with the session cookie). The route
 * takes the period, cohort, set and node kind only: a download holds every node of the kind. A CSV
 * follows the console's language: Vietnamese `;` and decimal commas, English `,` and points.
 */
export function matrixExportUrl(
  format: 'csv' | 'xlsx',
  lang: 'vi' | 'en',
  periodId: string,
  unitGroupId: string,
  nodeKind: string,
  setCode?: string | null,
  nodeCodes?: readonly string[] | null,
) {
  const query = new URLSearchParams({ periodId, unitGroupId, nodeKind, lang });
  if (setCode) query.set('setCode', setCode);
  if (nodeCodes?.length) query.set('nodeCodes', nodeCodes.join(','));
  return `/exports/comparison-matrix.${format}?${query}`;
}
