/**
 * Reads the first sheet of an uploaded workbook (.xlsx) or a CSV file as rows of trimmed text, each
 * with its row number as the person sees it in their spreadsheet — for imports that report errors
 * per row (unit officers' accounts; later, assessment entries). Values are kept as text: a code
 * such as "06658" must not become the number 6658 (CSV is therefore parsed here, not by exceljs,
 * which would convert it).
 */
import ExcelJS from 'exceljs';

export interface TableRow {
  /** 1-based, as the spreadsheet numbers it. */
  number: number;
  cells: string[];
}

export class UnreadableTableError extends Error {
  constructor(readonly messages: { vi: string; en: string }) {
    super(messages.en);
    this.name = 'UnreadableTableError';
  }
}

/** The rows of an .xlsx (by its content: a ZIP) or of a CSV (UTF-8, comma or semicolon), blank rows left out. */
export async function readTable(content: Buffer): Promise<TableRow[]> {
  const rows = isZip(content) ? await readXlsx(content) : readCsv(content.toString('utf8'));
  return rows.filter((row) => row.cells.some((cell) => cell !== ''));
}

function isZip(content: Buffer): boolean {
  return content.length > 4 && content[0] === 0x50 && content[1] === 0x4b;
}

async function readXlsx(content: Buffer): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableTableError({
      vi: 'Không đọc được tệp Excel (.xlsx); hãy lưu lại tệp ở định dạng .xlsx hoặc .csv.',
      en: 'The Excel file (.xlsx) cannot be read; save it again as .xlsx or .csv.',
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellText(row.getCell(column)));
    rows.push({ number, cells });
  });
  return rows;
}

/** What the cell shows: rich text joined, a formula's result, a hyperlink's text, a date as YYYY-MM-DD. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return String(value.result ?? '').trim();
    return String(cell.text ?? '').trim();
  }
  return String(value).trim();
}

/** RFC 4180: quoted fields may hold separators, quotes ("") and line breaks. Excel in vi-VN saves with ";". */
export function readCsv(text: string): TableRow[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      cells.push(cell.trim());
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[index + 1] === '\n') index += 1;
      cells.push(cell.trim());
      rows.push({ number: rowStart, cells });
      cells = [];
      cell = '';
      line += 1;
      rowStart = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell.trim());
    rows.push({ number: rowStart, cells });
  }
  return rows;
}
