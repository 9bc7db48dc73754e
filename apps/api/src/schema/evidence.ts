import { assessmentsInScope } from '../auth/provinces.ts';
import { builder } from '../builder.ts';
import { evidenceDownloadUrl } from '../evidence/present.ts';
import { codeText } from '../limits/arguments.ts';
import {
  AttachEvidenceLinkInput,
  attachEvidenceLink,
  canSeeAssessment,
  rawId,
  removeEvidence,
} from '../services/evidence/index.ts';
import { validatedBy } from './validation.ts';

/** Minh chứng: read wherever its assessment may be read (see services/evidence/access.ts). */
const EvidenceRef = builder.prismaNode('Evidence', {
  id: { field: 'id' },
  description: 'Minh chứng: a document behind an entry of an assessment — a link or a stored file.',
  // Loaded with every evidence row, so `node(id:)` cannot reach another unit's unpublished evidence.
  include: { assessment: { select: { unitId: true, status: true, unit: { select: { provinceId: true } } } } },
  findUnique: (id, context) => ({ id, assessment: assessmentsInScope(context.viewer) }),
  authScopes: (evidence, context) => canSeeAssessment(context.viewer, evidence.assessment),
  // One FORBIDDEN for the object (it becomes null), not one per field of an empty shell.
  runScopesOnType: true,
  fields: (t) => ({
    nodeCode: t.exposeString('nodeCode', {
      nullable: true,
      description: 'The criterion (or indicator) it backs.',
    }),
    title: t.exposeString('title', { description: 'Trích yếu: what the document is.' }),
    documentNumber: t.exposeString('documentNumber', {
      nullable: true,
      description: 'Số, ký hiệu: e.g. 123/QĐ-UBND.',
    }),
    issuedOn: t.expose('issuedOn', { type: 'Date', nullable: true, description: 'Ngày ban hành.' }),
    url: t.exposeString('url', { nullable: true, description: 'For a link: its http(s) address.' }),
    fileName: t.exposeString('fileName', {
      nullable: true,
      description: "For a file: the uploader's file name, cleaned (no folders or control characters).",
    }),
    contentType: t.exposeString('contentType', { nullable: true }),
    size: t.exposeInt('size', { nullable: true, description: 'Bytes.' }),
    sha256: t.exposeString('sha256', { nullable: true, description: 'SHA-256 of the content, hex.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    downloadUrl: t.string({
      nullable: true,
      description: "For a file: its address relative to the API's origin (GET, same sign-in).",
      select: { storageKey: true },
      resolve: (evidence) => evidenceDownloadUrl(evidence),
    }),
  }),
});

// The Assessment type is defined in assessments.ts; its evidence is listed from here.
builder.prismaObjectFields('Assessment', (t) => ({
  evidence: t.relatedConnection('evidence', {
    cursor: 'id',
    description: 'Its evidence, oldest first; `nodeCode` narrows it to one criterion.',
    args: { nodeCode: t.arg.string({ validate: codeText }) },
    query: (args) => ({
      where: args.nodeCode ? { nodeCode: args.nodeCode } : {},
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
  }),
}));

builder.mutationFields((t) => ({
  attachEvidenceLink: t.fieldWithInput({
    type: EvidenceRef,
    errors: {},
    description:
      "Attaches a link as evidence (the unit's officers and admins, while the assessment is a draft or returned). Files are uploaded with POST /evidence.",
    authScopes: { signedIn: true },
    typeOptions: validatedBy(AttachEvidenceLinkInput),
    input: {
      // A plain ID checked by the service, so a wrong one is VALIDATION_FAILED on `assessmentId` like the upload's.
      assessmentId: t.input.id({ required: true, description: 'The Assessment (global ID).' }),
      nodeCode: t.input.string({ required: true }),
      title: t.input.string({ required: true }),
      url: t.input.string({ required: true, description: 'http:// or https:// only.' }),
      documentNumber: t.input.string(),
      issuedOn: t.input.field({ type: 'Date' }),
    },
    resolve: (_root, { input }, context) =>
      attachEvidenceLink(context, {
        ...input,
        assessmentId: rawId(String(input.assessmentId), 'Assessment', 'assessmentId'),
      }),
  }),
  removeEvidence: t.fieldWithInput({
    type: EvidenceRef,
    errors: {},
    description: 'Removes evidence and, once that is saved, its stored file; answers what was removed.',
    authScopes: { signedIn: true },
    input: { id: t.input.globalID({ required: true, for: EvidenceRef }) },
    resolve: (_root, { input }, context) => removeEvidence(context, input.id.id),
  }),
}));
