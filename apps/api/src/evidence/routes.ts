import type { Db } from '@chiso/db';
import { problem } from '@chiso/scoring';
import '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { viewerOf } from '../auth/viewer.ts';
import { AppError, issueAt, notFound, unauthenticated, validationFailed } from '../errors.ts';
import { requestError, sendFailure } from '../http-errors.ts';
import {
  ASSESSMENT_ACCESS,
  assertCanSee,
  attachEvidenceFile,
  type EvidenceContext,
  rawId,
} from '../services/evidence/index.ts';
import { FileTooLargeError } from './errors.ts';
import { contentDisposition } from './file-name.ts';
import { LocalEvidenceStore } from './local-store.ts';
import { evidenceJson } from './present.ts';
import type { EvidenceStore } from './store.ts';

export interface EvidenceRoutesOptions {
  db: Db;
  /** Defaults to the local disk store (CHISO_EVIDENCE_DIR, CHISO_EVIDENCE_MAX_MB). */
  store?: EvidenceStore;
}

/** Types a browser may show in place; everything else downloads. */
const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

const FIELDS = ['assessmentId', 'nodeCode', 'title', 'documentNumber', 'issuedOn'] as const;

/**
 * Evidence files over HTTP (GraphQL carries no files):
 * - `POST /evidence`, multipart/form-data: the fields assessmentId (Relay global ID or raw UUID),
 *   nodeCode, title, documentNumber?, issuedOn? (YYYY-MM-DD), THEN one part named `file` — the
 *   fields are checked before the file is read. Answers 201 `{ evidence }` or `{ error }`.
 * - `GET /evidence/:id/file` (global ID or UUID): the file, to those who may see the assessment.
 * Add with `await registerEvidenceRoutes(app, { db, store })` or `app.register(registerEvidenceRoutes, …)`.
 */
export async function registerEvidenceRoutes(
  app: FastifyInstance,
  { db, store = new LocalEvidenceStore() }: EvidenceRoutesOptions,
) {
  // A scope of its own, however it is called: the multipart parser and the JSON error answers
  // apply to these routes only.
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      // One byte over the limit reaches the store, which refuses it with the 413 message.
      limits: { fileSize: store.maxBytes + 1, files: 1, fields: 10, fieldSize: 4096, parts: 11 },
      throwFileSizeLimit: true,
    });
    scope.setErrorHandler((error: FastifyError, request, reply) => sendError(request, reply, error, store));

    scope.post('/evidence', async (request, reply) => {
      const context = await requestContext(db, store, request);
      if (context.viewer.kind === 'anonymous') throw unauthenticated();
      if (!request.isMultipart()) throw notMultipart();
      const evidence = await receiveUpload(request, context);
      return reply.code(201).send({ evidence: evidenceJson(evidence) });
    });

    scope.get<{ Params: { id: string }; Querystring: { download?: string } }>(
      '/evidence/:id/file',
      async (request, reply) => {
        const { viewer } = await requestContext(db, store, request);
        if (viewer.kind === 'anonymous') throw unauthenticated();
        const evidence = await findEvidence(db, request.params.id);
        assertCanSee(viewer, evidence.assessment);
        if (!evidence.storageKey) throw linkHasNoFile();
        const inline = INLINE.has(evidence.contentType ?? '') && request.query.download === undefined;
        return reply
          .header('content-type', evidence.contentType ?? 'application/octet-stream')
          .header('content-length', String(evidence.size))
          .header(
            'content-disposition',
            contentDisposition(inline ? 'inline' : 'attachment', evidence.fileName ?? 'minh-chung'),
          )
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-cache')
          .header('etag', `"${evidence.sha256}"`)
          .send(store.get(evidence.storageKey));
      },
    );
  });
}

async function requestContext(
  db: Db,
  evidence: EvidenceStore,
  request: FastifyRequest,
): Promise<EvidenceContext> {
  return { db, evidence, viewer: await viewerOf(db, request) };
}

