import { AppErrorFields } from '../../graphql/errors.ts';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';
import { JobFields } from '../../graphql/job-state.ts';

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

// ─── Import, reorganisation, groups (admin) ─────────────────────────────────────────────────────

export const UNIT_SOURCES = graphql(`
  query UnitSources {
    unitSources { id name nameEn date reorganisation provinces { code name } }
  }
`);

const UnitImportReportFields = graphql(`
  fragment UnitImportReportFields on UnitImportReport @_unmask {
    created updated unchanged renamed moved ended events missing
    changes { kind code name oldName }
  }
`);
export type UnitImportReport = ResultOf<typeof UnitImportReportFields>;

/** An import still at work in the background (JOB_UNFINISHED): its job, and once done its report. */
export const UNIT_IMPORT_JOB = graphql(
  `
  query UnitImportJob($id: ID!) { job(id: $id) { ...JobFields unitImport { ...UnitImportReportFields } } }
`,
  [JobFields, UnitImportReportFields],
);

export const PREVIEW_UNIT_IMPORT = graphql(
  `
  mutation PreviewUnitImport($input: PreviewUnitImportInput!) {
    previewUnitImport(input: $input) {
      __typename
      ... on PreviewUnitImportPayload { data { ...UnitImportReportFields } }
      ...AppErrorFields
    }
  }
`,
  [UnitImportReportFields, AppErrorFields],
);

export const IMPORT_UNIT_CATALOGUE = graphql(
  `
  mutation ImportUnitCatalogue($input: ImportUnitCatalogueInput!) {
    importUnitCatalogue(input: $input) {
      __typename
      ... on ImportUnitCataloguePayload { data { ...UnitImportReportFields } }
      ...AppErrorFields
    }
  }
`,
  [UnitImportReportFields, AppErrorFields],
);

/** Units to pick by name, diacritics ignored by the API (`search`), today's only. */
export const UNIT_PICK = graphql(`
  query UnitPick($search: String, $groupId: ID, $first: Int) {
    units(first: $first, search: $search, groupId: $groupId) {
      totalCount edges { node { id code name kind parent { name } group { id name nameEn } } }
    }
  }
`);
export type PickedUnit = NonNullable<ResultOf<typeof UNIT_PICK>['units']['edges'][number]['node']>;

export const MERGE_UNITS = graphql(
  `
  mutation MergeUnits($input: MergeUnitsInput!) {
    mergeUnits(input: $input) {
      __typename ... on MergeUnitsPayload { data { id code name } } ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

export const SPLIT_UNIT = graphql(
  `
  mutation SplitUnit($input: SplitUnitInput!) {
    splitUnit(input: $input) {
      __typename ... on SplitUnitPayload { data { id code name } } ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

export const RENAME_UNIT = graphql(
  `
  mutation RenameUnit($input: RenameUnitInput!) {
    renameUnit(input: $input) {
      __typename ... on RenameUnitPayload { data { id code name } } ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

export const UNIT_GROUPS = graphql(`
  query UnitGroups {
    unitGroups { id code name nameEn position units(first: 0) { totalCount } }
  }
`);
export type UnitGroupRow = ResultOf<typeof UNIT_GROUPS>['unitGroups'][number];

export const CREATE_UNIT_GROUP = graphql(
  `
  mutation CreateUnitGroup($input: CreateUnitGroupInput!) {
    createUnitGroup(input: $input) {
      __typename ... on CreateUnitGroupPayload { data { id code } } ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

export const UPDATE_UNIT_GROUP = graphql(
  `
  mutation UpdateUnitGroup($input: UpdateUnitGroupInput!) {
    updateUnitGroup(input: $input) {
      __typename ... on UpdateUnitGroupPayload { data { id name nameEn position } } ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

export const ASSIGN_UNITS = graphql(
  `
  mutation AssignUnitsToGroup($input: AssignUnitsToGroupInput!) {
    assignUnitsToGroup(input: $input) {
      __typename ... on AssignUnitsToGroupPayload { data { id } } ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);

export const REMOVE_UNITS = graphql(
  `
  mutation RemoveUnitsFromGroup($input: RemoveUnitsFromGroupInput!) {
    removeUnitsFromGroup(input: $input) {
      __typename ... on RemoveUnitsFromGroupPayload { data { id } } ...AppErrorFields
    }
  }
`,
  [AppErrorFields],
);
