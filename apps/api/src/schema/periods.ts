import { codeIn, onlyOne, periodsInScope } from '../auth/provinces.ts';
import { admins as admin, readers, readersIn } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import { assignCriteriaVersion, unassignCriteriaVersion } from '../services/periods/assign.ts';
import {
  GrantDeadlineExtensionInput,
  grantDeadlineExtension,
  revokeDeadlineExtension,
} from '../services/periods/extensions.ts';
import { type Progress, periodProgress } from '../services/periods/progress.ts';
import { SetPeriodPublicInput, setPeriodPublic } from '../services/periods/public.ts';
import { closePeriod, openPeriod, ReopenPeriodInput, reopenPeriod } from '../services/periods/transitions.ts';
import {
  CreatePeriodInput,
  createPeriod,
  UpdatePeriodInput,
  updatePeriod,
} from '../services/periods/write.ts';
import { PROVINCE_ARGUMENT } from './common.ts';
import { CriteriaVersionRef } from './criteria.ts';
import { UnitGroupRef, UnitRef } from './units.ts';
import { validatedBy } from './validation.ts';

const PeriodKindEnum = builder.enumType('PeriodKind', {
  description: 'Six months (HALF_YEAR) or a year.',
  values: ['HALF_YEAR', 'YEAR'] as const,
});

const PeriodStatusEnum = builder.enumType('PeriodStatus', {
  description: 'DRAFT (being prepared) → OPEN (units assess themselves) → CLOSED (review) → PUBLISHED.',
  values: ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'] as const,
});

builder.prismaObject('PeriodAssignment', {
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

builder.prismaObject('DeadlineExtension', {
  description: 'Gia hạn: one unit may submit until `dueOn` instead of the period’s deadline.',
  fields: (t) => ({
    unit: t.relation('unit'),
    dueOn: t.expose('dueOn', { type: 'Date', description: 'The last day, Vietnam time.' }),
    reason: t.exposeString('reason'),
    grantedBy: t.string({
      nullable: true,
      description: 'The name of the admin who granted it (null if the account is gone).',
      select: { grantedById: true },
      resolve: async (extension, _args, context) =>
        (await context.db.user.findUnique({ where: { id: extension.grantedById }, select: { name: true } }))
          ?.name ?? null,
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const PeriodRef = builder.prismaNode('Period', {
  id: { field: 'id' },
  findUnique: (id, context) => ({ id, AND: [periodsInScope(context.viewer)] }),
  authScopes: (period, context) => readersIn(context.viewer, period.provinceId),
  description: 'Kỳ đánh giá: a half-year or a year, its deadlines, and which criteria apply to which group.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    provinceCode: t.string({
      nullable: true,
      description:
        "Its province's code (22); null for a national period. Codes are unique within a province.",
      select: { province: { select: { code: true } } },
      resolve: (period) => period.province?.code ?? null,
    }),
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
    isPublic: t.exposeBoolean('isPublic', {
      description:
        'Its published results are public: readable without signing in (/cong-khai, /public/v1/…).',
    }),
    madePublicAt: t.expose('madePublicAt', { type: 'DateTime', nullable: true }),
    revision: t.exposeInt('revision', {
      description: 'Send it back with updatePeriod (CONFLICT when stale).',
    }),
    assignments: t.relation('assignments', {
      query: { orderBy: [{ unitGroup: { position: 'asc' } }, { id: 'asc' }] },
    }),
    extensions: t.relation('extensions', {
      description:
        'Deadline extensions the caller may see: admins and reviewers all, an officer their units’.',
      query: (_args, context) => ({
        where:
          context.viewer.kind === 'user' && ['ADMIN', 'REVIEWER'].includes(context.viewer.role)
            ? {}
            : context.viewer.kind === 'user'
              ? { unitId: { in: [...context.viewer.unitIds] } }
              : { id: { in: [] } },
        orderBy: [{ unit: { code: 'asc' } }, { id: 'asc' }],
      }),
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
      context.db.period.findMany({
        ...query,
        where: periodsInScope(context.viewer),
        orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
      }),
  }),
  period: t.prismaField({
    type: 'Period',
    nullable: true,
    authScopes: readers,
    description: 'A period by its code (unique within a province and the national periods beside it).',
    args: { code: t.arg.string({ required: true }), province: t.arg.string(PROVINCE_ARGUMENT) },
    resolve: async (query, _root, args, context) =>
      onlyOne(
        await context.db.period.findMany({
          ...query,
          where: { ...codeIn(args.code, args.province), AND: [periodsInScope(context.viewer)] },
          take: 2,
        }),
        args.code,
      ),
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
    reopenPeriod: t.fieldWithInput({
      type: PeriodRef,
      errors: {},
      authScopes: admin,
      description: 'CLOSED → OPEN with a reason (audited): self-assessment resumes.',
      typeOptions: validatedBy(ReopenPeriodInput),
      input: { ...period(), reason: t.input.string({ required: true }) },
      resolve: (_root, { input }, context) =>
        reopenPeriod(context, { id: input.id.id, reason: input.reason }),
    }),
    grantDeadlineExtension: t.fieldWithInput({
      type: PeriodRef,
      errors: {},
      authScopes: admin,
      description:
        'Gives one unit until `dueOn` to edit and submit (OPEN or CLOSED periods), with a reason; granting again replaces it.',
      typeOptions: validatedBy(GrantDeadlineExtensionInput),
      input: {
        ...period(),
        unitId: t.input.globalID({ required: true, for: UnitRef }),
        dueOn: t.input.field({ type: 'Date', required: true }),
        reason: t.input.string({ required: true }),
      },
      resolve: (_root, { input }, context) =>
        grantDeadlineExtension(context, {
          periodId: input.id.id,
          unitId: input.unitId.id,
          dueOn: input.dueOn,
          reason: input.reason,
        }),
    }),
    revokeDeadlineExtension: t.fieldWithInput({
      type: PeriodRef,
      errors: {},
      authScopes: admin,
      description: 'Withdraws a unit’s extension: the period’s deadline applies again.',
      input: { ...period(), unitId: t.input.globalID({ required: true, for: UnitRef }) },
      resolve: (_root, { input }, context) =>
        revokeDeadlineExtension(context, { periodId: input.id.id, unitId: input.unitId.id }),
    }),
    setPeriodPublic: t.fieldWithInput({
      type: PeriodRef,
      errors: {},
      authScopes: admin,
      description:
        'Makes a PUBLISHED period’s results public (readable without signing in), or private again; audited.',
      typeOptions: validatedBy(SetPeriodPublicInput),
      input: { ...period(), isPublic: t.input.boolean({ required: true }) },
      resolve: (_root, { input }, context) =>
        setPeriodPublic(context, { id: input.id.id, isPublic: input.isPublic }),
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
