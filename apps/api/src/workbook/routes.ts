/**
 * Entries workbooks over HTTP (files do not travel through GraphQL):
 * - `GET /workbooks/entries-template.xlsx?periodId=…&unitGroupId=…&versionId=…&layout=units|matrix&lang=vi|en`,
 *   or `?assessmentId=…`: the template, with the current values (a unit officer gets their own units only);
 * - `POST /workbooks/entries?apply=true|false`, the filled .xlsx as the body: the dry run (and, with
 *   `apply=true` and no problem, the import) as JSON `{ applied, units, problems }`;
 * - `GET /exports/assessment.xlsx?assessmentId=…&lang=…`: one assessment's inputs, points, levels and evidence.
 * IDs are Relay global IDs or raw ones; failures answer `{ error: { code, message, messages, issues } }`.
 */
import type { Db } from '@chiso/db';
import { problem } from '@chiso/scoring';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { personOf } from '../auth/viewer.ts';
import { type Context, localeOf } from '../context.ts';
import { AppError, issueAt, validationFailed } from '../errors.ts';
import { contentDisposition } from '../evidence/file-name.ts';
import type { EvidenceStore } from '../evidence/store.ts';
import { sendFailure } from '../http-errors.ts';
import { parseInput, RestId } from '../services/validate.ts';
import { assessmentWorkbook } from './assessment-export.ts';
import { importEntriesWorkbook } from './import-entries.ts';
import { entriesTemplate } from './template.ts';
import { templateData } from './template-data.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A province's 177 communes, one sheet each, stay well under this. */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const Lang = z.enum(['vi', 'en']).default('vi');

const TemplateQuery = z.union([
  z.object({ assessmentId: RestId, layout: z.enum(['units', 'matrix']).default('units'), lang: Lang }),
  z.object({
    periodId: RestId,
    unitGroupId: RestId,
    versionId: RestId,
    layout: z.enum(['units', 'matrix']).default('units'),
    lang: Lang,
  }),
]);
const UploadQuery = z.object({ apply: z.enum(['true', 'false']).default('false') });
const ExportQuery = z.object({ assessmentId: RestId, lang: Lang });

export async function registerWorkbookRoutes(
  app: FastifyInstance,
  options: { db: Db; evidence: EvidenceStore },
) {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      [XLSX, 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.setErrorHandler((error: FastifyError, request, reply) => sendError(request, reply, error));

    scope.get<{ Querystring: Record<string, string> }>(
      '/workbooks/entries-template.xlsx',
      async (request, reply) => {
        const context = await contextOf(options, request);
        const { layout, lang, ...query } = parseInput(TemplateQuery, request.query);
        const data = await templateData(context, query);
        const content = await entriesTemplate(data, layout, lang);
        return reply
          .type(XLSX)
          .header('content-disposition', contentDisposition('attachment', data.fileName))
          .header('cache-control', 'private, no-store')
          .send(content);
      },
    );

    scope.post<{ Querystring: Record<string, string> }>('/workbooks/entries', async (request, reply) => {
      const context = await contextOf(options, request);
      const { apply } = parseInput(UploadQuery, request.query);
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) throw noWorkbook();
      return reply.send(await importEntriesWorkbook(context, request.body, { apply: apply === 'true' }));
    });

    scope.get<{ Querystring: Record<string, string> }>('/exports/assessment.xlsx', async (request, reply) => {
      const context = await contextOf(options, request);
      const { assessmentId, lang } = parseInput(ExportQuery, request.query);
      const { content, fileName } = await assessmentWorkbook(context, assessmentId, lang);
      return reply
        .type(XLSX)
        .header('content-disposition', contentDisposition('attachment', fileName))
        .header('cache-control', 'private, no-store')
        .send(content);
    });
  });
}

async function contextOf(
  options: { db: Db; evidence: EvidenceStore },
  request: FastifyRequest,
): Promise<Context> {
  const viewer = await personOf(options.db, request);
  // A download or an upload has no session to change.
  return {
    ...options,
    viewer,
    locale: localeOf(request.headers['accept-language']),
    session: { set() {}, clear() {} },
  };
}

const noWorkbook = () =>
  validationFailed([issueAt('(body)', problem('WORKBOOK_MISSING'))], {
    vi: 'Chưa có tệp: hãy chọn tệp Excel (.xlsx) đã điền để tải lên.',
    en: 'No file was sent: choose the filled Excel file (.xlsx) to upload.',
  });

/** As every route answers (http-errors.ts); a file over the limit says the limit. */
function sendError(request: FastifyRequest, reply: FastifyReply, error: FastifyError) {
  reply.removeHeader('content-disposition');
  reply.type('application/json; charset=utf-8');
  if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') return sendFailure(request, reply, error);
  const megabytes = MAX_UPLOAD_BYTES / 1024 / 1024;
  return sendFailure(
    request,
    reply,
    new AppError('LIMIT_EXCEEDED', {
      vi: `Tệp quá lớn (tối đa ${megabytes} MB).`,
      en: `The file is too large (at most ${megabytes} MB).`,
    }),
  );
}
