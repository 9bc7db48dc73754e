import type { SetIssue } from '@chiso/scoring';
import { codeIn, onlyOne, setsInScope } from '../auth/provinces.ts';
import { admins as admin, readers, readersIn } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import { codeText } from '../limits/arguments.ts';
import {
  AddCriteriaNodeInput,
  addCriteriaNode,
  CreateCriteriaDraftFromVersionInput,
  CreateCriteriaDraftFromYamlInput,
  canSeeDrafts,
  canSeeVersion,
  createCriteriaDraftFromVersion,
  createCriteriaDraftFromYaml,
  DraftEditInput,
  diffVersions,
  issuesOf,
  MoveCriteriaNodeInput,
  moveCriteriaNode,
  type NodeChangeView,
  PublishCriteriaVersionInput,
  publishCriteriaVersion,
  RemoveCriteriaNodeInput,
  removeCriteriaNode,
  SetLevelRulesInput,
  setLevelRules,
  UpdateCriteriaNodeInput,
  updateCriteriaDraft,
  updateCriteriaNode,
  type VersionDiff,
  visibleSets,
  visibleVersions,
  writeYaml,
} from '../services/criteria/index.ts';
import { LocalizedTextRef, PROVINCE_ARGUMENT, points } from './common.ts';
import {
  CriteriaDocumentInput,
  CriteriaNodeInput,
  CriteriaTextInput,
  EvidenceRequirementInput,
  LevelRuleInput,
  RuleInput,
  toModel,
} from './criteria-inputs.ts';
import { validatedBy } from './validation.ts';

const VersionStatusEnum = builder.enumType('VersionStatus', {
  description: 'A draft may change; a published version never does.',
  values: ['DRAFT', 'PUBLISHED'] as const,
});

const CriteriaNodeKindEnum = builder.enumType('CriteriaNodeKind', {
  description: 'Category (hạng mục), group (nhóm tiêu chí), criterion (tiêu chí) or indicator (chỉ tiêu).',
  values: ['CATEGORY', 'GROUP', 'CRITERION', 'INDICATOR'] as const,
});

const CriteriaIssueRef = builder.objectRef<SetIssue>('CriteriaIssue').implement({
  description: 'One thing wrong with a criteria document, named by the node it concerns.',
  fields: (t) => ({
    path: t.exposeString('path', {
      description: 'Node codes from the category down ("SS/SS.HT/SS.03"), or "(set)".',
    }),
    field: t.string({
      nullable: true,
      description: 'The field within the node: "maxPoints", "rule.steps[1].points".',
      resolve: (issue) => issue.field ?? null,
    }),
    code: t.string({
      description: 'What is wrong, stable for clients: a code of the problem catalogue in @chiso/scoring.',
      resolve: (issue) => issue.code,
    }),
    message: t.string({
      description: 'The message in English; read `messages` instead.',
      deprecationReason: 'Use `messages` (Vietnamese and English) and `code`.',
      resolve: (issue) => issue.messages.en,
    }),
    messages: t.field({ type: LocalizedTextRef, resolve: (issue) => issue.messages }),
  }),
});

builder.prismaObject('CriteriaNode', {
  description: 'A node of a version’s tree, as stored for queries.',
  fields: (t) => ({
    code: t.exposeString('code'),
    kind: t.field({ type: CriteriaNodeKindEnum, resolve: (node) => node.kind }),
    path: t.exposeString('path', { description: 'Codes from the category down: "SS/SS.HT/SS.03".' }),
    parentCode: t.exposeString('parentCode', { nullable: true }),
    position: t.exposeInt('position', { description: 'Place in document order across the version.' }),
    number: t.exposeInt('number', { nullable: true, description: 'The number the document prints.' }),
    name: t.field({ type: LocalizedTextRef, resolve: (node) => ({ vi: node.name, en: node.nameEn }) }),
    maxPoints: t.float({
      description: 'As declared, before any weight.',
      resolve: (node) => points(node.maxPoints),
    }),
    ruleKind: t.exposeString('ruleKind', { nullable: true, description: 'yesNo, ratio, share, steps…' }),
  }),
});

