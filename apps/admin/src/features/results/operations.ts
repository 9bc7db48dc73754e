import { graphql, type ResultOf } from '../../graphql/graphql.ts';

export const RESULT_FILTERS = graphql(`
  query ResultFilters {
    periods(first: 50) { edges { node { id code name status publishedAt
      assignments { unitGroup { id } version { set { code name { vi en } supplements } } } } } }
    unitGroups { id code name nameEn position }
  }
`);

/** The ranking table: flat rows with categories only (the full result trees stay on the unit's page). */
export const GROUP_RANKING = graphql(`
  query GroupRanking($periodId: ID!, $unitGroupId: ID!, $setCode: String) {
    groupRanking(periodId: $periodId, unitGroupId: $unitGroupId, setCode: $setCode, by: TOTAL) {
      cohortSize categories { code name { vi en } }
      entries { assessmentId rank points maxPoints index band
        notRankedReasons { code message }
        unit { id name type parentName }
        categories {
          code points maxPoints level rank notRanked notRankedReasons { code message }
        } } }
  }
`);
export type GroupRanking = NonNullable<ResultOf<typeof GROUP_RANKING>['groupRanking']>;
export type RankingEntry = GroupRanking['entries'][number];
export type CategoryStanding = RankingEntry['categories'][number];
export type ResultFilters = ResultOf<typeof RESULT_FILTERS>;

/** One node of a unit's result tree. */
export const ResultNodeFields = graphql(`
  fragment ResultNodeFields on NodeScore @_unmask {
    code kind name { vi en } path points maxPoints share level levelText notRanked notRankedReason rank overridden
  }
`);
export type ResultNode = ResultOf<typeof ResultNodeFields>;
export type ResultNodeKind = NonNullable<ResultNode['kind']>;

/** The change since the unit's previous published period. */
export const ResultDeltaFields = graphql(`
  fragment ResultDeltaFields on ResultDelta @_unmask {
    points previousPoints previousMaxPoints previousPeriodCode previousPeriodName previousRank
    nodes { code kind before after delta beforeLevel afterLevel status }
  }
`);
export type ResultDelta = ResultOf<typeof ResultDeltaFields>;
export type NodeDelta = NonNullable<ResultDelta['nodes']>[number];
export type DeltaStatus = NonNullable<NodeDelta['status']>;

export const ASSESSMENT_RESULT = graphql(
  `
  query AssessmentResult($id: ID!) {
    node(id: $id) {
      __typename
      ... on Assessment { id status
        unit { id name }
        period { id code name }
        unitGroup { id name nameEn }
        version { version set { code name { vi en } } }
        result { points maxPoints index rank band computedAt
          notRankedReasons { code message }
          nodes { ...ResultNodeFields }
          delta { ...ResultDeltaFields } } }
    }
  }
`,
  [ResultNodeFields, ResultDeltaFields],
);
export type AssessmentResultView = Extract<
  NonNullable<ResultOf<typeof ASSESSMENT_RESULT>['node']>,
  { __typename: 'Assessment' }
>;

/** What the "Lên mức tiếp theo" panel scores in the browser: fetched once per result page. */
export const WHAT_IF_BASIS = graphql(`
  query WhatIfBasis($id: ID!) {
    whatIfBasis(assessmentId: $id) { inputs overrides cohortBest cohort { points maxPoints ranked } }
    node(id: $id) { __typename ... on Assessment { id version { id revision set { id efforts { code weight } } } } }
  }
`);
export type WhatIfBasisData = ResultOf<typeof WHAT_IF_BASIS>;

/**
 * The published report's address (DOCX or PDF), downloaded by the browser with the session cookie,
 * in the console's language; the group's main set unless a set is chosen.
 */
export function periodReportUrl(
  format: 'docx' | 'pdf',
  lang: 'vi' | 'en',
  periodId: string,
  unitGroupId: string,
  setCode?: string | null,
) {
  const query = new URLSearchParams({ periodId, unitGroupId, lang });
  if (setCode) query.set('setCode', setCode);
  return `/reports/period.${format}?${query}`;
}

/** The criteria whose improvement alone would lift the most units of the cohort a level. */
export const LEVEL_LIFTERS = graphql(`
  query LevelLifters($periodId: ID!, $unitGroupId: ID!, $setCode: String) {
    levelLifters(periodId: $periodId, unitGroupId: $unitGroupId, setCode: $setCode, limit: 10) {
      code number categoryCode name { vi en } units unitNames
    }
  }
`);
