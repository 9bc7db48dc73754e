import type { Db } from '@chiso/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { assertDownloadInScope } from './auth/provinces.ts';
import { personOf } from './auth/viewer.ts';
import type { Context } from './context.ts';
import { AppError } from './errors.ts';
import type { EvidenceStore } from './evidence/store.ts';
import { sendAppError } from './http-errors.ts';
import { matrixToCsv, matrixToXlsx } from './services/comparisons/export.ts';
import { comparisonMatrix } from './services/comparisons/matrix.ts';
import { parseInput, RestId } from './services/validate.ts';

const MatrixQuery = z.object({
  periodId: RestId,
  unitGroupId: RestId,
  nodeKind: z.enum(['CRITERION', 'GROUP', 'CATEGORY']).default('CRITERION'),
  /** The download's language: headers, and a CSV's convention (vi `;` and decimal commas, en `,` and points). */
  lang: z.enum(['vi', 'en']).default('vi'),
  setCode: z.string().optional(),
  /** Only these nodes, comma-separated (document order is kept), as `nodeCodes` of the query. */
  nodeCodes: z
    .string()
    .optional()
    .transform((value) =>
      value
        ? value
            .split(',')
            .map((code) => code.trim())
            .filter(Boolean)
        : null,
    ),
});

/**
 * Downloads of comparisons: `GET /exports/comparison-matrix.csv|.xlsx?periodId=…&unitGroupId=…&nodeKind=…`
 * (and `setCode`, `nodeCodes=SS.01,SS.02`, `lang=vi|en` for the language and a CSV's number convention),
 * the same data as the `comparisonMatrix` query, for the same callers (published results only).
 */
export async function registerExportRoutes(
  app: FastifyInstance,
  options: { db: Db; evidence: EvidenceStore },
) {
  app.get<{ Params: { format: string }; Querystring: Record<string, string> }>(
    '/exports/comparison-matrix.:format',
    async (request, reply) => {
      try {
        const viewer = await personOf(options.db, request);
        const format = parseInput(z.enum(['csv', 'xlsx']), request.params.format);
        const { lang, ...query } = parseInput(MatrixQuery, request.query);
        // A download has no session to change.
        const context: Context = { ...options, viewer, locale: 'vi', session: { set() {}, clear() {} } };
        await assertDownloadInScope(context, query);
        const matrix = await comparisonMatrix(context, { ...query, setCode: query.setCode ?? null });
        const name = `so-sanh-${query.nodeKind.toLowerCase()}`;
        reply.header('content-disposition', `attachment; filename="${name}.${format}"`);
        reply.header('cache-control', 'private, max-age=300');
        if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(matrixToCsv(matrix, lang));
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await matrixToXlsx(matrix, lang));
      } catch (error) {
        if (error instanceof AppError) return sendAppError(request, reply, error);
        throw error;
      }
    },
  );
}