export const CriteriaVersionRef = builder.prismaNode('CriteriaVersion', {
  id: { field: 'id' },
  description: 'One version of a criteria set: its document, nodes and validation.',
  select: { id: true, status: true },
  // node(id:) does not find drafts for those who may not see them…
  findUnique: (id, context) => ({
    id,
    set: setsInScope(context.viewer),
    ...(canSeeDrafts(context.viewer) ? {} : { status: 'PUBLISHED' as const }),
  }),
  // …and this is checked however a version is reached (lists, node(id:), assessments): drafts stay with the Sở.
  authScopes: (version, context) => canSeeVersion(context.viewer, version),
  fields: (t) => ({
    version: t.exposeString('version', { description: 'The version label, e.g. "2017" or "2022-rev1".' }),
    status: t.field({ type: VersionStatusEnum, resolve: (version) => version.status }),
    revision: t.exposeInt('revision', { description: 'Send it back with every edit (CONFLICT when stale).' }),
    set: t.relation('set'),
    basedOn: t.relation('basedOn', {
      nullable: true,
      description: 'The published version it was copied from.',
    }),
    document: t.expose('document', {
      type: 'JSON',
      description: 'The criteria-set document, as in criteria/*.yaml.',
    }),
    yaml: t.string({
      description: 'The document as YAML, ready to save as a criteria file.',
      select: { document: true },
      resolve: (version) => writeYaml(version.document),
    }),
    maxPoints: t.float({ select: { maxPoints: true }, resolve: (version) => points(version.maxPoints) }),
    criteriaCount: t.exposeInt('criteriaCount'),
    nodes: t.relation('nodes', {
      description: 'The tree in document order, optionally only nodes of one kind.',
      args: { kind: t.arg({ type: CriteriaNodeKindEnum }) },
      query: (args) => ({ where: args.kind ? { kind: args.kind } : {}, orderBy: { position: 'asc' } }),
    }),
    validation: t.field({
      type: [CriteriaIssueRef],
      description: 'What must be fixed before publishing (sums, rules, level rules); empty when valid.',
      select: { revision: true, document: true },
      resolve: (version) => issuesOf(version),
    }),
    valid: t.boolean({
      select: { revision: true, document: true },
      resolve: (version) => issuesOf(version).length === 0,
    }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const CriteriaSetRef = builder.prismaNode('CriteriaSet', {
  id: { field: 'id' },
  description: 'Bộ tiêu chí: a criteria set for one unit level, versioned.',
  findUnique: (id, context) => ({ id, AND: [setsInScope(context.viewer)] }),
  authScopes: (set, context) => readersIn(context.viewer, set.provinceId),
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.field({ type: LocalizedTextRef, resolve: (set) => ({ vi: set.name, en: set.nameEn }) }),
    unitLevel: t.exposeString('unitLevel', {
      description: 'province, provincial-agency, district or commune',
    }),
    supplements: t.exposeString('supplements', {
      nullable: true,
      description: 'The code of the set this provincial set is scored alongside.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    versions: t.relatedConnection('versions', {
      cursor: 'id',
      totalCount: true,
      description: 'Oldest first; drafts only for admins and reviewers.',
      args: { status: t.arg({ type: VersionStatusEnum }) },
      query: (args, context) => ({
        where: { AND: [visibleVersions(context.viewer), args.status ? { status: args.status } : {}] },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    }),
  }),
});

const ValueChangeRef = builder.objectRef<NodeChangeView['values'][number]>('CriteriaValueChange').implement({
  description: 'One value of a node that differs between two versions, old and new.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'Its place in the node: "maxPoints", "name.vi", "rule.steps[1].points".',
    }),
    before: t.expose('before', {
      type: 'JSON',
      nullable: true,
      description: 'A string, number or boolean; null where the older version has none.',
    }),
    after: t.expose('after', {
      type: 'JSON',
      nullable: true,
      description: 'A string, number or boolean; null where the newer version has none.',
    }),
  }),
});

const NodeChangeRef = builder.objectRef<NodeChangeView>('CriteriaNodeChange').implement({
  description: 'A node added, removed or changed between two versions (matched by code).',
  fields: (t) => ({
    code: t.exposeString('code'),
    kind: t.field({ type: CriteriaNodeKindEnum, resolve: (change) => toNodeKind(change.kind) }),
    path: t.exposeString('path'),
    name: t.field({ type: LocalizedTextRef, resolve: (change) => change.name }),
    fields: t.exposeStringList('fields', {
      description:
        'The node’s own fields that differ ("position" when it moved); empty when added or removed.',
    }),
    values: t.field({
      type: [ValueChangeRef],
      description: 'Each differing value of those fields, old → new; empty when added or removed.',
      resolve: (change) => change.values,
    }),
  }),
});

const VersionDiffRef = builder.objectRef<VersionDiff>('CriteriaVersionDiff').implement({
  description: 'What changed from one version to another.',
  fields: (t) => ({
    from: t.field({ type: CriteriaVersionRef, resolve: (diff) => diff.from }),
    to: t.field({ type: CriteriaVersionRef, resolve: (diff) => diff.to }),
    added: t.field({ type: [NodeChangeRef], resolve: (diff) => diff.added }),
    removed: t.field({ type: [NodeChangeRef], resolve: (diff) => diff.removed }),
    changed: t.field({ type: [NodeChangeRef], resolve: (diff) => diff.changed }),
  }),
});

function toNodeKind(kind: NodeChangeView['kind']) {
  return kind.toUpperCase() as 'CATEGORY' | 'GROUP' | 'CRITERION' | 'INDICATOR';
}

builder.queryFields((t) => ({
  criteriaSets: t.prismaConnection({
    type: CriteriaSetRef,
    cursor: 'id',
    description: 'Criteria sets by code; a set with only drafts is listed for admins and reviewers.',
    authScopes: readers,
    args: { unitLevel: t.arg.string({ validate: codeText }) },
    resolve: (query, _root, args, context) =>
      context.db.criteriaSet.findMany({
        ...query,
        where: { AND: [visibleSets(context.viewer), args.unitLevel ? { unitLevel: args.unitLevel } : {}] },
        orderBy: [{ code: 'asc' }, { id: 'asc' }],
      }),
  }),
  criteriaSet: t.prismaField({
    type: CriteriaSetRef,
    nullable: true,
    authScopes: readers,
    description: 'A criteria set by its code (unique within a province and the national sets beside it).',
    args: { code: t.arg.string({ required: true }), province: t.arg.string(PROVINCE_ARGUMENT) },
    resolve: async (query, _root, args, context) =>
      onlyOne(
        await context.db.criteriaSet.findMany({
          ...query,
          where: { AND: [codeIn(args.code, args.province), visibleSets(context.viewer)] },
          take: 2,
        }),
        args.code,
      ),
  }),
  criteriaVersionDiff: t.field({
    type: VersionDiffRef,
    description: 'Nodes added, removed and changed from one version to another (any two the caller may see).',
    authScopes: readers,
    args: {
      from: t.arg.globalID({ required: true, for: CriteriaVersionRef }),
      to: t.arg.globalID({ required: true, for: CriteriaVersionRef }),
    },
    resolve: (_root, args, context) => diffVersions(context, { from: args.from.id, to: args.to.id }),
  }),
}));

const NodePatchInput = builder.inputType('CriteriaNodePatch', {
  description: 'Fields to change on one node; omitted fields stay, null removes an optional one.',
  fields: (t) => ({
    name: t.string({ description: 'Vietnamese name.' }),
    nameEn: t.string({ description: 'English name.' }),
    maxPoints: t.float({ description: 'At most two decimals.' }),
    number: t.int({ description: 'Criteria only.' }),
    weight: t.float({ description: 'Multiplies the node where it counts towards its parent (default 1).' }),
    method: t.field({ type: CriteriaTextInput, description: 'How the value is determined.' }),
    rule: t.field({ type: RuleInput, description: 'Criteria and indicators.' }),
    evidence: t.field({ type: EvidenceRequirementInput, description: 'Criteria and indicators.' }),
  }),
});

type MutationField = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

/** Fields every draft edit takes: the draft, the revision the client read, and the roll-up switch. */
const draftFields = (t: MutationField) => ({
  id: t.input.globalID({ required: true, for: CriteriaVersionRef, description: 'The draft.' }),
  revision: t.input.int({ required: true }),
  recomputeMaxima: t.input.boolean({
    description:
      'Also set every parent’s maxPoints (and the set’s) to the sum of its children. Default false: declared maxima stay and `validation` lists mismatches.',
  }),
});

const target = (input: {
  id: { id: string };
  revision: number;
  recomputeMaxima?: boolean | null | undefined;
}) => ({
  versionId: input.id.id,
  revision: input.revision,
  recomputeMaxima: input.recomputeMaxima ?? false,
});

builder.mutationFields((t) => ({
  createCriteriaDraftFromYaml: t.fieldWithInput({
    type: CriteriaVersionRef,
    errors: {},
    description:
      'A new draft from a criteria file. Syntax and model errors: VALIDATION_FAILED by node path; a label the set already has: CONFLICT.',
    authScopes: admin,
    typeOptions: validatedBy(CreateCriteriaDraftFromYamlInput),
    input: { yaml: t.input.string({ required: true }) },
    resolve: (_root, { input }, context) => createCriteriaDraftFromYaml(context, input),
  }),
  createCriteriaDraftFromVersion: t.fieldWithInput({
    type: CriteriaVersionRef,
    errors: {},
    description: 'A new draft copied from a published version, under a new version label.',
    authScopes: admin,
    typeOptions: validatedBy(CreateCriteriaDraftFromVersionInput),
    input: {
      versionId: t.input.globalID({
        required: true,
        for: CriteriaVersionRef,
        description: 'The published version.',
      }),
      version: t.input.string({ required: true, description: 'The new version label.' }),
    },
    resolve: (_root, { input }, context) =>
      createCriteriaDraftFromVersion(context, { versionId: input.versionId.id, version: input.version }),
  }),
  updateCriteriaDraft: t.fieldWithInput({
    type: CriteriaVersionRef,
    errors: {},
    description:
      'Replaces the whole document of a draft. It must parse as a criteria set; sums may still be off (see validation).',
    authScopes: admin,
    typeOptions: validatedBy(DraftEditInput),
    input: { ...draftFields(t), document: t.input.field({ type: CriteriaDocumentInput, required: true }) },
    resolve: (_root, { input }, context) =>
      updateCriteriaDraft(context, { ...target(input), document: toModel(input.document) }),
  }),
  updateCriteriaNode: t.fieldWithInput({
    type: CriteriaVersionRef,
    errors: {},
    authScopes: admin,
    typeOptions: validatedBy(UpdateCriteriaNodeInput),
    input: {
      ...draftFields(t),
      code: t.input.string({ required: true }),
      patch: t.input.field({ type: NodePatchInput, required: true }),
    },
    resolve: (_root, { input }, context) =>
      updateCriteriaNode(context, {
        ...target(input),
        code: input.code,
        // null keeps its meaning at the top (remove an optional field); inside a rule it means absent.
        patch: {
          ...input.patch,
          ...(input.patch.rule ? { rule: toModel(input.patch.rule) } : {}),
          ...(input.patch.evidence ? { evidence: toModel(input.patch.evidence) } : {}),
        },
      }),
  }),
  addCriteriaNode: t.fieldWithInput({
    type: CriteriaVersionRef,
    errors: {},
    description:
      'Adds a node (with any children) under a parent: a category’s group, a group’s criterion, a criterion’s indicator; no parent adds a category.',
    authScopes: admin,
    typeOptions: validatedBy(AddCriteriaNodeInput),
    input: {
      ...draftFields(t),
      parentCode: t.input.string({ description: 'None for a category.' }),
      node: t.input.field({ type: CriteriaNodeInput, required: true }),
      position: t.input.int({ description: 'Among its new siblings, from 0; default last.' }),
    },
    resolve: (_root, { input }, context) =>
      addCriteriaNode(context, {
        ...target(input),
        parentCode: input.parentCode ?? null,
        node: toModel(input.node),
        position: input.position ?? null,
      }),
  }),
  removeCriteriaNode: t.fieldWithInput({
    type: CriteriaVersionRef,
    errors: {},
    description: 'Removes a node and everything under it.',
    authScopes: admin,
    typeOptions: validatedBy(RemoveCriteriaNodeInput),
    input: { ...draftFields(t), code: t.input.string({ required: true }) },
    resolve: (_root, { input }, context) =>
      removeCriteriaNode(context, { ...target(input), code: input.code }),
  }),
  moveCriteriaNode: t.fieldWithInput({
    type: CriteriaVersionRef,
    errors: {},
    description: 'Moves a node under another parent of the right kind, or reorders it among its siblings.',
    authScopes: admin,
    typeOptions: validatedBy(MoveCriteriaNodeInput),
    input: {
      ...draftFields(t),
      code: t.input.string({ required: true }),
      parentCode: t.input.string({ description: 'None for a category.' }),
      position: t.input.int({ required: true, description: 'Among its new siblings, from 0.' }),
    },
    resolve: (_root, { input }, context) =>
      moveCriteriaNode(context, {
        ...target(input),
        code: input.code,
        parentCode: input.parentCode ?? null,
        position: input.position,
      }),
  }),
  setLevelRules: t.fieldWithInput({
    type: CriteriaVersionRef,
    errors: {},
    description: 'Replaces a category’s level rules (Mức 1–4).',
    authScopes: admin,
    typeOptions: validatedBy(SetLevelRulesInput),
    input: {
      ...draftFields(t),
      categoryCode: t.input.string({ required: true }),
      levels: t.input.field({ type: [LevelRuleInput], required: true }),
    },
    resolve: (_root, { input }, context) =>
      setLevelRules(context, {
        ...target(input),
        categoryCode: input.categoryCode,
        levels: toModel(input.levels),
      }),
  }),
  publishCriteriaVersion: t.fieldWithInput({
    type: CriteriaVersionRef,
    errors: {},
    description:
      'Publishes a fully valid draft (VALIDATION_FAILED lists what is wrong); it never changes again.',
    authScopes: admin,
    typeOptions: validatedBy(PublishCriteriaVersionInput),
    input: {
      id: t.input.globalID({ required: true, for: CriteriaVersionRef, description: 'The draft.' }),
      revision: t.input.int({ required: true }),
    },
    resolve: (_root, { input }, context) =>
      publishCriteriaVersion(context, { versionId: input.id.id, revision: input.revision }),
  }),
}));
