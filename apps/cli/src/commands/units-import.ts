import { parseArgs } from 'node:util';
import {
  createPrismaClient,
  fileFormat,
  type ImportReport,
  type ImportStep,
  importSteps,
  runImport,
  type StepFiles,
} from '@chiso/db';
import { type Output, onDatabase, readJson } from '../io.ts';

const USAGE = `usage: chiso units import [<catalogue.json>] [--merges <2025-07-01-merges.json>] --province <code,…|all>
         [--agencies <file>] [--valid-from YYYY-MM-DD] [--document <resolution>] [--dry-run]
  <catalogue.json> a GSO catalogue (province > district > commune) or the 2025 merge file; with --merges,
  the catalogue the reorganisation starts from (2025-03-01.json). --province names provinces as of the
  last file: with a merge file, the new provinces (their old ones are read from the catalogue).`;

interface Options {
  file?: string;
  merges?: string;
  provinces: string[] | 'all';
  agencies?: string;
  validFrom?: string;
  document?: string;
  dryRun: boolean;
}

/**
 * `chiso units import`: a province's units from a GSO catalogue (and its agencies), and the 1 July 2025
 * reorganisation with its lineage, into the database — the embedded one unless DATABASE_URL names a
 * PostgreSQL server. Idempotent: a second run reports every unit unchanged.
 */
export async function unitsImportCommand(argv: readonly string[], out: Output): Promise<number> {
  let options: Options;
  try {
    options = parse(argv);
  } catch (error) {
    out.line(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }

  let steps: ImportStep[];
  try {
    if (options.validFrom && !/^\d{4}-\d{2}-\d{2}$/.test(options.validFrom)) {
      throw new Error(`--valid-from must be a day as YYYY-MM-DD, not "${options.validFrom}"`);
    }
    if (options.validFrom && Number.isNaN(Date.parse(options.validFrom))) {
      throw new Error(`--valid-from must be a day as YYYY-MM-DD, not "${options.validFrom}"`);
    }
    const files: StepFiles = {
      provinces: options.provinces,
      ...(options.document ? { document: options.document } : {}),
      ...(options.validFrom ? { validFrom: options.validFrom } : {}),
      ...(options.agencies ? { agencies: readJson(options.agencies) } : {}),
      ...(options.merges ? { reorganisation: readJson(options.merges) } : {}),
    };
    if (options.file) {
      const json = readJson(options.file);
      const format = fileFormat(json);
      if (format === 'REORGANISATION' && options.merges) throw new Error('two merge files given');
      if (format === 'REORGANISATION') files.reorganisation = json;
      else files.catalogue = json;
    }
    steps = importSteps(files);
  } catch (error) {
    out.line(`error: ${(error as Error).message}`);
    return 1;
  }

  return onDatabase(await createPrismaClient(), out, async (db) => {
    const report = await runImport(db, steps, { dryRun: options.dryRun });
    for (const line of summary(options, steps, report)) out.line(line);
  });
}

function parse(argv: readonly string[]): Options {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      province: { type: 'string' },
      merges: { type: 'string' },
      agencies: { type: 'string' },
      'valid-from': { type: 'string' },
      document: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  });
  const [file, ...extra] = positionals;
  if ((!file && !values.merges) || extra.length > 0 || !values.province) {
    throw new Error('a file and --province are required');
  }
  const provinces = values.province === 'all' ? 'all' : values.province.split(',').map((c) => c.trim());
  return {
    provinces,
    dryRun: values['dry-run'] ?? false,
    ...(file ? { file } : {}),
    ...(values.merges ? { merges: values.merges } : {}),
    ...(values.agencies ? { agencies: values.agencies } : {}),
    ...(values['valid-from'] ? { validFrom: values['valid-from'] } : {}),
    ...(values.document ? { document: values.document } : {}),
  };
}

function summary(options: Options, steps: ImportStep[], report: ImportReport): string[] {
  const total = report.created + report.updated + report.unchanged;
  const provinces =
    options.provinces === 'all' ? 'all provinces' : `province ${options.provinces.join(', ')}`;
  const dates = steps.map((step) =>
    step.kind === 'catalogue' ? step.validFrom : (step.lineage.records[0]?.date ?? '2025-07-01'),
  );
  const lines = [
    `${options.dryRun ? 'dry run, nothing written — ' : ''}${provinces}, valid from ${[...new Set(dates)].join(' → ')}: ${total} units — ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`,
  ];
  if (report.renamed + report.moved + report.ended + report.events > 0) {
    lines.push(
      `  ${report.renamed} renamed, ${report.moved} moved, ${report.ended} ended, ${report.events} lineage events`,
    );
  }
  if (report.missing.length > 0) {
    const shown = report.missing.slice(0, 10).join(', ');
    const more = report.missing.length > 10 ? `, … ${report.missing.length - 10} more` : '';
    lines.push(`  not in the database (import their catalogue first): ${shown}${more}`);
  }
  return lines;
}
