import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** One unit as the tree, the search and the detail show it. */
export const UnitRowFields = graphql(`
  fragment UnitRowFields on Unit @_unmask {
    id code @_required name @_required kind @_required type endedOn group { id name @_required nameEn @_required }
  }
`);
export type UnitRow = ResultOf<typeof UnitRowFields> & { children?: { totalCount: number } | null };

export const UNIT_ROOTS = graphql(
  `
  query UnitRoots {
    unitTree @_required { ...UnitRowFields children(first: 0) { totalCount @_required } }
    unitGroups @_required {
      id code @_required name @_required nameEn @_required position units(first: 0) @_required { totalCount @_required }
    }
  }
`,
  [UnitRowFields],
);

export const UNIT_CHILDREN = graphql(
  `
  query UnitChildren($id: ID!) {
    node(id: $id) { __typename ... on Unit { id children(first: 500) @_required { edges { node { ...UnitRowFields children(first: 0) { totalCount @_required } } } } } }
  }
`,
  [UnitRowFields],
);

export const UNIT_SEARCH = graphql(
  `
  query UnitSearch($search: String, $groupId: ID) {
    units(first: 50, search: $search, groupId: $groupId, includeEnded: true) @_required {
      totalCount @_required edges { node { ...UnitRowFields parent { name @_required } } }
    }
  }
`,
  [UnitRowFields],
);

export const UNIT_DETAIL = graphql(
  `
  query UnitDetail($id: ID!) {
    node(id: $id) { __typename ... on Unit { ...UnitRowFields validFrom
      ancestors { id name @_required }
      lineage { date @_required document kind @_required oldName
        predecessors { partial unit { id name @_required } }
        successors { partial unit { id name @_required } } } } }
  }
`,
  [UnitRowFields],
);
