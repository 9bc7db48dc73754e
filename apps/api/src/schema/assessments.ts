import type { AssessmentEntry, AssessmentStatus } from '@chiso/db';
import { describeFinding, type Finding, type UnitResult } from '@chiso/scoring';
import { assessmentsInScope } from '../auth/provinces.ts';
import { admins, readers } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import { PUBLISH_RESULTS, runJob } from '../jobs/definitions.ts';
import { searchText } from '../limits/arguments.ts';
import {
  approveAssessment,
  BulkApproveAssessmentsInput,
  bulkApproveAssessments,
  canSeeAssessment,
  criteriaOf,
  publicationAnswer,
  ReopenAssessmentInput,
  ReturnAssessmentInput,
  ReviewAssessmentEntriesInput,
  RevisionInput,
  reopenAssessment,
  returnAssessment,
  reviewAssessmentEntries,
  SaveAssessmentEntriesInput,
  saveAssessmentEntries,
  scoreEntries,
  submitAssessment,
  visibleAssessments,
} from '../services/assessments/index.ts';
import { assessmentWhere } from '../services/assessments/list.ts';
import type { Publication } from '../services/assessments/publish.ts';
import { dueOn, stillMaySubmit } from '../services/periods/deadlines.ts';
import { overdueAssessments } from '../services/periods/overdue.ts';
import { nodesOfResult, share } from '../services/results/view.ts';
import { decimal, points } from './common.ts';
import { JobRef } from './jobs.ts';
import { PeriodRef } from './periods.ts';
import { NodeScoreRef } from './results.ts';
import { UnitGroupRef } from './units.ts';
import { validatedBy } from './validation.ts';

const AssessmentStatusEnum = builder.enumType('AssessmentStatus', {
  description: 'Draft → submitted → (returned → submitted) → approved → published.',
  values: ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED'] as const,
});

