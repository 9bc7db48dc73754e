import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** Every set with its version history. */
export const CRITERIA_SETS = graphql(`
  query CriteriaSets {
    criteriaSets(first: 50) @_required {
      edges { node { id code @_required name @_required { vi @_required en @_required } unitLevel @_required supplements
        versions(first: 50) { edges { node { id version @_required status @_required publishedAt createdAt maxPoints criteriaCount valid } } } } }
    }
  }
`);

/** A criteria version as the editor reads it, and as every editing mutation answers it. */
export const EditableVersionFields = graphql(`
  fragment EditableVersionFields on CriteriaVersion @_unmask {
    id version @_required status @_required revision @_required publishedAt maxPoints criteriaCount valid document
    validation { path @_required field message @_required }
    basedOn { id version @_required }
    set { id code @_required name @_required { vi @_required en @_required } }
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
  mutation CreateDraftFromVersion($versionId: ID!, $version: String!) {
    createCriteriaDraftFromVersion(versionId: $versionId, version: $version) {
      __typename
      ... on MutationCreateCriteriaDraftFromVersionSuccess { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const CREATE_DRAFT_FROM_YAML = graphql(
  `
  mutation CreateDraftFromYaml($yaml: String!) {
    createCriteriaDraftFromYaml(yaml: $yaml) {
      __typename
      ... on MutationCreateCriteriaDraftFromYamlSuccess { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const UPDATE_NODE = graphql(
  `
  mutation UpdateCriteriaNode($versionId: ID!, $revision: Int!, $recomputeMaxima: Boolean, $code: String!, $patch: CriteriaNodePatch!) {
    updateCriteriaNode(versionId: $versionId, revision: $revision, recomputeMaxima: $recomputeMaxima, code: $code, patch: $patch) {
      __typename
      ... on MutationUpdateCriteriaNodeSuccess { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const ADD_NODE = graphql(
  `
  mutation AddCriteriaNode($versionId: ID!, $revision: Int!, $recomputeMaxima: Boolean, $parentCode: String, $node: JSON!) {
    addCriteriaNode(versionId: $versionId, revision: $revision, recomputeMaxima: $recomputeMaxima, parentCode: $parentCode, node: $node) {
      __typename
      ... on MutationAddCriteriaNodeSuccess { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const MOVE_NODE = graphql(
  `
  mutation MoveCriteriaNode($versionId: ID!, $revision: Int!, $recomputeMaxima: Boolean, $code: String!, $parentCode: String, $position: Int!) {
    moveCriteriaNode(versionId: $versionId, revision: $revision, recomputeMaxima: $recomputeMaxima, code: $code, parentCode: $parentCode, position: $position) {
      __typename
      ... on MutationMoveCriteriaNodeSuccess { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const REMOVE_NODE = graphql(
  `
  mutation RemoveCriteriaNode($versionId: ID!, $revision: Int!, $recomputeMaxima: Boolean, $code: String!) {
    removeCriteriaNode(versionId: $versionId, revision: $revision, recomputeMaxima: $recomputeMaxima, code: $code) {
      __typename
      ... on MutationRemoveCriteriaNodeSuccess { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const SET_LEVEL_RULES = graphql(
  `
  mutation SetLevelRules($versionId: ID!, $revision: Int!, $recomputeMaxima: Boolean, $categoryCode: String!, $levels: JSON!) {
    setLevelRules(versionId: $versionId, revision: $revision, recomputeMaxima: $recomputeMaxima, categoryCode: $categoryCode, levels: $levels) {
      __typename
      ... on MutationSetLevelRulesSuccess { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const PUBLISH_VERSION = graphql(
  `
  mutation PublishCriteriaVersion($versionId: ID!, $revision: Int!) {
    publishCriteriaVersion(versionId: $versionId, revision: $revision) {
      __typename
      ... on MutationPublishCriteriaVersionSuccess { data { ...EditableVersionFields } }
      ...AppErrorFields
    }
  }
`,
  [EditableVersionFields, AppErrorFields],
);

export const VERSION_YAML = graphql(`
  query VersionYaml($id: ID!) {
    node(id: $id) { __typename ... on CriteriaVersion { id version @_required yaml @_required set @_required { code @_required } } }
  }
`);

const DiffChangeFields = graphql(`
  fragment DiffChangeFields on CriteriaNodeChange @_unmask {
    code @_required kind @_required path @_required name @_required { vi @_required en @_required } fields @_required
  }
`);
export type DiffChange = ResultOf<typeof DiffChangeFields>;

export const VERSION_DIFF = graphql(
  `
  query VersionDiff($from: ID!, $to: ID!) {
    criteriaVersionDiff(from: $from, to: $to) {
      added @_required { ...DiffChangeFields }
      removed @_required { ...DiffChangeFields }
      changed @_required { ...DiffChangeFields }
    }
  }
`,
  [DiffChangeFields],
);
export type VersionDiff = NonNullable<ResultOf<typeof VERSION_DIFF>['criteriaVersionDiff']>;

export type { AppError } from '../../graphql/errors.ts';
