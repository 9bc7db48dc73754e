import { APP_ERROR_FIELDS } from './errors.ts';
import type { Text } from './types.ts';

/** Code mappings between criteria versions, as apps/api/schema.graphql has them (criteria-mapping.ts). */
export type NodeKind = 'CATEGORY' | 'GROUP' | 'CRITERION' | 'INDICATOR';

export interface MappingNode {
  code: string;
  kind: NodeKind;
  path: string;
  name: Text;
}

export interface MappingEntry {
  from: string;
  /** null: the old node has no counterpart in the newer version. */
  to: string | null;
}

export interface StoredMapping {
  fromVersionId: string;
  entries: MappingEntry[];
}

export interface PublishedVersion {
  id: string;
  version: string;
  publishedAt: string | null;
}

/** A version with what its mapping screen needs: its nodes, its mappings, its set's published versions. */
export interface MappedVersion {
  id: string;
  version: string;
  nodes: MappingNode[];
  codeMappings: StoredMapping[];
  set: { id: string; versions: { edges: Array<{ node: PublishedVersion }> } | null } | null;
}

const NODE_FIELDS = 'nodes { code kind path name { vi en } }';
const MAPPING_FIELDS = 'codeMappings { fromVersionId entries { from to } }';

export const MAPPED_VERSION = `query MappedVersion($id: ID!) {
  node(id: $id) { ... on CriteriaVersion { id version ${NODE_FIELDS} ${MAPPING_FIELDS}
    set { id versions(first: 50, status: PUBLISHED) { edges { node { id version publishedAt } } } } } }
}`;

/** The older version's nodes: those are what the mapping starts from. */
export const VERSION_NODES = `query VersionNodes($id: ID!) {
  node(id: $id) { ... on CriteriaVersion { id version ${NODE_FIELDS} } }
}`;

export interface MappingSaved {
  id: string;
  revision: number;
  codeMappings: StoredMapping[];
}

export const SET_CODE_MAPPING = `mutation SetCriteriaCodeMapping($versionId: ID!, $revision: Int!, $fromVersionId: ID!, $codes: [CodeMappingEntryInput!]!) {
  setCriteriaCodeMapping(versionId: $versionId, revision: $revision, fromVersionId: $fromVersionId, codes: $codes) {
    __typename
    ... on MutationSetCriteriaCodeMappingSuccess { data { id revision ${MAPPING_FIELDS} } }
    ${APP_ERROR_FIELDS}
  }
}`;