/** Reads the fields, then hands the file part to the service as a stream (never buffered whole). */
async function receiveUpload(request: FastifyRequest, context: EvidenceContext) {
  const fields: Partial<Record<(typeof FIELDS)[number], string>> = {};
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      const name = FIELDS.find((field) => field === part.fieldname);
      if (name && typeof part.value === 'string' && part.value.trim() !== '') fields[name] = part.value;
      continue;
    }
    try {
      if (part.fieldname !== 'file')
        throw validationFailed([issueAt(part.fieldname, problem('FILE_PART_NAME'))]);
      if (!fields.assessmentId) throw fieldsFirst();
      const assessmentId = rawId(fields.assessmentId, 'Assessment', 'assessmentId');
      return await attachEvidenceFile(
        context,
        {
          assessmentId,
          nodeCode: fields.nodeCode ?? '',
          title: fields.title ?? '',
          documentNumber: fields.documentNumber,
          issuedOn: fields.issuedOn,
          fileName: part.filename,
        },
        part.file,
      );
    } catch (error) {
      part.file.resume();
      throw error;
    }
  }
  throw validationFailed([issueAt('file', problem('FILE_MISSING'))], {
    vi: 'Chưa có tệp minh chứng: hãy chọn tệp để tải lên.',
    en: 'No evidence file was sent: choose a file to upload.',
  });
}

async function findEvidence(db: Db, id: string) {
  let evidenceId: string;
  try {
    evidenceId = rawId(id, 'Evidence', 'id');
  } catch {
    throw notFound({ vi: 'minh chứng', en: 'the evidence' });
  }
  const evidence = await db.evidence.findUnique({
    where: { id: evidenceId },
    include: { assessment: ASSESSMENT_ACCESS },
  });
  if (!evidence) throw notFound({ vi: 'minh chứng', en: 'the evidence' });
  return evidence;
}

const notMultipart = () =>
  validationFailed([issueAt('(body)', problem('MULTIPART_EXPECTED'))], {
    vi: 'Hãy gửi minh chứng dưới dạng multipart/form-data: các trường thông tin trước, tệp sau cùng.',
    en: 'Send evidence as multipart/form-data: the fields first, the file last.',
  });

const fieldsFirst = () =>
  validationFailed([issueAt('assessmentId', problem('FIELDS_BEFORE_FILE'))], {
    vi: 'Thiếu mã phiếu đánh giá: hãy gửi các trường thông tin (assessmentId, nodeCode, title…) trước tệp.',
    en: 'The assessment ID is missing: send the fields (assessmentId, nodeCode, title…) before the file.',
  });

const linkHasNoFile = () =>
  new AppError('NOT_FOUND', {
    vi: 'Minh chứng này là một liên kết, không có tệp lưu trữ: hãy mở địa chỉ của nó.',
    en: 'This evidence is a link with no stored file: open its address instead.',
  });

/** As every route answers (http-errors.ts), with an upload's own needs first. */
function sendError(request: FastifyRequest, reply: FastifyReply, error: FastifyError, store: EvidenceStore) {
  const known = asAppError(error, store);
  // A download that fails after its headers were prepared (its file gone from the disk) answers JSON.
  for (const header of ['content-disposition', 'content-length', 'etag']) reply.removeHeader(header);
  reply.type('application/json; charset=utf-8');
  // Refused before the whole upload was read: close the connection rather than read the rest.
  if (!request.raw.complete) reply.header('connection', 'close');
  return sendFailure(
    request,
    reply,
    known ?? error,
    known instanceof FileTooLargeError ? known.httpStatus : undefined,
  );
}

function asAppError(error: FastifyError, store: EvidenceStore): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error.code === 'FST_REQ_FILE_TOO_LARGE') return new FileTooLargeError(store.maxBytes);
  // Malformed multipart, too many parts or files: the request itself is wrong.
  if (requestError(error))
    return validationFailed([issueAt('(body)', problem('UPLOAD_MALFORMED', { detail: error.message }))], {
      vi: 'Yêu cầu tải lên không hợp lệ. Hãy gửi các trường thông tin rồi đúng một tệp.',
      en: `The upload request is not valid (${error.message}). Send the fields, then exactly one file.`,
    });
  return undefined;
}
