import {
  fileFormat,
  type ImportReport,
  type ImportStep,
  importSteps,
  runImport,
  sourceFiles,
  sourceProvinces,
  unitSources,
} from '@chiso/db';
import { problem, problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { assertOwnsProvinceCode } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { issueAt, notFound, validationFailed } from '../../errors.ts';
import type { JobRun } from '../../jobs/queue.ts';

/**
 * Loading the unit catalogue from the console: a bundled source (the committed extracts, the full GSO
 * files beside the repository) or an uploaded file (the console sends the chosen province's part of it),
 * previewed first — the import done and rolled back — then applied.
 */
export const ImportUnitsInput = z.object({
  sourceId: z.string().trim().min(1).max(100).nullish(),
  // The server takes 2 MB a request; the console sends only the chosen province.
  content: z.string().min(2).max(1_900_000).nullish(),
  provinceCode: z.string().regex(/^\d{2}$/, problemFlag('PROVINCE_CODE_FORMAT')),
  document: z.string().trim().min(1).max(100).nullish(),
});
export type ImportUnitsInput = z.output<typeof ImportUnitsInput>;

/** How many of each kind of change the answer lists by name (the counts are always whole). */
const LISTED = 100;

const fileInvalid = (detail: string) =>
  validationFailed([issueAt('content', problem('UNIT_FILE_INVALID', { detail }))], {
    vi: 'Tệp không phải danh mục đơn vị hành chính hay tệp sắp xếp đơn vị năm 2025 hợp lệ.',
    en: `Not a valid unit catalogue or 2025 merge file: ${detail}`,
  });

const unknownProvince = (code: string) =>
  validationFailed([issueAt('provinceCode', problem('UNKNOWN_PROVINCE', { code }))], {
    vi: `Tệp không có tỉnh mã ${code}.`,
    en: `The file has no province ${code}.`,
  });

const eitherSource = () =>
  validationFailed([issueAt('sourceId', problem('ONE_SOURCE'))], {
    vi: 'Hãy chọn một danh mục có sẵn hoặc tải lên một tệp (chỉ một trong hai).',
    en: 'Choose a bundled catalogue or upload a file, one of the two.',
  });

function stepsOf(input: ImportUnitsInput): ImportStep[] {
  const code = input.provinceCode;
  if ((input.sourceId == null) === (input.content == null)) throw eitherSource();
  if (input.sourceId != null) {
    const source = unitSources().find((candidate) => candidate.id === input.sourceId);
    if (!source) throw notFound({ vi: 'danh mục có sẵn này', en: 'the bundled catalogue' });
    if (!sourceProvinces(source).some((province) => province.code === code)) throw unknownProvince(code);
    return importSteps({ ...sourceFiles(source, [code]), document: input.document ?? source.document });
  }
  let json: unknown;
  try {
    json = JSON.parse(input.content as string);
  } catch (error) {
    throw fileInvalid(`not JSON (${(error as Error).message})`);
  }
  let format: ReturnType<typeof fileFormat>;
  try {
    format = fileFormat(json);
  } catch (error) {
    throw fileInvalid((error as Error).message);
  }
  const provinces = (json as { data?: unknown }).data;
  if (!Array.isArray(provinces) || !provinces.some((p) => p?.level1_id === code)) throw unknownProvince(code);
  try {
    return importSteps({
      ...(format === 'CATALOGUE' ? { catalogue: json } : { reorganisation: json }),
      provinces: [code],
      document: input.document ?? null,
    });
  } catch (error) {
    throw fileInvalid((error as Error).message);
  }
}

/** The report as the API answers it: whole counts, the first changes of each kind by name. */
function listed(report: ImportReport): ImportReport {
  const seen = new Map<string, number>();
  const changes = report.changes.filter((change) => {
    const count = (seen.get(change.kind) ?? 0) + 1;
    seen.set(change.kind, count);
    return count <= LISTED;
  });
  return { ...report, missing: report.missing.slice(0, LISTED), changes };
}

/** What the import would do; nothing is written. */
export async function previewUnitImport(context: Context, input: ImportUnitsInput) {
  await assertOwnsProvinceCode(context, input.provinceCode);
  const steps = stepsOf(input);
  return listed(await runImport(context.db, steps, { dryRun: true }));
}

/** Applies the import; `job` (jobs/definitions.ts) records its answer in the import's transaction. */
export async function applyUnitImport(
  context: Context,
  data: ImportUnitsInput,
  job?: Pick<JobRun<ImportUnitsInput>, 'record' | 'progress'>,
) {
  await assertOwnsProvinceCode(context, data.provinceCode);
  const steps = stepsOf(data);
  let answer: ImportReport | undefined;
  await runImport(context.db, steps, {
    onStep: (done, total) => job?.progress(done / total),
    andThen: async (tx, total) => {
      await audit(tx, context, {
        action: 'unit.import',
        entityType: 'UnitCatalogue',
        entityId: data.sourceId ?? 'upload',
        after: {
          provinceCode: data.provinceCode,
          document: data.document ?? null,
          ...Object.fromEntries(Object.entries(total).filter(([key]) => key !== 'changes')),
        },
      });
      answer = listed(total);
      await job?.record(tx, answer);
    },
  });
  return answer as ImportReport;
}
