import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** A plan as its page shows it and every plan mutation answers it. */
export const PlanFields = graphql(`
  fragment PlanFields on ImprovementPlan @_unmask {
    id status revision note returnReason approvedAt
    unit { id code name }
    targetPeriod { id code name endsOn }
    basePeriod { id code }
    criteria { set { code } code path categoryCode number name { vi en } maxPoints basePoints }
    progress {
      planned achieved met overdue onTrack
      gains { set { code name { vi en } } categoryCode categoryName { vi en } planned achieved }
      targets {
        id set { code } nodeCode number name { vi en } maxPoints basePoints targetPoints gain
        targetValue currentPoints currentValue owner dueOn note status
      }
    }
  }
`);
export type Plan = ResultOf<typeof PlanFields>;
export type PlanCriterion = Plan['criteria'][number];
export type PlanTarget = Plan['progress']['targets'][number];

export const PLAN = graphql(
  `
  query Plan($id: ID!) { node(id: $id) { __typename ... on ImprovementPlan { ...PlanFields } } }
`,
  [PlanFields],
);

/** The periods a plan may aim at, and the province's plans for one of them. */
export const PLANS = graphql(`
  query Plans($periodId: ID!) {
    improvementPlans(periodId: $periodId) {
      id status unit { id code name }
      progress { planned achieved met overdue onTrack targets { id } }
    }
  }
`);

export const PLAN_PERIODS = graphql(`
  query PlanPeriods { periods(first: 100) { edges { node { id code name status } } } }
`);

export const CREATE_PLAN = graphql(
  `
  mutation CreateImprovementPlan($input: CreateImprovementPlanInput!) {
    createImprovementPlan(input: $input) {
      __typename
      ... on CreateImprovementPlanPayload { data { ...PlanFields } }
      ...AppErrorFields
    }
  }
`,
  [PlanFields, AppErrorFields],
);

export const SAVE_PLAN = graphql(
  `
  mutation SaveImprovementPlan($input: SaveImprovementPlanInput!) {
    saveImprovementPlan(input: $input) {
      __typename
      ... on SaveImprovementPlanPayload { data { ...PlanFields } }
      ...AppErrorFields
    }
  }
`,
  [PlanFields, AppErrorFields],
);

export const SUBMIT_PLAN = graphql(
  `
  mutation SubmitImprovementPlan($input: SubmitImprovementPlanInput!) {
    submitImprovementPlan(input: $input) {
      __typename
      ... on SubmitImprovementPlanPayload { data { ...PlanFields } }
      ...AppErrorFields
    }
  }
`,
  [PlanFields, AppErrorFields],
);

export const APPROVE_PLAN = graphql(
  `
  mutation ApproveImprovementPlan($input: ApproveImprovementPlanInput!) {
    approveImprovementPlan(input: $input) {
      __typename
      ... on ApproveImprovementPlanPayload { data { ...PlanFields } }
      ...AppErrorFields
    }
  }
`,
  [PlanFields, AppErrorFields],
);

export const RETURN_PLAN = graphql(
  `
  mutation ReturnImprovementPlan($input: ReturnImprovementPlanInput!) {
    returnImprovementPlan(input: $input) {
      __typename
      ... on ReturnImprovementPlanPayload { data { ...PlanFields } }
      ...AppErrorFields
    }
  }
`,
  [PlanFields, AppErrorFields],
);

/** The shortest paths to the next level a plan may start from (asked apart: they take the cohort to compute). */
export const PLAN_SUGGESTIONS = graphql(`
  query PlanSuggestions($id: ID!) {
    node(id: $id) {
      __typename
      ... on ImprovementPlan {
        id
        suggestions {
          setCode
          path { categoryCode target gain explanation { vi en } steps { code target input } }
        }
      }
    }
  }
`);
