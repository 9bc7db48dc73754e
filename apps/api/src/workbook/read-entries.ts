/**
 * Reads an uploaded entries workbook back: its hidden ids first (which assessments, at which
 * revision, on which sheet and row), then — once the caller has each assessment's criteria — the
 * values of every node, each with the cells it came from so a problem can name `Sheet!F12`.
 */
import { type CriteriaSet, type ScoredNode, scoredNodes, scoredNodesByCode } from '@chiso/scoring';
import ExcelJS from 'exceljs';
import { AppError, type Message } from '../errors.ts';
import { inputColumns, type Lang, plainCellValue, readValue } from './entry-cells.ts';
import { FORMAT, type Layout, MATRIX_SHEET, META_SHEET, type MetaRow, UNIT_SHEET } from './layout.ts';

export interface EntriesWorkbook {
  workbook: ExcelJS.Workbook;
  lang: Lang;
  layout: Layout;
  assessments: MetaRow[];
}

export interface CellValueRead {
  nodeCode: string;
  node: ScoredNode;
  /** null: every cell of the node is empty. */
  input: unknown;
  /** `Sheet!F12`, one per input column of the node. */
  cells: string[];
}

/** A problem with a place in the workbook: its message starts with the place. */
export interface WorkbookProblem {
  code: string;
  /** `Sheet!F12`, or the unit's name for a problem with a whole unit. */
  at: string;
  messages: Message;
}

export const placed = (at: string, code: string, messages: Message): WorkbookProblem => ({
  code,
  at,
  messages: { vi: `${at}: ${messages.vi}`, en: `${at}: ${messages.en}` },
});

const notATemplate = () =>
  new AppError('VALIDATION_FAILED', {
    vi: 'Tệp này không phải mẫu nhập liệu của chiso (không có mã ẩn của phiếu): hãy tải mẫu từ chiso, điền số liệu rồi tải lên.',
    en: 'This file is not a chiso entries template (its hidden ids are missing): download the template from chiso, fill it in and upload it.',
  });

/** The workbook and its hidden ids; a file that is not an .xlsx written by chiso is refused. */
export async function openEntriesWorkbook(content: Buffer): Promise<EntriesWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION_FAILED', {
      vi: 'Không đọc được tệp Excel (.xlsx): hãy lưu lại tệp ở định dạng .xlsx rồi tải lên.',
      en: 'The Excel file (.xlsx) cannot be read: save it again as .xlsx and upload it.',
    });
  }
  const meta = workbook.getWorksheet(META_SHEET);
  const first = meta?.getRow(1);
  if (!meta || !first || plainCellValue(first.getCell(1).value) !== FORMAT) throw notATemplate();
  const lang: Lang = plainCellValue(first.getCell(3).value) === 'en' ? 'en' : 'vi';
  const layout: Layout = plainCellValue(first.getCell(4).value) === 'matrix' ? 'matrix' : 'units';
  const assessments: MetaRow[] = [];
  meta.eachRow((row, number) => {
    if (number === 1) return;
    const [sheet, line, assessmentId, revision, unitCode] = [1, 2, 3, 4, 5].map((column) =>
      plainCellValue(row.getCell(column).value),
    );
    if (typeof sheet !== 'string' || typeof assessmentId !== 'string' || typeof revision !== 'number') return;
    assessments.push({
      sheet,
      row: typeof line === 'number' ? line : null,
      assessmentId,
      revision,
      unitCode: String(unitCode ?? ''),
    });
  });
  if (assessments.length === 0) throw notATemplate();
  return { workbook, lang, layout, assessments };
}

/** The values one assessment's sheet (or row) holds, read with its criteria set. */
export function readAssessmentValues(
  book: EntriesWorkbook,
  entry: MetaRow,
  set: CriteriaSet,
): { values: CellValueRead[]; problems: WorkbookProblem[] } {
  const sheet = book.workbook.getWorksheet(entry.sheet);
  if (!sheet) {
    return {
      values: [],
      problems: [
        placed(entry.sheet, 'WORKBOOK_SHEET_MISSING', {
          vi: 'không tìm thấy trang tính này trong tệp (đã bị xoá hoặc đổi tên).',
          en: 'this sheet is missing from the file (deleted or renamed).',
        }),
      ],
    };
  }
  return entry.row === null
    ? readUnitSheet(sheet, set, book.lang)
    : readMatrixRow(sheet, entry.row, entry.unitCode, set, book.lang);
}