const EntryRef = builder.objectRef<AssessmentEntry & { hasEvidence: boolean }>('AssessmentEntry').implement({
  description: 'What the unit reported for one scored node, and what the reviewer made of it.',
  fields: (t) => ({
    nodeCode: t.exposeString('nodeCode'),
    input: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Shaped by the rule kind: true/false, a percentage, { numerator, denominator }, a count…',
      resolve: (entry) => entry.input,
    }),
    selfPoints: t.float({ nullable: true, resolve: (entry) => decimal(entry.selfPoints) }),
    reviewedPoints: t.float({ nullable: true, resolve: (entry) => decimal(entry.reviewedPoints) }),
    explanation: t.exposeString('explanation', { nullable: true }),
    reviewerComment: t.exposeString('reviewerComment', { nullable: true }),
    hasEvidence: t.exposeBoolean('hasEvidence'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const FindingRef = builder.objectRef<Finding>('ScoreFinding').implement({
  description: 'Something to know about how a value was scored (missing, capped, …).',
  fields: (t) => ({
    code: t.exposeString('code'),
    path: t.exposeString('path'),
    problem: t.string({
      nullable: true,
      description: "Why the input is invalid, in the caller's language.",
      resolve: (finding, _args, context) => finding.problem?.messages[context.locale] ?? null,
    }),
    problemCode: t.string({
      nullable: true,
      description:
        'The problem catalogue code of an invalid input: the one saving the value is refused with.',
      resolve: (finding) => finding.problem?.code ?? null,
    }),
    text: t.string({ resolve: (finding, _args, context) => describeFinding(finding, context.locale) }),
  }),
});

const ScorePreviewRef = builder.objectRef<UnitResult>('ScorePreview').implement({
  description:
    'The score computed now by @chiso/scoring from the entries (and the reviewer’s points), as the browser computes it.',
  fields: (t) => ({
    points: t.float({ resolve: (result) => points(result.points) }),
    maxPoints: t.float({ resolve: (result) => points(result.maxPoints) }),
    index: t.float({ resolve: (result) => result.index }),
    share: t.float({ resolve: (result) => share(result.points, result.maxPoints) }),
    band: t.string({ nullable: true, resolve: (result) => result.band ?? null }),
    categories: t.field({
      type: [NodeScoreRef],
      resolve: (result) => nodesOfResult(result.categories).filter((node) => node.kind === 'CATEGORY'),
    }),
    nodes: t.field({
      type: [NodeScoreRef],
      description: 'Every node, parents before children.',
      resolve: (result) => nodesOfResult(result.categories),
    }),
    findings: t.field({ type: [FindingRef], resolve: (result) => result.findings }),
    missing: t.stringList({
      description: 'Paths of scored nodes without a value.',
      resolve: (r) => r.missing,
    }),
  }),
});

const statusAndUnit = { id: true, unitId: true, status: true } as const;

/** What an assessment's deadline needs: its period's, and the unit's extensions (a few at most). */
const DEADLINE = {
  periodId: true,
  reopenReason: true,
  period: { select: { status: true, submissionDue: true } },
  unit: { select: { deadlineExtensions: { select: { periodId: true, dueOn: true } } } },
} as const;

const extensionOf = (assessment: {
  periodId: string;
  unit: { deadlineExtensions: Array<{ periodId: string; dueOn: Date }> };
}) => assessment.unit.deadlineExtensions.find((extension) => extension.periodId === assessment.periodId);

const AssessmentRef = builder.prismaNode('Assessment', {
  id: { field: 'id' },
  description: 'Phiếu đánh giá: one unit, one period, one criteria version.',
  select: statusAndUnit,
  // Checked for every assessment however it is reached (lists, node(id:), evidence, rankings).
  findUnique: (id, context) => ({ id, AND: [assessmentsInScope(context.viewer)] }),
  authScopes: (assessment, context) => canSeeAssessment(context.viewer, assessment),
  fields: (t) => ({
    status: t.field({ type: AssessmentStatusEnum, resolve: (assessment) => assessment.status }),
    revision: t.exposeInt('revision', {
      description: 'Send it back with every change (CONFLICT when stale).',
    }),
    unit: t.relation('unit'),
    period: t.relation('period'),
    version: t.relation('version'),
    unitGroup: t.relation('unitGroup'),
    selfPoints: t.float({
      nullable: true,
      description: "The unit's own total (hundredths in the database).",
      select: { selfPoints: true },
      resolve: (assessment) => decimal(assessment.selfPoints),
    }),
    reviewedPoints: t.float({
      nullable: true,
      select: { reviewedPoints: true },
      resolve: (assessment) => decimal(assessment.reviewedPoints),
    }),
    returnReason: t.exposeString('returnReason', { nullable: true }),
    reopenReason: t.exposeString('reopenReason', { nullable: true }),
    dueOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The day the unit must submit by: its extension, else the period’s deadline (none: no deadline).',
      select: DEADLINE,
      resolve: (assessment) => dueOn(assessment.period, extensionOf(assessment)),
    }),
    extended: t.boolean({
      description: 'The unit has a deadline extension in this period.',
      select: DEADLINE,
      resolve: (assessment) => extensionOf(assessment) !== undefined,
    }),
    overdue: t.boolean({
      description:
        'Not submitted, and the unit can no longer submit (deadline or closing passed, no running extension): published as “không nộp báo cáo”.',
      select: DEADLINE,
      resolve: (assessment) =>
        (assessment.status === 'DRAFT' || assessment.status === 'RETURNED') &&
        !stillMaySubmit(assessment.period, assessment, extensionOf(assessment)),
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true }),
    entries: t.field({
      type: [EntryRef],
      select: { entries: true, evidence: { select: { nodeCode: true } } },
      resolve: (assessment) => {
        const withEvidence = new Set(assessment.evidence.map((item) => item.nodeCode));
        return [...assessment.entries]
          .sort((a, b) => (a.nodeCode < b.nodeCode ? -1 : a.nodeCode > b.nodeCode ? 1 : 0))
          .map((entry) => ({ ...entry, hasEvidence: withEvidence.has(entry.nodeCode) }));
      },
    }),
    preview: t.field({
      type: ScorePreviewRef,
      select: { entries: true, version: { select: { id: true, revision: true, document: true } } },
      resolve: (assessment) =>
        scoreEntries(criteriaOf(assessment.version), assessment.entries, { reviewed: true }),
    }),
  }),
});

interface ListArgs {
  periodId?: { id: string } | null | undefined;
  unitGroupId?: { id: string } | null | undefined;
  unitId?: { id: string } | null | undefined;
  status?: AssessmentStatus | null | undefined;
  search?: string | null | undefined;
}

const filterOf = (args: ListArgs) => ({
  periodId: args.periodId?.id,
  unitGroupId: args.unitGroupId?.id,
  unitId: args.unitId?.id,
  status: args.status,
  search: args.search,
});

builder.prismaObjectFields('Period', (t) => ({
  overdueAssessments: t.field({
    type: [AssessmentRef],
    description:
      'Units that have not submitted and can no longer (deadline or closing passed, no running extension), by unit code: publishing marks them “không nộp báo cáo”. Only those the caller may see.',
    select: { id: true, status: true, submissionDue: true },
    resolve: (period, _args, context) =>
      overdueAssessments(context.db, period, visibleAssessments(context.viewer)),
  }),
}));

builder.queryFields((t) => ({
  assessments: t.prismaConnection({
    type: 'Assessment',
    cursor: 'id',
    description:
      'Assessments the caller may see: admins and reviewers all, a unit officer their unit’s, analysts and dashboards published ones. `search` ignores diacritics and case and needs every word of the unit’s name ("van don"), or gives the start of its code.',
    authScopes: readers,
    args: {
      periodId: t.arg.globalID({ description: 'The Period.' }),
      unitGroupId: t.arg.globalID({ description: 'The UnitGroup.' }),
      unitId: t.arg.globalID({ description: 'The Unit.' }),
      status: t.arg({ type: AssessmentStatusEnum }),
      search: t.arg.string({ validate: searchText }),
    },
    totalCount: (_root, args, context) =>
      context.db.assessment.count({ where: assessmentWhere(context.viewer, filterOf(args)) }),
    resolve: (query, _root, args, context) =>
      context.db.assessment.findMany({
        ...query,
        where: assessmentWhere(context.viewer, filterOf(args)),
        orderBy: { id: 'asc' },
      }),
  }),
}));

const EntryInput = builder.inputType('AssessmentEntryInput', {
  fields: (t) => ({
    nodeCode: t.string({ required: true, description: 'A scored criterion or indicator.' }),
    input: t.field({ type: 'JSON', description: 'The value (null clears it; absent keeps it).' }),
    explanation: t.string({ description: 'Required at submission where evidence is required but missing.' }),
  }),
});

const AdjustmentInput = builder.inputType('ReviewAdjustmentInput', {
  fields: (t) => ({
    nodeCode: t.string({ required: true }),
    points: t.float({ required: true, description: 'Within [0, the node’s maximum], at most two decimals.' }),
    comment: t.string({ required: true, description: 'Why: the unit reads it.' }),
  }),
});

const PublicationRef = builder
  .objectRef<{
    period: { id: string; status: string; publishedAt: Date | null };
    cohortCount: number;
    notSubmittedCount: number;
    assessments: unknown[];
  }>('PeriodResultsPublication')
  .implement({
    description: 'What publishing a period did.',
    fields: (t) => ({
      periodStatus: t.string({ resolve: (p) => p.period.status }),
      publishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.period.publishedAt }),
      cohortCount: t.exposeInt('cohortCount', {
        description: 'Unit group × criteria version cohorts ranked.',
      }),
      notSubmittedCount: t.exposeInt('notSubmittedCount', {
        description: 'Units published as “không nộp báo cáo” (not ranked): no submission by their deadline.',
      }),
      assessments: t.field({ type: [AssessmentRef], resolve: (p) => p.assessments as never }),
    }),
  });

