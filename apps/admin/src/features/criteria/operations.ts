import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** Every set with its version history. */
export const CRITERIA_SETS = graphql(`
  query CriteriaSets {
    criteriaSets(first: 50) {
      edges { node { id code name { vi en } unitLevel supplements
        versions(first: 50) { edges { node { id version status publishedAt createdAt maxPoints criteriaCount valid } } } } }
    }
  }
`);

/** A criteria version as the editor reads it, and as every editing mutation answers it. */
export const EditableVersionFields = graphql(`
  fragment EditableVersionFields on CriteriaVersion @_unmask {
    id version status revision publishedAt maxPoints criteriaCount valid document
    validation { path field code messages { vi en } }
    basedOn { id version }
    set { id code name { vi en } }
  }
`);
export type EditableVersion = ResultOf<typeof EditableVersionFields>;
export type CriteriaIssue = NonNullable<EditableVersion['validation']>[number];

export const EDITABLE_VERSION = graphql(
  `
  query EditableVersion($id: ID!) {
    node(id: $id) { __typename ... on CriteriaVersion { ...EditableVersionFields } }
  }
`,
  [EditableVersionFields],
);

// Every mutation below answers `Success { data: CriteriaVersion } | AppError`. Edits to a draft may also
// roll every parent's maximum up to the sum of its children ($recomputeMaxima).

export const CREATE_DRAFT_FROM_VERSION = graphql(
  `
  mutation CreateDraftFromVersion($input: CreateCriteriaDraftFromVersionInput!) {
    createCriteriaDraftFromVersion(input: $input) {
      __typename
      ... on CreateCriteriaDraftFromVersionPayload { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const CREATE_DRAFT_FROM_YAML = graphql(
  `
  mutation CreateDraftFromYaml($input: CreateCriteriaDraftFromYamlInput!) {
    createCriteriaDraftFromYaml(input: $input) {
      __typename
      ... on CreateCriteriaDraftFromYamlPayload { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const UPDATE_NODE = graphql(
  `
  mutation UpdateCriteriaNode($input: UpdateCriteriaNodeInput!) {
    updateCriteriaNode(input: $input) {
      __typename
      ... on UpdateCriteriaNodePayload { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const ADD_NODE = graphql(
  `
  mutation AddCriteriaNode($input: AddCriteriaNodeInput!) {
    addCriteriaNode(input: $input) {
      __typename
      ... on AddCriteriaNodePayload { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const MOVE_NODE = graphql(
  `
  mutation MoveCriteriaNode($input: MoveCriteriaNodeInput!) {
    moveCriteriaNode(input: $input) {
      __typename
      ... on MoveCriteriaNodePayload { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const REMOVE_NODE = graphql(
  `
  mutation RemoveCriteriaNode($input: RemoveCriteriaNodeInput!) {
    removeCriteriaNode(input: $input) {
      __typename
      ... on RemoveCriteriaNodePayload { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const SET_LEVEL_RULES = graphql(
  `
  mutation SetLevelRules($input: SetLevelRulesInput!) {
    setLevelRules(input: $input) {
      __typename
      ... on SetLevelRulesPayload { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const PUBLISH_VERSION = graphql(
  `
  mutation PublishCriteriaVersion($input: PublishCriteriaVersionInput!) {
    publishCriteriaVersion(input: $input) {
      __typename
      ... on PublishCriteriaVersionPayload { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const VERSION_YAML = graphql(`
  query VersionYaml($id: ID!) {
    node(id: $id) { __typename ... on CriteriaVersion { id version yaml set { code } } }
  }
`);

const DiffChangeFields = graphql(`
  fragment DiffChangeFields on CriteriaNodeChange @_unmask {
    code kind path name { vi en } fields values { field before after }
  }
`);
export type DiffChange = ResultOf<typeof DiffChangeFields>;

export const VERSION_DIFF = graphql(
  `
  query VersionDiff($from: ID!, $to: ID!) {
    criteriaVersionDiff(from: $from, to: $to) {
      added { ...DiffChangeFields }
      removed { ...DiffChangeFields }
      changed { ...DiffChangeFields }
    }
  }
`,
  [DiffChangeFields],
);
export type VersionDiff = NonNullable<ResultOf<typeof VERSION_DIFF>['criteriaVersionDiff']>;

export type { AppError } from '../../graphql/errors.ts';

/** A set's effort weights, with the criteria and indicators of its latest version to weigh. */
export const CRITERION_EFFORTS = graphql(`
  query CriterionEfforts($id: ID!) {
    node(id: $id) {
      __typename
      ... on CriteriaSet {
        id effortsRevision efforts { code weight }
        versions(last: 1) { edges { node { id version nodes { code kind number name { vi en } } } } }
      }
    }
  }
`);

export const SET_CRITERION_EFFORTS = graphql(
  `
  mutation SetCriterionEfforts($input: SetCriterionEffortsInput!) {
    setCriterionEfforts(input: $input) {
      __typename
      ... on SetCriterionEffortsPayload { data { id effortsRevision efforts { code weight } } }
      ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);
