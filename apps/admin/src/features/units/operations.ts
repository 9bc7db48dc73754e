import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** One unit as the tree, the search and the detail show it. */
export const UnitRowFields = graphql(`
  fragment UnitRowFields on Unit @_unmask {
    id code name kind type endedOn group { id name nameEn }
  }
`);
export type UnitRow = ResultOf<typeof UnitRowFields> & { children?: { totalCount: number } | null };

export const UNIT_ROOTS = graphql(
  `
  query UnitRoots {
    unitTree { ...UnitRowFields children(first: 0) { totalCount } }
    unitGroups {
      id code name nameEn position units(first: 0) { totalCount }
    }
  }
`,
  [UnitRowFields],
);

export const UNIT_CHILDREN = graphql(
  `
  query UnitChildren($id: ID!) {
    node(id: $id) { __typename ... on Unit { id children(first: 500) { edges { node { ...UnitRowFields children(first: 0) { totalCount } } } } } }
  }
`,
  [UnitRowFields],
);

export const UNIT_SEARCH = graphql(
  `
  query UnitSearch($search: String, $groupId: ID, $after: String) {
    units(first: 50, after: $after, search: $search, groupId: $groupId, includeEnded: true) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ...UnitRowFields parent { name } } }
    }
  }
`,
  [UnitRowFields],
);

export const UNIT_DETAIL = graphql(
  `
  query UnitDetail($id: ID!) {
    node(id: $id) { __typename ... on Unit { ...UnitRowFields validFrom
      ancestors { id name }
      lineage { date document kind oldName
        predecessors { partial unit { id name } }
        successors { partial unit { id name } } } } }
  }
`,
  [UnitRowFields],
);
