import type { Db } from '@chiso/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { assertDownloadInScope } from './auth/provinces.ts';
import { personOf } from './auth/viewer.ts';
import type { Context } from './context.ts';
import { AppError } from './errors.ts';
import type { EvidenceStore } from './evidence/store.ts';
import { sendAppError } from './http-errors.ts';
import { requestSignal } from './limits/time-budget.ts';
import { reportDocument } from './services/reports/document.ts';
import { periodReport } from './services/reports/period-report.ts';
import { unitDocument } from './services/reports/unit-document.ts';
import { unitReport } from './services/reports/unit-report.ts';
import { parseInput, RestId } from './services/validate.ts';
import { runJob } from './workers/pool.ts';

const ReportQuery = z.object({
  periodId: RestId,
  unitGroupId: RestId,
  lang: z.enum(['vi', 'en']).default('vi'),
  setCode: z.string().max(64).optional(),
  /** The province in the header ("UBND TỈNH …"); default: the catalogue's province. */
  province: z.string().trim().min(1).max(80).optional(),
});

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

const UnitReportQuery = ReportQuery.extend({ unitId: RestId });

/**
 * The published reports: `GET /reports/period.docx|.pdf?periodId=…&unitGroupId=…&lang=vi|en` (and
 * `setCode`, `province`) for a unit group, `GET /reports/unit.docx|.pdf?…&unitId=…` for one unit.
 * Published results only, for signed-in people, as the comparison exports: an API token reads
 * through registered GraphQL operations only.
 */
export async function registerReportRoutes(
  app: FastifyInstance,
  options: { db: Db; evidence: EvidenceStore },
) {
  app.get<{ Params: { kind: string; format: string }; Querystring: Record<string, string> }>(
    '/reports/:kind.:format',
    async (request, reply) => {
      try {
        const viewer = await personOf(options.db, request);
        const kind = parseInput(z.enum(['period', 'unit']), request.params.kind);
        const format = parseInput(z.enum(['docx', 'pdf']), request.params.format);
        const { lang, ...query } = parseInput(kind === 'unit' ? UnitReportQuery : ReportQuery, request.query);
        // A download has no session to change.
        const context: Context = {
          ...options,
          viewer,
          locale: lang,
          ...requestSignal(request),
          session: { set() {}, clear() {} },
        };
        await assertDownloadInScope(context, query);
        const { document, name } = await compose(context, kind, query, lang);
        // Drawn on a worker thread: a province's report is seconds of docx or pdfkit work.
        const file = await runJob('reportFile', { document, format }, context.signal);
        const body = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
        reply.header(
          'content-disposition',
          `attachment; filename="${name.replace(/[^\w.-]+/g, '-')}.${format}"`,
        );
        reply.header('cache-control', 'private, max-age=300');
        return reply.type(TYPES[format]).send(body);
      } catch (error) {
        if (error instanceof AppError) return sendAppError(request, reply, error);
        throw error;
      }
    },
  );
}

async function compose(
  context: Context,
  kind: 'period' | 'unit',
  query: Omit<z.output<typeof ReportQuery>, 'lang'> & { unitId?: string },
  lang: 'vi' | 'en',
) {
  if (kind === 'unit' && query.unitId) {
    const report = await unitReport(context, { ...query, unitId: query.unitId });
    return {
      document: unitDocument(report, lang),
      name: `bao-cao-${report.period.code}-${report.unit.code}`,
    };
  }
  const report = await periodReport(context, query);
  return {
    document: reportDocument(report, lang),
    name: `bao-cao-${report.period.code}-${report.group.code}`,
  };
}
