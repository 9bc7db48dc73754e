/**
 * What `pnpm bench:api` asks, on each dataset: a province's commune ranking (177 rows for Quảng
 * Ninh), the communes × criteria matrix across two periods (a CRITERION-level period comparison; the
 * demo has one published period, so there it is that period's matrix), and the summary.
 */
/** Ten fields a row, as the calibration (177 rows × 10 fields). */
const RANKING = `query ($p: ID!, $g: ID!) { groupRanking(periodId: $p, unitGroupId: $g, by: TOTAL) {
  cohortSize entries { unit { code name parentName } rank points maxPoints index categories { code points level } } } }`;

const TWO_PERIOD_MATRIX = `query ($a: ID!, $b: ID!, $g: ID!) {
  periodComparison(fromPeriodId: $a, toPeriodId: $b, unitGroupId: $g, nodeKind: CRITERION) {
    fromPeriodCode toPeriodCode columns { code maxPoints }
    units { unit { code name } status before after delta nodesBefore nodesAfter } } }`;

const MATRIX = `query ($p: ID!, $g: ID!) { comparisonMatrix(periodId: $p, unitGroupId: $g, nodeKind: CRITERION) {
  periodCode columns { code maxPoints } rows { unit { code name } rank total points } } }`;

const SUMMARY = `query ($p: ID!, $g: ID!) { comparisonSummary(periodId: $p, unitGroupId: $g) {
  periodCode previousPeriodCode cohortSize
  categories { code name { vi } ranked notRanked levels { level units } }
  blockingGroups { category groups units }
  top { unit { code name } rank points } bottom { unit { code name } rank points }
  risers { unit { code } before after delta } fallers { unit { code } before after delta } } }`;

const DISTRIBUTION = `query ($p: ID!, $g: ID!, $c: String!) { distribution(periodId: $p, unitGroupId: $g, nodeCode: $c) {
  node { code name { vi } } count notApplicable atZero atFull min q1 median q3 max mean } }`;

const WEAKEST = `query ($p: ID!, $g: ID!) { weakestCriteria(periodId: $p, unitGroupId: $g, limit: 10) {
  cohortSize criteria { code path name { vi } lost lostShare possible units atZero atFull }
  blockingGroups { category groups units } } }`;

const NORMALISED = `query ($p: ID!, $g: ID!) { normalisedCohort(periodId: $p, unitGroupId: $g) {
  mean standardDeviation bands { code units } units { unit { code name } rank points index minMax zScore band } } }`;

const SENSITIVITY = `query ($p: ID!, $g: ID!) { rankSensitivity(periodId: $p, unitGroupId: $g, percent: 10) {
  cohortSize scenarios { group { code } weight unitsChanged maxShift meanShift } } }`;

export interface Dataset {
  name: string;
  /** The period ranked and summarised, and the one before it (null: only one is published). */
  period: string;
  previous: string | null;
  /** Quảng Ninh's communes. */
  group: string;
}

export const DEMO: Dataset = {
  name: 'embedded PGlite, demo',
  period: '2021',
  previous: null,
  group: 'nhom-3',
};
export const NATIONAL: Dataset = {
  name: 'PostgreSQL, national',
  period: '2022',
  previous: '2021',
  group: 'xa-22',
};

export interface Operation {
  name: string;
  query: string;
  variables: Record<string, string>;
}

/**
 * The three operations with the dataset's ids (global IDs of periods and group); `every`: the other
 * published comparison queries too (what the uncached run compares), one category for the distribution.
 */
export function operationsOf(
  dataset: Dataset,
  ids: { periods: Map<string, string>; group: string; category?: string | undefined },
  every = false,
): Operation[] {
  const period = ids.periods.get(dataset.period) as string;
  const previous = dataset.previous ? ids.periods.get(dataset.previous) : undefined;
  return [
    { name: 'province ranking', query: RANKING, variables: { p: period, g: ids.group } },
    previous
      ? {
          name: 'matrix, two periods',
          query: TWO_PERIOD_MATRIX,
          variables: { a: previous, b: period, g: ids.group },
        }
      : { name: 'matrix, one period', query: MATRIX, variables: { p: period, g: ids.group } },
    { name: 'summary', query: SUMMARY, variables: { p: period, g: ids.group } },
    ...(every
      ? [
          {
            name: 'distribution',
            query: DISTRIBUTION,
            variables: { p: period, g: ids.group, c: ids.category ?? '' },
          },
          { name: 'weakest criteria', query: WEAKEST, variables: { p: period, g: ids.group } },
          { name: 'normalised cohort', query: NORMALISED, variables: { p: period, g: ids.group } },
          { name: 'rank sensitivity', query: SENSITIVITY, variables: { p: period, g: ids.group } },
        ]
      : []),
  ];
}

/** The first category of the dataset's ranking (the distribution's node). */
export const categoryQuery = (dataset: Dataset, ids: { periods: Map<string, string>; group: string }) => ({
  query: `query ($p: ID!, $g: ID!) { groupRanking(periodId: $p, unitGroupId: $g, by: TOTAL) { categories { code } } }`,
  variables: { p: ids.periods.get(dataset.period) as string, g: ids.group },
});

export const IDS_QUERY = `{ periods(first: 20) { edges { node { id code } } } unitGroups { id code } }`;

export function idsFrom(
  data: {
    periods: { edges: Array<{ node: { id: string; code: string } }> };
    unitGroups: Array<{ id: string; code: string }>;
  },
  dataset: Dataset,
): { periods: Map<string, string>; group: string } {
  const group = data.unitGroups.find((candidate) => candidate.code === dataset.group);
  if (!group) throw new Error(`no unit group ${dataset.group} in ${dataset.name}`);
  return { periods: new Map(data.periods.edges.map(({ node }) => [node.code, node.id])), group: group.id };
}
