import { parseArgs } from 'node:util';
import {
  Catalogue,
  catalogueDay,
  createPrismaClient,
  type ImportCounts,
  importUnits,
  unitsFromAgencies,
  unitsFromCatalogue,
} from '@chiso/db';
import { type Output, onDatabase, readJson } from '../io.ts';

const USAGE =
  'usage: chiso units import <catalogue.json> --province <code> [--agencies <file>] [--valid-from YYYY-MM-DD]';

/**
 * `chiso units import`: the province's units from a GSO catalogue (and its agencies) into the database —
 * the embedded one unless DATABASE_URL names a PostgreSQL server. Idempotent: a second run reports
 * every unit unchanged.
 */
export async function unitsImportCommand(argv: readonly string[], out: Output): Promise<number> {
  let options: { file: string; province: string; agencies?: string; validFrom?: string };
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        province: { type: 'string' },
        agencies: { type: 'string' },
        'valid-from': { type: 'string' },
      },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0 || !values.province) throw new Error('a file and --province are required');
    options = {
      file,
      province: values.province,
      ...(values.agencies ? { agencies: values.agencies } : {}),
      ...(values['valid-from'] ? { validFrom: values['valid-from'] } : {}),
    };
  } catch (error) {
    out.line(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }

  let records: ReturnType<typeof unitsFromCatalogue>;
  let validFrom: string;
  try {
    const json = readJson(options.file);
    records = unitsFromCatalogue(json, options.province);
    if (options.agencies) records.push(...unitsFromAgencies(readJson(options.agencies), options.province));
    // Parsed again only for its date: unitsFromCatalogue has already validated the file.
    validFrom = options.validFrom ?? catalogueDay(Catalogue.parse(json).data_date);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(validFrom) || Number.isNaN(Date.parse(validFrom))) {
      throw new Error(`--valid-from must be a day as YYYY-MM-DD, not "${validFrom}"`);
    }
  } catch (error) {
    out.line(`error: ${(error as Error).message}`);
    return 1;
  }

  return onDatabase(await createPrismaClient(), out, async (db) => {
    const counts = await importUnits(db, records, { validFrom });
    out.line(summary(options.province, validFrom, counts));
  });
}

function summary(province: string, validFrom: string, counts: ImportCounts): string {
  const total = counts.created + counts.updated + counts.unchanged;
  return `province ${province}, valid from ${validFrom}: ${total} units — ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`;
}
