import { type ImportReport, sourceProvinces, type UnitChange, type UnitSource, unitSources } from '@chiso/db';
import { admins as admin } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import { IMPORT_UNITS, runJob } from '../jobs/definitions.ts';
import { ImportUnitsInput, previewUnitImport } from '../services/units/import.ts';
import { MergeUnitsInput, mergeUnits, SplitUnitInput, splitUnit } from '../services/units/reorganise.ts';
import { JobRef } from './jobs.ts';
import { UnitRef } from './units.ts';
import { validatedBy } from './validation.ts';

/** Loading the catalogue (preview, then apply) and recording merges and splits: admin only. */
const ProvinceRef = builder.objectRef<{ code: string; name: string }>('UnitSourceProvince').implement({
  fields: (t) => ({ code: t.exposeString('code'), name: t.exposeString('name') }),
});

const UnitSourceRef = builder.objectRef<UnitSource>('UnitSource').implement({
  description:
    'A catalogue the server holds: a committed extract, or a full GSO file of the reference data beside it.',
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    date: t.field({ type: 'Date', resolve: (source) => new Date(`${source.date}T00:00:00.000Z`) }),
    reorganisation: t.boolean({
      description: 'It carries the 1 July 2025 reorganisation with its lineage.',
      resolve: (source) => source.reorganisation !== undefined,
    }),
    provinces: t.field({
      type: [ProvinceRef],
      description: 'The provinces it can load, as of its last file (the new provinces of a reorganisation).',
      resolve: (source) => sourceProvinces(source),
    }),
  }),
});

const UnitChangeKindEnum = builder.enumType('UnitChangeKind', {
  values: ['CREATED', 'RENAMED', 'MOVED', 'ENDED'] as const,
});

const UnitChangeRef = builder.objectRef<UnitChange>('UnitChange').implement({
  fields: (t) => ({
    kind: t.field({ type: UnitChangeKindEnum, resolve: (change) => change.kind }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    oldName: t.string({ nullable: true, resolve: (change) => change.oldName ?? null }),
  }),
});

const UnitImportReportRef = builder.objectRef<ImportReport>('UnitImportReport').implement({
  description:
    'What a catalogue import did, or would do: whole counts, and the first 100 changes of each kind.',
  fields: (t) => ({
    created: t.exposeInt('created'),
    updated: t.exposeInt('updated', { description: 'Changed in place: renamed, retyped or moved.' }),
    unchanged: t.exposeInt('unchanged'),
    renamed: t.exposeInt('renamed'),
    moved: t.exposeInt('moved'),
    ended: t.exposeInt('ended', { description: 'Units given an end date: merged, split or abolished.' }),
    events: t.exposeInt('events', { description: 'Lineage events written.' }),
    missing: t.exposeStringList('missing', {
      description: 'Predecessor codes not in the database: import the catalogue they belong to first.',
    }),
    changes: t.field({ type: [UnitChangeRef], resolve: (report) => report.changes }),
  }),
});

builder.objectField(JobRef, 'unitImport', (t) =>
  t.field({
    type: UnitImportReportRef,
    nullable: true,
    description: 'A completed import-units job: what importUnitCatalogue would have answered.',
    resolve: (job) => (job.kind === IMPORT_UNITS.kind && job.value ? (job.value as ImportReport) : null),
  }),
);

builder.queryFields((t) => ({
  unitSources: t.field({
    type: [UnitSourceRef],
    authScopes: admin,
    description: 'Catalogues the server holds, to import without uploading a file.',
    resolve: () => unitSources(),
  }),
}));

const importInput = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  sourceId: t.input.string({ description: 'A UnitSource id; or give `content`.' }),
  content: t.input.string({
    description: 'An uploaded catalogue or 2025 merge file (JSON), at least the chosen province of it.',
  }),
  provinceCode: t.input.string({
    required: true,
    description: 'As of the last file: the new province code for the 2025 reorganisation.',
  }),
  document: t.input.string({ description: 'The legal basis written on lineage events.' }),
});

const NewUnitInput = builder.inputType('NewUnitInput', {
  description: 'A unit a merge or split creates.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'GSO code, or the province’s own code.' }),
    name: t.string({ required: true }),
    type: t.string({ required: true, description: 'Xã, Phường, Đặc khu, Huyện…' }),
  }),
});

builder.mutationFields((t) => ({
  previewUnitImport: t.fieldWithInput({
    type: UnitImportReportRef,
    errors: {},
    authScopes: admin,
    description:
      'What importing the catalogue would change (new, renamed, moved, ended units). Writes nothing.',
    typeOptions: validatedBy(ImportUnitsInput),
    input: importInput(t),
    resolve: (_root, { input }, context) => previewUnitImport(context, input),
  }),
  importUnitCatalogue: t.fieldWithInput({
    type: UnitImportReportRef,
    errors: {},
    authScopes: admin,
    description:
      'Imports a province from a GSO catalogue, or the 2025 reorganisation with its lineage, on top of the units held: units it no longer lists end, renamed ones keep their results, successors link to their predecessors.',
    typeOptions: validatedBy(ImportUnitsInput),
    input: importInput(t),
    resolve: (_root, { input }, context) => runJob(context, IMPORT_UNITS, input),
  }),
  mergeUnits: t.fieldWithInput({
    type: UnitRef,
    errors: {},
    authScopes: admin,
    description:
      'Sáp nhập: the units end the day before `date`; a new unit begins on it, linked to them by a MERGED event.',
    typeOptions: validatedBy(MergeUnitsInput),
    input: {
      unitIds: t.input.globalIDList({ required: true, for: UnitRef }),
      date: t.input.field({ type: 'Date', required: true }),
      document: t.input.string({ description: 'The legal basis, e.g. a resolution number.' }),
      successor: t.input.field({ type: NewUnitInput, required: true }),
      parentId: t.input.globalID({
        for: UnitRef,
        description: 'Where the new unit sits; by default the parent the units share.',
      }),
    },
    resolve: (_root, { input }, context) =>
      mergeUnits(context, {
        unitIds: input.unitIds.map((id) => id.id),
        date: input.date,
        document: input.document,
        successor: input.successor,
        parentId: input.parentId?.id ?? null,
      }),
  }),
  splitUnit: t.fieldWithInput({
    type: [UnitRef],
    errors: {},
    authScopes: admin,
    description:
      'Chia tách: the unit ends the day before `date`; the new units begin on it, each linked to it as a part (SPLIT).',
    typeOptions: validatedBy(SplitUnitInput),
    input: {
      id: t.input.globalID({ required: true, for: UnitRef, description: 'The Unit.' }),
      date: t.input.field({ type: 'Date', required: true }),
      document: t.input.string(),
      successors: t.input.field({ type: [NewUnitInput], required: true }),
    },
    resolve: (_root, { input }, context) =>
      splitUnit(context, {
        unitId: input.id.id,
        date: input.date,
        document: input.document,
        successors: input.successors,
      }),
  }),
}));