builder.objectField(JobRef, 'publication', (t) =>
  t.field({
    type: PublicationRef,
    nullable: true,
    description: 'A completed publish-results job: what publishPeriodResults would have answered.',
    resolve: (job, _args, context) =>
      job.kind === PUBLISH_RESULTS.kind && job.value
        ? publicationAnswer(context.db, job.value as Publication)
        : null,
  }),
);

type MutationField = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

/** The assessment a mutation acts on, and the revision the client read. */
const assessmentAt = (t: MutationField) => ({
  id: t.input.globalID({ required: true, for: AssessmentRef, description: 'The Assessment.' }),
  revision: t.input.int({ required: true, description: 'As read (CONFLICT when stale).' }),
});

builder.mutationFields((t) => ({
  saveAssessmentEntries: t.fieldWithInput({
    type: AssessmentRef,
    errors: {},
    description: "Records the unit's values (and explanations); only while DRAFT or RETURNED.",
    authScopes: { role: ['ADMIN', 'UNIT_OFFICER'] },
    typeOptions: validatedBy(SaveAssessmentEntriesInput),
    input: { ...assessmentAt(t), entries: t.input.field({ type: [EntryInput], required: true }) },
    resolve: (_root, { input }, context) =>
      saveAssessmentEntries(context, {
        assessmentId: input.id.id,
        revision: input.revision,
        entries: input.entries.map((entry) => ({
          nodeCode: entry.nodeCode,
          ...(entry.input === undefined ? {} : { input: entry.input }),
          ...(entry.explanation === undefined ? {} : { explanation: entry.explanation }),
        })),
      }),
  }),
  submitAssessment: t.fieldWithInput({
    type: AssessmentRef,
    errors: {},
    authScopes: { role: ['ADMIN', 'UNIT_OFFICER'] },
    typeOptions: validatedBy(RevisionInput),
    input: assessmentAt(t),
    resolve: (_root, { input }, context) =>
      submitAssessment(context, { id: input.id.id, revision: input.revision }),
  }),
  reviewAssessmentEntries: t.fieldWithInput({
    type: AssessmentRef,
    errors: {},
    description: 'Sets reviewed points on some nodes, each with a comment; only while SUBMITTED.',
    authScopes: { role: ['ADMIN', 'REVIEWER'] },
    typeOptions: validatedBy(ReviewAssessmentEntriesInput),
    input: { ...assessmentAt(t), adjustments: t.input.field({ type: [AdjustmentInput], required: true }) },
    resolve: (_root, { input }, context) =>
      reviewAssessmentEntries(context, {
        id: input.id.id,
        revision: input.revision,
        adjustments: input.adjustments,
      }),
  }),
  returnAssessment: t.fieldWithInput({
    type: AssessmentRef,
    errors: {},
    authScopes: { role: ['ADMIN', 'REVIEWER'] },
    typeOptions: validatedBy(ReturnAssessmentInput),
    input: { ...assessmentAt(t), reason: t.input.string({ required: true }) },
    resolve: (_root, { input }, context) =>
      returnAssessment(context, { id: input.id.id, revision: input.revision, reason: input.reason }),
  }),
  approveAssessment: t.fieldWithInput({
    type: AssessmentRef,
    errors: {},
    authScopes: { role: ['ADMIN', 'REVIEWER'] },
    typeOptions: validatedBy(RevisionInput),
    input: assessmentAt(t),
    resolve: (_root, { input }, context) =>
      approveAssessment(context, { id: input.id.id, revision: input.revision }),
  }),
  bulkApproveAssessments: t.fieldWithInput({
    type: [AssessmentRef],
    errors: {},
    description: 'All or nothing: if any is not SUBMITTED, none is approved and the error lists them.',
    authScopes: { role: ['ADMIN', 'REVIEWER'] },
    typeOptions: validatedBy(BulkApproveAssessmentsInput),
    input: { ids: t.input.globalIDList({ required: true, for: AssessmentRef }) },
    resolve: (_root, { input }, context) =>
      bulkApproveAssessments(context, { ids: input.ids.map((id) => id.id) }),
  }),
  publishPeriodResults: t.fieldWithInput({
    type: PublicationRef,
    errors: {},
    description:
      'Scores, ranks and publishes the approved assessments of the period, or of one unit group (admins). Units past their deadline without a submission are published as not ranked (NOT_SUBMITTED); submitted ones awaiting review, or units still within their deadline, hold it back.',
    authScopes: admins,
    input: {
      id: t.input.globalID({ required: true, for: PeriodRef, description: 'The Period.' }),
      unitGroupId: t.input.globalID({ for: UnitGroupRef, description: 'Only this unit group.' }),
    },
    resolve: async (_root, { input }, context) =>
      publicationAnswer(
        context.db,
        await runJob(context, PUBLISH_RESULTS, {
          periodId: input.id.id,
          unitGroupId: input.unitGroupId?.id ?? null,
        }),
      ),
  }),
  reopenAssessment: t.fieldWithInput({
    type: AssessmentRef,
    errors: {},
    description:
      'Admins: APPROVED or PUBLISHED → RETURNED with a reason; its published result is withdrawn, the others stay until the period is published again.',
    authScopes: admins,
    typeOptions: validatedBy(ReopenAssessmentInput),
    input: {
      id: t.input.globalID({ required: true, for: AssessmentRef, description: 'The Assessment.' }),
      reason: t.input.string({ required: true }),
    },
    resolve: (_root, { input }, context) =>
      reopenAssessment(context, { id: input.id.id, reason: input.reason }),
  }),
}));
