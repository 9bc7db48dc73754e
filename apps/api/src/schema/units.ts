import type { LineageKind, Unit, UnitKind } from '@chiso/db';
import { groupsInScope, unitsInScope } from '../auth/provinces.ts';
import { admins, readers, readersIn } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import { searchText } from '../limits/arguments.ts';
import {
  AssignUnitsToGroupInput,
  assignUnitsToGroup,
  CreateUnitGroupInput,
  createUnitGroup,
  removeUnitsFromGroup,
  UpdateUnitGroupInput,
  updateUnitGroup,
} from '../services/units/groups.ts';
import { RenameUnitInput, renameUnit } from '../services/units/rename.ts';
import { liveOn, type UnitFilter, unitWhere } from '../services/units/search.ts';
import { validatedBy } from './validation.ts';

export const UnitKindEnum = builder.enumType('UnitKind', {
  description:
    'Province, provincial agency (sở, ban, ngành), district (huyện) or commune (xã, phường, thị trấn).',
  values: ['PROVINCE', 'PROVINCIAL_AGENCY', 'DISTRICT', 'COMMUNE'] as const,
});

const LineageKindEnum = builder.enumType('LineageKind', {
  description: 'How the unit list changed: a unit created, renamed, merged, split or abolished.',
  values: ['CREATED', 'RENAMED', 'MERGED', 'SPLIT', 'ABOLISHED'] as const,
});

interface LineageLinkShape {
  unit: Unit;
  partial: boolean;
}
interface LineageEventShape {
  id: string;
  kind: LineageKind;
  date: Date;
  document: string | null;
  oldName: string | null;
  predecessors: LineageLinkShape[];
  successors: LineageLinkShape[];
}

// The tree is at most province > district > commune (agencies sit under the province).
const ANCESTORS = { parent: { include: { parent: { include: { parent: true } } } } } as const;
type WithParent = Unit & { parent?: WithParent | null };

// An event with both sides of every link, loaded with the unit (one query per level for any page size).
const EVENT = { include: { event: { include: { links: { include: { fromUnit: true, toUnit: true } } } } } };

export const UnitRef = builder.prismaNode('Unit', {
  id: { field: 'id' },
  // Another province's unit is not found by node(id:), and refused however else it is reached.
  findUnique: (id, context) => ({ id, AND: [unitsInScope(context.viewer)] }),
  authScopes: (unit, context) => readersIn(context.viewer, unit.provinceId),
  description: 'Đơn vị: an agency, district or commune, with its official GSO code.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'GSO code; reused across reorganisations, so unique only with validFrom.',
    }),
    name: t.exposeString('name'),
    kind: t.field({ type: UnitKindEnum, resolve: (unit) => unit.kind }),
    type: t.exposeString('type', { description: 'Official type: Huyện, Thị xã, Xã, Phường, Sở…' }),
    validFrom: t.expose('validFrom', {
      type: 'Date',
      description: 'The first day the unit exists in chiso.',
    }),
    endedOn: t.expose('endedOn', {
      type: 'Date',
      nullable: true,
      description: 'The last day it existed (merged, split, abolished); its past results stay.',
    }),
    parent: t.relation('parent', { nullable: true }),
    group: t.relation('group', { nullable: true }),
    children: t.relatedConnection('children', {
      cursor: 'id',
      totalCount: true,
      args: { includeEnded: t.arg.boolean({ description: 'Also units that no longer exist.' }) },
      query: (args) => ({
        where: args.includeEnded ? {} : liveOn(new Date()),
        orderBy: [{ code: 'asc' }, { validFrom: 'asc' }],
      }),
    }),
  }),
});

const LineageLinkRef = builder.objectRef<LineageLinkShape>('UnitLineageLink').implement({
  description: 'One side of a lineage event.',
  fields: (t) => ({
    unit: t.field({ type: UnitRef, resolve: (link) => link.unit }),
    partial: t.exposeBoolean('partial', {
      description: 'Only part of the predecessor went into the successor (a split).',
    }),
  }),
});

