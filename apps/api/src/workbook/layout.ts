/**
 * Where things sit in an entries workbook, shared by the writer and the reader so that an upload
 * maps back exactly. Every data sheet is listed in a very hidden sheet `chiso` with the ids of
 * the assessment behind it (unit code, assessment id, revision read); node codes sit in a hidden
 * column (one sheet per unit) or a hidden row (one sheet of units × criteria).
 */
export const META_SHEET = 'chiso';
/** The options of choice criteria, referenced by the data validation lists. */
export const LISTS_SHEET = 'chiso-lists';
export const FORMAT = 'chiso-entries';
export const FORMAT_VERSION = 1;

export type Layout = 'units' | 'matrix';

/** One sheet per unit: the node code is in hidden column A; values in F (and G for a ratio's denominator). */
export const UNIT_SHEET = {
  headerRow: 4,
  firstRow: 5,
  codeColumn: 1,
  valueColumn: 6,
} as const;

/** Units × criteria: rows from 7, columns from D; node codes (`code` or `code#part`) in hidden row 6. */
export const MATRIX_SHEET = {
  headerRow: 3,
  measureRow: 4,
  maxRow: 5,
  codeRow: 6,
  firstRow: 7,
  unitCodeColumn: 1,
  firstValueColumn: 4,
} as const;

/** The meta sheet's rows after its first: one per assessment. */
export interface MetaRow {
  sheet: string;
  /** The unit's row on a matrix sheet; absent on a unit's own sheet. */
  row: number | null;
  assessmentId: string;
  revision: number;
  unitCode: string;
}

/** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\, not a reserved one), unique in the book. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (
    let n = 2;
    taken.has(name.toLowerCase()) || [META_SHEET, LISTS_SHEET].includes(name.toLowerCase());
    n += 1
  ) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