const at = (sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell) => `${sheet.name}!${cell.address}`;

function readUnitSheet(sheet: ExcelJS.Worksheet, set: CriteriaSet, lang: Lang) {
  const nodes = scoredNodesByCode(set);
  const values: CellValueRead[] = [];
  const problems: WorkbookProblem[] = [];
  for (let number = UNIT_SHEET.firstRow; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    const code = plainCellValue(row.getCell(UNIT_SHEET.codeColumn).value);
    if (code === null) continue;
    const node = nodes.get(String(code));
    if (!node) {
      problems.push(unknownNode(at(sheet, row.getCell(UNIT_SHEET.codeColumn)), String(code)));
      continue;
    }
    const cells = inputColumns(node).map((_column, part) => row.getCell(UNIT_SHEET.valueColumn + part));
    values.push({
      nodeCode: node.code,
      node,
      input: readValue(
        node,
        cells.map((cell) => plainCellValue(cell.value)),
        lang,
      ),
      cells: cells.map((cell) => at(sheet, cell)),
    });
  }
  return { values, problems };
}

function readMatrixRow(
  sheet: ExcelJS.Worksheet,
  number: number,
  unitCode: string,
  set: CriteriaSet,
  lang: Lang,
) {
  const row = sheet.getRow(number);
  const shown = plainCellValue(row.getCell(MATRIX_SHEET.unitCodeColumn).value);
  if (String(shown ?? '') !== unitCode) {
    return {
      values: [],
      problems: [
        placed(at(sheet, row.getCell(MATRIX_SHEET.unitCodeColumn)), 'WORKBOOK_ROW_MOVED', {
          vi: `dòng này phải là đơn vị mã ${unitCode}: không thêm, xoá hay sắp xếp lại các dòng.`,
          en: `this row must be the unit with code ${unitCode}: do not add, delete or sort rows.`,
        }),
      ],
    };
  }
  const { columns, problems } = matrixColumns(sheet, set);
  const values: CellValueRead[] = [];
  for (const node of scoredNodes(set)) {
    const found = columns.get(node.code);
    if (!found) continue;
    const cells = inputColumns(node).map((_column, part) =>
      found[part] === undefined ? undefined : row.getCell(found[part] as number),
    );
    values.push({
      nodeCode: node.code,
      node,
      input: readValue(
        node,
        cells.map((cell) => (cell ? plainCellValue(cell.value) : null)),
        lang,
      ),
      cells: cells.map((cell) => (cell ? at(sheet, cell) : sheet.name)),
    });
  }
  return { values, problems: [...problems] };
}

interface MatrixColumns {
  /** Column numbers of each node's parts, by node code. */
  columns: Map<string, number[]>;
  problems: readonly WorkbookProblem[];
}

// Read once per sheet (and set), not once per unit row: a sheet holds 177 rows of the same columns.
const matrixColumnsRead = new WeakMap<ExcelJS.Worksheet, WeakMap<CriteriaSet, MatrixColumns>>();

/** Columns by the hidden code row: `code` or `code#numerator`. */
function matrixColumns(sheet: ExcelJS.Worksheet, set: CriteriaSet): MatrixColumns {
  const cached = matrixColumnsRead.get(sheet)?.get(set);
  if (cached) return cached;
  const columns = new Map<string, number[]>();
  const problems: WorkbookProblem[] = [];
  const nodes = scoredNodesByCode(set);
  const codes = sheet.getRow(MATRIX_SHEET.codeRow);
  codes.eachCell((cell, column) => {
    const key = plainCellValue(cell.value);
    if (column < MATRIX_SHEET.firstValueColumn || key === null) return;
    const [code = '', part = 'value'] = String(key).split('#');
    const node = nodes.get(code);
    if (!node) {
      problems.push(unknownNode(at(sheet, cell), code));
      return;
    }
    const index = inputColumns(node).findIndex((candidate) => candidate.part === part);
    const found = columns.get(code) ?? [];
    found[index] = column;
    columns.set(code, found);
  });
  const read = { columns, problems };
  const bySet = matrixColumnsRead.get(sheet) ?? new WeakMap();
  bySet.set(set, read);
  matrixColumnsRead.set(sheet, bySet);
  return read;
}

const unknownNode = (place: string, code: string) =>
  placed(place, 'WORKBOOK_UNKNOWN_NODE', {
    vi: `${code} không phải tiêu chí chấm điểm của bộ tiêu chí này.`,
    en: `${code} is not a scored criterion of this criteria set.`,
  });