const LineageEventRef = builder.objectRef<LineageEventShape>('UnitLineageEvent').implement({
  description: 'A change in the unit list on a date, with its legal basis.',
  fields: (t) => ({
    kind: t.field({ type: LineageKindEnum, resolve: (event) => event.kind }),
    date: t.expose('date', { type: 'Date' }),
    document: t.exposeString('document', { nullable: true, description: 'e.g. 1679/NQ-UBTVQH15' }),
    oldName: t.exposeString('oldName', { nullable: true, description: 'Renames: the name before.' }),
    predecessors: t.field({ type: [LineageLinkRef], resolve: (event) => event.predecessors }),
    successors: t.field({ type: [LineageLinkRef], resolve: (event) => event.successors }),
  }),
});

builder.prismaObjectFields(UnitRef, (t) => ({
  ancestors: t.field({
    type: [UnitRef],
    description: 'The path from the province down to the parent.',
    select: ANCESTORS,
    resolve: (unit) => {
      const path: Unit[] = [];
      for (let at = (unit as WithParent).parent; at; at = at.parent) path.unshift(at);
      return path;
    },
  }),
  lineage: t.field({
    type: [LineageEventRef],
    description: 'Changes the unit took part in, oldest first: what it came from and what it went into.',
    select: { lineageFrom: EVENT, lineageTo: EVENT },
    resolve: (unit) => {
      const events = new Map<string, LineageEventShape>();
      for (const { event } of [...unit.lineageFrom, ...unit.lineageTo]) {
        events.set(event.id, {
          ...event,
          predecessors: event.links.flatMap((link) =>
            link.fromUnit ? [{ unit: link.fromUnit, partial: link.partial }] : [],
          ),
          successors: event.links.flatMap((link) =>
            link.toUnit ? [{ unit: link.toUnit, partial: link.partial }] : [],
          ),
        });
      }
      return [...events.values()].sort(
        (a, b) => a.date.getTime() - b.date.getTime() || (a.id < b.id ? -1 : 1),
      );
    },
  }),
}));

export const UnitGroupRef = builder.prismaNode('UnitGroup', {
  id: { field: 'id' },
  findUnique: (id, context) => ({ id, AND: [groupsInScope(context.viewer)] }),
  authScopes: (group, context) => readersIn(context.viewer, group.provinceId),
  description: 'Nhóm đơn vị: the cohort units are ranked in (group 1 agencies, 2 districts, 3 communes).',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    position: t.exposeInt('position'),
    units: t.relatedConnection('units', {
      cursor: 'id',
      totalCount: true,
      args: { includeEnded: t.arg.boolean() },
      // A national group's units: the viewer's province's only.
      query: (args, context) => ({
        where: { AND: [args.includeEnded ? {} : liveOn(new Date()), unitsInScope(context.viewer)] },
        orderBy: [{ code: 'asc' }, { validFrom: 'asc' }],
      }),
    }),
  }),
});

interface UnitArgs {
  search?: string | null | undefined;
  kind?: UnitKind | null | undefined;
  parentId?: { id: string } | null | undefined;
  groupId?: { id: string } | null | undefined;
  includeEnded?: boolean | null | undefined;
}

const filterOf = (args: UnitArgs): UnitFilter => ({
  search: args.search ?? null,
  kind: args.kind ?? null,
  parentId: args.parentId?.id ?? null,
  groupId: args.groupId?.id ?? null,
  includeEnded: args.includeEnded ?? null,
});

