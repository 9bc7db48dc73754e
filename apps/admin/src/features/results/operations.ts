import { graphql, type ResultOf } from '../../graphql/graphql.ts';

export const RESULT_FILTERS = graphql(`
  query ResultFilters {
    periods(first: 50) @_required { edges { node { id code @_required name @_required status @_required publishedAt
      assignments { unitGroup { id } version { set @_required { code @_required name @_required { vi @_required en @_required } supplements } } } } } }
    unitGroups @_required { id code @_required name @_required nameEn @_required position }
  }
`);

/** The ranking table: flat rows with categories only (the full result trees stay on the unit's page). */
export const GROUP_RANKING = graphql(`
  query GroupRanking($periodId: ID!, $unitGroupId: ID!, $setCode: String) {
    groupRanking(periodId: $periodId, unitGroupId: $unitGroupId, setCode: $setCode, by: TOTAL) {
      cohortSize @_required categories @_required { code @_required name @_required { vi @_required en @_required } }
      entries @_required { assessmentId @_required rank points @_required maxPoints @_required index @_required band
        unit @_required { id name @_required type @_required parentName }
        categories @_required {
          code @_required points @_required maxPoints @_required level notRanked @_required notRankedReason
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
    code @_required kind @_required name { vi @_required en @_required } path @_required points maxPoints share level levelText notRanked notRankedReason rank overridden
  }
`);
export type ResultNode = ResultOf<typeof ResultNodeFields>;
export type ResultNodeKind = NonNullable<ResultNode['kind']>;

/** The change since the unit's previous published period. */
export const ResultDeltaFields = graphql(`
  fragment ResultDeltaFields on ResultDelta @_unmask {
    points previousPoints previousMaxPoints previousPeriodCode previousPeriodName previousRank
    nodes { code @_required kind before after delta beforeLevel afterLevel status }
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
        unit { id name @_required }
        period { id code @_required name @_required }
        unitGroup { id name @_required nameEn @_required }
        version { version @_required set @_required { code @_required name @_required { vi @_required en @_required } } }
        result { points maxPoints index rank band computedAt
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
