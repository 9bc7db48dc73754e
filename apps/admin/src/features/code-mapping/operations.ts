import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** Code mappings between criteria versions (apps/api/src/schema/criteria-mapping.ts). */
const MappingNodeFields = graphql(`
  fragment MappingNodeFields on CriteriaNode @_unmask { code kind path name { vi en } }
`);
export type MappingNode = ResultOf<typeof MappingNodeFields>;
export type NodeKind = NonNullable<MappingNode['kind']>;

const StoredMappingFields = graphql(`
  fragment StoredMappingFields on CodeMapping @_unmask { fromVersionId entries { from to } }
`);
export type StoredMapping = ResultOf<typeof StoredMappingFields>;
/** `to` null: the old node has no counterpart in the newer version. */
export type MappingEntry = NonNullable<StoredMapping['entries']>[number];

/** A version with what its mapping screen needs: its nodes, its mappings, its set's published versions. */
export const MAPPED_VERSION = graphql(
  `
  query MappedVersion($id: ID!) {
    node(id: $id) { __typename ... on CriteriaVersion { id version
      nodes { ...MappingNodeFields }
      codeMappings { ...StoredMappingFields }
      set { id versions(first: 50, status: PUBLISHED) { edges { node { id version publishedAt } } } } } }
  }
`,
  [MappingNodeFields, StoredMappingFields],
);
/** One of the set's published versions: where a mapping may start. */
export type PublishedVersion = NonNullable<
  NonNullable<MappedVersion['set']>['versions']
>['edges'][number]['node'];
export type MappedVersion = Extract<
  NonNullable<ResultOf<typeof MAPPED_VERSION>['node']>,
  { version: unknown }
>;

/** The older version's nodes: those are what the mapping starts from. */
export const VERSION_NODES = graphql(
  `
  query VersionNodes($id: ID!) {
    node(id: $id) { __typename ... on CriteriaVersion { id version nodes { ...MappingNodeFields } } }
  }
`,
  [MappingNodeFields],
);

export const SET_CODE_MAPPING = graphql(
  `
  mutation SetCriteriaCodeMapping($input: SetCriteriaCodeMappingInput!) {
    setCriteriaCodeMapping(input: $input) {
      __typename
      ... on SetCriteriaCodeMappingPayload { data { id revision codeMappings { ...StoredMappingFields } } }
      ...AppErrorFields
    }
  }
`,
  [StoredMappingFields, AppErrorFields],
);
export type MappingSaved = Extract<
  NonNullable<ResultOf<typeof SET_CODE_MAPPING>['setCriteriaCodeMapping']>,
  { data: unknown }
>['data'];