builder.queryFields((t) => ({
  units: t.prismaConnection({
    type: 'Unit',
    cursor: 'id',
    totalCount: (_root, args, context) =>
      context.db.unit.count({ where: { AND: [unitWhere(filterOf(args)), unitsInScope(context.viewer)] } }),
    authScopes: readers,
    description: 'Units by code. `search` ignores diacritics and case, and needs every word: "quang yen".',
    args: {
      search: t.arg.string({ validate: searchText }),
      kind: t.arg({ type: UnitKindEnum }),
      parentId: t.arg.globalID({ for: UnitRef }),
      groupId: t.arg.globalID({ for: UnitGroupRef }),
      includeEnded: t.arg.boolean({ description: 'Also units that no longer exist (default: no).' }),
    },
    resolve: (query, _root, args, context) =>
      context.db.unit.findMany({
        ...query,
        where: { AND: [unitWhere(filterOf(args)), unitsInScope(context.viewer)] },
        orderBy: [{ code: 'asc' }, { validFrom: 'asc' }],
      }),
  }),
  unitTree: t.prismaField({
    type: ['Unit'],
    authScopes: readers,
    description:
      'The roots of the unit tree (the provinces existing today), or the given unit; walk down with `children`.',
    args: { rootId: t.arg.globalID({ for: UnitRef }) },
    resolve: (query, _root, args, context) =>
      context.db.unit.findMany({
        ...query,
        where: {
          AND: [
            args.rootId ? { id: args.rootId.id } : { parentId: null, ...liveOn(new Date()) },
            unitsInScope(context.viewer),
          ],
        },
        orderBy: [{ code: 'asc' }, { validFrom: 'asc' }],
      }),
  }),
  unitGroups: t.prismaField({
    type: ['UnitGroup'],
    authScopes: readers,
    resolve: (query, _root, _args, context) =>
      context.db.unitGroup.findMany({
        ...query,
        where: groupsInScope(context.viewer),
        orderBy: [{ position: 'asc' }, { code: 'asc' }],
      }),
  }),
}));

builder.mutationFields((t) => ({
  createUnitGroup: t.fieldWithInput({
    type: UnitGroupRef,
    errors: {},
    authScopes: admins,
    typeOptions: validatedBy(CreateUnitGroupInput),
    input: {
      code: t.input.string({ required: true }),
      name: t.input.string({ required: true }),
      nameEn: t.input.string({ required: true }),
      position: t.input.int(),
    },
    resolve: (_root, { input }, context) => createUnitGroup(context, input),
  }),
  updateUnitGroup: t.fieldWithInput({
    type: UnitGroupRef,
    errors: {},
    authScopes: admins,
    typeOptions: validatedBy(UpdateUnitGroupInput),
    input: {
      id: t.input.globalID({ required: true, for: UnitGroupRef }),
      name: t.input.string(),
      nameEn: t.input.string(),
      position: t.input.int(),
    },
    resolve: (_root, { input: { id, ...fields } }, context) => updateUnitGroup(context, id.id, fields),
  }),
  assignUnitsToGroup: t.fieldWithInput({
    type: UnitGroupRef,
    errors: {},
    authScopes: admins,
    description: 'Moves the units into the group (out of the one they were in).',
    typeOptions: validatedBy(AssignUnitsToGroupInput),
    input: {
      id: t.input.globalID({ required: true, for: UnitGroupRef, description: 'The UnitGroup.' }),
      unitIds: t.input.globalIDList({ required: true, for: UnitRef }),
    },
    resolve: (_root, { input }, context) =>
      assignUnitsToGroup(
        context,
        input.id.id,
        input.unitIds.map((id) => id.id),
      ),
  }),
  removeUnitsFromGroup: t.fieldWithInput({
    type: UnitGroupRef,
    errors: {},
    authScopes: admins,
    description: 'Takes the units out of the group; they are in no group until assigned again.',
    typeOptions: validatedBy(AssignUnitsToGroupInput),
    input: {
      id: t.input.globalID({ required: true, for: UnitGroupRef, description: 'The UnitGroup.' }),
      unitIds: t.input.globalIDList({ required: true, for: UnitRef }),
    },
    resolve: (_root, { input }, context) =>
      removeUnitsFromGroup(
        context,
        input.id.id,
        input.unitIds.map((id) => id.id),
      ),
  }),
  renameUnit: t.fieldWithInput({
    type: UnitRef,
    errors: {},
    authScopes: admins,
    description: 'Gives the unit a new name from a date, recorded as a RENAMED lineage event.',
    typeOptions: validatedBy(RenameUnitInput),
    input: {
      id: t.input.globalID({ required: true, for: UnitRef, description: 'The Unit.' }),
      name: t.input.string({ required: true }),
      date: t.input.field({ type: 'Date', required: true }),
      document: t.input.string({ description: 'The legal basis, e.g. a resolution number.' }),
    },
    resolve: (_root, { input }, context) => renameUnit(context, input.id.id, input),
  }),
}));
