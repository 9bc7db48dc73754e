import { Catalogue, unitsFromAgencies, unitsOfProvince } from './catalogue.ts';
import { catalogueDay, type ImportStep } from './import.ts';
import { lineageOf, MergeFile } from './lineage.ts';
import { parseOrThrow } from './parse.ts';

/**
 * The steps of an import, from the files as read: a dated catalogue (province > district > commune),
 * the 2025 reorganisation (province > commune with lineage), or both — the catalogue as it stood just
 * before the reorganisation, then the reorganisation. `provinces` are codes as of the last file: with a
 * reorganisation, the new provinces, whose old provinces are read from the catalogue.
 */
export interface StepFiles {
  catalogue?: unknown;
  reorganisation?: unknown;
  /** The province's agencies (seed/data/<province>-agencies.json); one province only. */
  agencies?: unknown;
  provinces: readonly string[] | 'all';
  /** The reorganisation's legal basis, written on its lineage events. */
  document?: string | null;
  /** Overrides the catalogue's own date. */
  validFrom?: string;
}

export type FileFormat = 'CATALOGUE' | 'REORGANISATION';

/** Which kind of file this is, by its shape: catalogues carry their date, the merge file does not. */
export function fileFormat(json: unknown): FileFormat {
  if (json && typeof json === 'object' && 'data_date' in json) return 'CATALOGUE';
  const first = (json as { data?: Array<{ merges?: unknown }> } | null)?.data?.[0];
  if (first && 'merges' in first) return 'REORGANISATION';
  throw new Error('Neither a unit catalogue (no "data_date") nor the 2025 merge file (no "merges")');
}

export function importSteps(files: StepFiles): ImportStep[] {
  const steps: ImportStep[] = [];
  let catalogueProvinces = files.provinces;
  let reorganisation: MergeFile | undefined;
  if (files.reorganisation !== undefined) {
    reorganisation = parseOrThrow(MergeFile, files.reorganisation, '2025 merge file');
    const chosen = new Set(files.provinces === 'all' ? [] : files.provinces);
    const provinces = reorganisation.data.filter((p) => files.provinces === 'all' || chosen.has(p.level1_id));
    // Unknown codes: lineageOf names them with the codes the file has.
    for (const code of chosen)
      if (!provinces.some((p) => p.level1_id === code)) lineageOf(reorganisation, code);
    catalogueProvinces = [...new Set(provinces.flatMap((p) => p.merges.map((m) => m.old_id)))];
  }
  if (files.catalogue !== undefined) {
    const catalogue = parseOrThrow(Catalogue, files.catalogue, 'unit catalogue');
    const codes =
      catalogueProvinces === 'all' ? catalogue.data.map((p) => p.level1_id) : [...catalogueProvinces];
    const records = codes.flatMap((code) => unitsOfProvince(catalogue, code));
    if (files.agencies !== undefined) {
      const [only, ...more] = codes;
      if (!only || more.length > 0) throw new Error('Agencies can be imported with one province only');
      records.push(...unitsFromAgencies(files.agencies, only));
    }
    const validFrom = files.validFrom ?? catalogueDay(catalogue.data_date);
    steps.push({ kind: 'catalogue', records, validFrom, endMissing: true });
  }
  if (reorganisation) {
    const file = reorganisation;
    const codes = files.provinces === 'all' ? file.data.map((p) => p.level1_id) : files.provinces;
    for (const code of codes) {
      const lineage = lineageOf(file, code);
      steps.push({ kind: 'reorganisation', lineage, document: files.document ?? null });
    }
  }
  if (steps.length === 0) throw new Error('Nothing to import: give a catalogue or a merge file');
  return steps;
}
