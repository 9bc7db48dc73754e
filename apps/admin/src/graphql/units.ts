export interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  type: string | null;
  endedOn: string | null;
  group: { id: string; name: string; nameEn: string } | null;
  children?: { totalCount: number } | null;
}

const UNIT_FIELDS = 'id code name kind type endedOn group { id name nameEn }';

export const UNIT_ROOTS = `query UnitRoots {
  unitTree { ${UNIT_FIELDS} children(first: 0) { totalCount } }
  unitGroups { id code name nameEn position units(first: 0) { totalCount } }
}`;

export const UNIT_CHILDREN = `query UnitChildren($id: ID!) {
  node(id: $id) { ... on Unit { id children(first: 500) { edges { node { ${UNIT_FIELDS} children(first: 0) { totalCount } } } } } }
}`;

export const UNIT_SEARCH = `query UnitSearch($search: String, $groupId: ID) {
  units(first: 50, search: $search, groupId: $groupId, includeEnded: true) {
    totalCount edges { node { ${UNIT_FIELDS} parent { name } } }
  }
}`;

export const UNIT_DETAIL = `query UnitDetail($id: ID!) {
  node(id: $id) { ... on Unit { ${UNIT_FIELDS} validFrom
    ancestors { id name }
    lineage { date document kind oldName
      predecessors { partial unit { id name } }
      successors { partial unit { id name } } } } }
}`;
