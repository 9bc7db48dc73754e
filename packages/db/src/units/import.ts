import type { Db, Tx } from '../client.ts';
import type { ProvinceLineage } from './lineage.ts';
import { addReport, emptyReport, type ImportReport } from './report.ts';
import { type CatalogueOptions, type UnitRecord, writeCatalogue } from './write-catalogue.ts';
import { writeLineage } from './write-lineage.ts';

/**
 * Writes parsed catalogue units (catalogue.ts) and reorganisations with their lineage (lineage.ts) to
 * the `Unit` tables, in one transaction. Idempotent: a second run finds every row as it left it and
 * reports it unchanged. A dry run does the same work and rolls it back: the preview is the import.
 */
export type ImportStep =
  | ({ kind: 'catalogue'; records: readonly UnitRecord[] } & CatalogueOptions)
  | {
      kind: 'reorganisation';
      lineage: Pick<ProvinceLineage, 'units' | 'records'>;
      /** The legal basis, e.g. "1679/NQ-UBTVQH15". */
      document?: string | null;
    };

export interface RunImportOptions {
  /** Report what would change and write nothing. */
  dryRun?: boolean;
  /** Runs last in the import's transaction (the API writes its audit entry there). */
  andThen?: (tx: Tx, report: ImportReport) => Promise<void>;
  /** Told after each step (a job shows it as its progress). */
  onStep?: (done: number, total: number) => void;
}

// Big provinces import a few thousand rows; PGlite's default 5 s transaction limit is too short.
const LONG_TRANSACTION = { timeout: 300_000, maxWait: 30_000 };

class RolledBack extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/** Runs the steps in order, in one transaction: a failure leaves the database as it was. */
export async function runImport(
  db: Db,
  steps: readonly ImportStep[],
  options: RunImportOptions = {},
): Promise<ImportReport> {
  try {
    return await db.$transaction(async (tx) => {
      let total = emptyReport();
      for (const step of steps) {
        const report = emptyReport();
        if (step.kind === 'catalogue') await writeCatalogue(tx, step.records, step, report);
        else await writeLineage(tx, step.lineage, { document: step.document ?? null }, report);
        total = addReport(total, report);
        options.onStep?.(steps.indexOf(step) + 1, steps.length);
      }
      if (options.dryRun) throw new RolledBack(total);
      await options.andThen?.(tx, total);
      return total;
    }, LONG_TRANSACTION);
  } catch (error) {
    if (error instanceof RolledBack) return error.report;
    throw error;
  }
}

/** Creates or updates units by code as of `validFrom` (see writeCatalogue). */
export function importUnits(
  db: Db,
  records: readonly UnitRecord[],
  options: CatalogueOptions,
): Promise<ImportReport> {
  return runImport(db, [{ kind: 'catalogue', records, ...options }]);
}

/** Writes a reorganisation with its lineage (see writeLineage). */
export function importLineage(
  db: Db,
  lineage: Pick<ProvinceLineage, 'units' | 'records'>,
  options: { document?: string } = {},
): Promise<ImportReport> {
  return runImport(db, [{ kind: 'reorganisation', lineage, document: options.document ?? null }]);
}

/** "01/10/2022" (the catalogue's data_date) → "2022-10-01". */
export function catalogueDay(dataDate: string): string {
  const [dd, mm, yyyy] = dataDate.split('/');
  return `${yyyy}-${mm}-${dd}`;
}

export type { ImportReport, UnitChange } from './report.ts';
export type { UnitRecord } from './write-catalogue.ts';
