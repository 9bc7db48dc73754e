import { builder } from '../builder.ts';
import { assignCriteriaVersion, unassignCriteriaVersion } from '../services/periods/assign.ts';
import { type Progress, periodProgress } from '../services/periods/progress.ts';
import { closePeriod, openPeriod } from '../services/periods/transitions.ts';
import {
  CreatePeriodInput,
  createPeriod,
  UpdatePeriodInput,
  updatePeriod,
} from '../services/periods/write.ts';
import { CriteriaVersionRef } from './criteria.ts';
import { UnitGroupRef } from './units.ts';
import { validatedBy } from './validation.ts';

const readers = { signedIn: true, dashboard: true } as const;

const PeriodKindEnum = builder.enumType('PeriodKind', {
  description: 'Six months (HALF_YEAR) or a year.',
  values: ['HALF_YEAR', 'YEAR'] as const,
});

const PeriodStatusEnum = builder.enumType('PeriodStatus', {
  description: 'DRAFT (being prepared) → OPEN (units assess themselves) → CLOSED (review) → PUBLISHED.',
  values: ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'] as const,
});

export const PeriodAssignmentRef = builder.prismaObject('PeriodAssignment', {
  description: 'A unit group is assessed on this criteria version in the period.',
  fields: (t) => ({
    unitGroup: t.relation('unitGroup'),
    version: t.relation('version'),
  }),
});

const ProgressRef = builder.objectRef<Progress>('PeriodProgress').implement({
  description: "Where the period's assessments stand: how many in each status.",
  fields: (t) => ({
    total: t.exposeInt('total'),
    draft: t.exposeInt('draft'),
    submitted: t.exposeInt('submitted'),
    returned: t.exposeInt('returned'),
    approved: t.exposeInt('approved'),
    published: t.exposeInt('published'),
  }),
});

export const PeriodRef = builder.prismaNode('Period', {
  id: { field: 'id' },
  description: 'Kỳ đánh giá: a half-year or a year, its deadlines, and which criteria apply to which group.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.field({ type: PeriodKindEnum, resolve: (period) => period.kind }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    submissionDue: t.expose('submissionDue', {
      type: 'Date',
      nullable: true,
      description: 'Units submit their self-assessment by this day.',
    }),
    reviewDue: t.expose('reviewDue', {
      type: 'Date',
      nullable: true,
      description: 'The Sở finishes its review by this day.',
    }),
    status: t.field({ type: PeriodStatusEnum, resolve: (period) => period.status }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    revision: t.exposeInt('revision', {
      description: 'Send it back with updatePeriod (CONFLICT when stale).',
    }),
    assignments: t.relation('assignments', {
      query: { orderBy: [{ unitGroup: { position: 'asc' } }, { id: 'asc' }] },
    }),
    progress: t.field({
      type: ProgressRef,
      resolve: (period, _args, context) => periodProgress(context, period.id),
    }),
  }),
});

builder.queryFields((t) => ({
  periods: t.prismaConnection({
    type: 'Period',
    cursor: 'id',
    authScopes: readers,
    description: 'Periods, the latest first.',
    resolve: (query, _root, _args, context) =>
      context.db.period.findMany({ ...query, orderBy: [{ startsOn: 'desc' }, { id: 'desc' }] }),
  }),
  period: t.prismaField({
    type: 'Period',
    nullable: true,
    authScopes: readers,
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.period.findUnique({ ...query, where: { code: args.code } }),
  }),
}));

builder.mutationFields((t) => {
  /** A period (the target), and the group and version an assignment joins to it. */
  const assignment = () => ({
    id: t.input.globalID({ required: true, for: PeriodRef, description: 'The Period.' }),
    unitGroupId: t.input.globalID({ required: true, for: UnitGroupRef }),
    versionId: t.input.globalID({ required: true, for: CriteriaVersionRef }),
  });
  const period = () => ({ id: t.input.globalID({ required: true, for: PeriodRef }) });
  const admin = { role: 'ADMIN' } as const;
  return {
    createPeriod: t.fieldWithInput({
      type: PeriodRef,
      errors: {},
      authScopes: admin,
      description:
        'A new period in DRAFT. Dates in order; deadlines after the start and within a year of the end.',
      typeOptions: validatedBy(CreatePeriodInput),
      input: {
        code: t.input.string({ required: true, description: 'Short and stable, e.g. 2022 or 2023-H1.' }),
        name: t.input.string({ required: true }),
        kind: t.input.field({ type: PeriodKindEnum, required: true }),
        startsOn: t.input.field({ type: 'Date', required: true }),
        endsOn: t.input.field({ type: 'Date', required: true }),
        submissionDue: t.input.field({ type: 'Date' }),
        reviewDue: t.input.field({ type: 'Date' }),
      },
      resolve: (_root, { input }, context) => createPeriod(context, input),
    }),
    updatePeriod: t.fieldWithInput({
      type: PeriodRef,
      errors: {},
      authScopes: admin,
      description: 'Name and deadlines (null clears one), while DRAFT or OPEN; needs the revision read.',
      typeOptions: validatedBy(UpdatePeriodInput),
      input: {
        ...period(),
        revision: t.input.int({ required: true }),
        name: t.input.string(),
        submissionDue: t.input.field({ type: 'Date' }),
        reviewDue: t.input.field({ type: 'Date' }),
      },
      resolve: (_root, { input: { id, ...fields } }, context) => updatePeriod(context, id.id, fields),
    }),
    assignCriteriaVersion: t.fieldWithInput({
      type: PeriodRef,
      errors: {},
      authScopes: admin,
      description:
        'The group is assessed on this published version (DRAFT or OPEN periods; an open one gets the assessments at once).',
      input: assignment(),
      resolve: (_root, { input }, context) =>
        assignCriteriaVersion(context, {
          periodId: input.id.id,
          unitGroupId: input.unitGroupId.id,
          versionId: input.versionId.id,
        }),
    }),
    unassignCriteriaVersion: t.fieldWithInput({
      type: PeriodRef,
      errors: {},
      authScopes: admin,
      description: 'Undoes an assignment; on an open period only while none of its assessments has started.',
      input: assignment(),
      resolve: (_root, { input }, context) =>
        unassignCriteriaVersion(context, {
          periodId: input.id.id,
          unitGroupId: input.unitGroupId.id,
          versionId: input.versionId.id,
        }),
    }),
    openPeriod: t.fieldWithInput({
      type: PeriodRef,
      errors: {},
      authScopes: admin,
      description: 'DRAFT → OPEN: creates one DRAFT assessment per unit of each assigned group and version.',
      input: period(),
      resolve: (_root, { input }, context) => openPeriod(context, input.id.id),
    }),
    closePeriod: t.fieldWithInput({
      type: PeriodRef,
      errors: {},
      authScopes: admin,
      description: 'OPEN → CLOSED: self-assessment ends; review and publication follow.',
      input: period(),
      resolve: (_root, { input }, context) => closePeriod(context, input.id.id),
    }),
  };
});
