import type { AppError } from './errors.ts';
import type { Text } from './types.ts';

/** Criteria versions as the editor reads and writes them (see apps/api/schema.graphql). */
export interface CriteriaIssue {
  path: string;
  field: string | null;
  message: string;
}

export interface EditableVersion {
  id: string;
  version: string;
  status: 'DRAFT' | 'PUBLISHED';
  revision: number;
  publishedAt: string | null;
  maxPoints: number | null;
  criteriaCount: number | null;
  valid: boolean | null;
  document: unknown;
  validation: CriteriaIssue[] | null;
  basedOn: { id: string; version: string } | null;
  set: { id: string; code: string; name: Text } | null;
}

// Editor errors also name the field: criteria issues carry it in front of the message.
const ERROR_FIELDS = `... on AppError { code message messages { vi en } issues { path message } }`;

const VERSION_FIELDS = `id version status revision publishedAt maxPoints criteriaCount valid document
  validation { path field message }
  basedOn { id version }
  set { id code name { vi en } }`;

export const EDITABLE_VERSION = `query EditableVersion($id: ID!) {
  node(id: $id) { ... on CriteriaVersion { ${VERSION_FIELDS} } }
}`;

/** One mutation answering `Success { data: CriteriaVersion } | AppError`. */
const versionMutation = (name: string, field: string, params: string, args: string) =>
  `mutation ${name}(${params}) {
  ${field}(${args}) {
    __typename
    ... on Mutation${field.charAt(0).toUpperCase()}${field.slice(1)}Success { data { ${VERSION_FIELDS} } }
    ${ERROR_FIELDS}
  }
}`;

const TARGET_PARAMS = '$versionId: ID!, $revision: Int!';
const TARGET_ARGS = 'versionId: $versionId, revision: $revision';
// Edits may also roll every parent's maximum up to the sum of its children.
const DRAFT_PARAMS = `${TARGET_PARAMS}, $recomputeMaxima: Boolean`;
const DRAFT_ARGS = `${TARGET_ARGS}, recomputeMaxima: $recomputeMaxima`;

export const CREATE_DRAFT_FROM_VERSION = versionMutation(
  'CreateDraftFromVersion',
  'createCriteriaDraftFromVersion',
  '$versionId: ID!, $version: String!',
  'versionId: $versionId, version: $version',
);

export const CREATE_DRAFT_FROM_YAML = versionMutation(
  'CreateDraftFromYaml',
  'createCriteriaDraftFromYaml',
  '$yaml: String!',
  'yaml: $yaml',
);

export const UPDATE_NODE = versionMutation(
  'UpdateCriteriaNode',
  'updateCriteriaNode',
  `${DRAFT_PARAMS}, $code: String!, $patch: CriteriaNodePatch!`,
  `${DRAFT_ARGS}, code: $code, patch: $patch`,
);

export const ADD_NODE = versionMutation(
  'AddCriteriaNode',
  'addCriteriaNode',
  `${DRAFT_PARAMS}, $parentCode: String, $node: JSON!`,
  `${DRAFT_ARGS}, parentCode: $parentCode, node: $node`,
);

export const MOVE_NODE = versionMutation(
  'MoveCriteriaNode',
  'moveCriteriaNode',
  `${DRAFT_PARAMS}, $code: String!, $parentCode: String, $position: Int!`,
  `${DRAFT_ARGS}, code: $code, parentCode: $parentCode, position: $position`,
);

export const REMOVE_NODE = versionMutation(
  'RemoveCriteriaNode',
  'removeCriteriaNode',
  `${DRAFT_PARAMS}, $code: String!`,
  `${DRAFT_ARGS}, code: $code`,
);

export const SET_LEVEL_RULES = versionMutation(
  'SetLevelRules',
  'setLevelRules',
  `${DRAFT_PARAMS}, $categoryCode: String!, $levels: JSON!`,
  `${DRAFT_ARGS}, categoryCode: $categoryCode, levels: $levels`,
);

export const PUBLISH_VERSION = versionMutation(
  'PublishCriteriaVersion',
  'publishCriteriaVersion',
  TARGET_PARAMS,
  TARGET_ARGS,
);

export const VERSION_YAML = `query VersionYaml($id: ID!) {
  node(id: $id) { ... on CriteriaVersion { id version yaml set { code } } }
}`;

export interface DiffChange {
  code: string;
  kind: 'CATEGORY' | 'GROUP' | 'CRITERION' | 'INDICATOR';
  path: string;
  name: Text;
  fields: string[];
}

export interface VersionDiff {
  added: DiffChange[];
  removed: DiffChange[];
  changed: DiffChange[];
}

export const VERSION_DIFF = `query VersionDiff($from: ID!, $to: ID!) {
  criteriaVersionDiff(from: $from, to: $to) {
    added { code kind path name { vi en } fields }
    removed { code kind path name { vi en } fields }
    changed { code kind path name { vi en } fields }
  }
}`;

export type { AppError };
