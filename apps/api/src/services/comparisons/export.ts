/**
 * A matrix as files people open: CSV (UTF-8 with a BOM so Excel reads Vietnamese; in Vietnamese
 * `;` between fields and decimal commas, as Excel set to Vietnamese reads them; in English `,` and
 * decimal points) and XLSX (Vietnamese headers, numbers kept as numbers, shown the vi-VN way).
 */
import { describeNotRanked, type Locale } from '@chiso/scoring';
import ExcelJS from 'exceljs';
import { cellShare, type Matrix } from './matrix.ts';

const points = (hundredths: number) => hundredths / 100;

const KIND_VI = {
  CATEGORY: 'Hạng mục',
  GROUP: 'Nhóm tiêu chí',
  CRITERION: 'Tiêu chí',
  INDICATOR: 'Chỉ tiêu',
};

/** The header row's words, and how numbers and fields are written, per language. */
const CONVENTIONS = {
  vi: {
    fixed: ['Hạng', 'Mã đơn vị', 'Tên đơn vị', 'Loại hình', 'Tổng điểm', 'Điểm tối đa'],
    max: 'tối đa',
    // Last column: why a unit has no rank by total (its rank cell is empty).
    notRanked: 'Không xếp hạng chung — lý do',
    separator: ';',
    decimal: ',',
  },
  en: {
    fixed: ['Rank', 'Unit code', 'Unit name', 'Type', 'Total points', 'Maximum points'],
    max: 'max',
    notRanked: 'Not ranked overall — reason',
    separator: ',',
    decimal: '.',
  },
} as const;

const FIXED_HEADERS = CONVENTIONS.vi.fixed;

const notRankedText = (matrix: Matrix, row: Matrix['rows'][number], locale: Locale = 'vi') =>
  row.notRanked.map((reason) => describeNotRanked(reason, matrix.nodeName, locale)).join('; ');

/** Points in hundredths as the language writes them, without thousands separators (1234,5 / 1234.5). */
const pointsText = (hundredths: number, locale: Locale) =>
  String(points(hundredths)).replace('.', CONVENTIONS[locale].decimal);

const columnHeader = (column: Matrix['columns'][number], locale: Locale = 'vi') =>
  `${column.code} ${column.name[locale]} (${CONVENTIONS[locale].max} ${pointsText(column.maxPoints, locale)})`;

/**
 * One row per unit: rank, code, name, type, total, maximum, each node's points (empty = missing), and
 * why a unit not ranked in every category has no rank (its rank is empty).
 */
export function matrixToCsv(matrix: Matrix, locale: Locale = 'vi'): string {
  const words = CONVENTIONS[locale];
  const lines = [
    [...words.fixed, ...matrix.columns.map((column) => columnHeader(column, locale)), words.notRanked],
    ...matrix.rows.map((row) => [
      row.rank === null ? '' : String(row.rank),
      row.unit.code,
      row.unit.name,
      row.unit.type,
      pointsText(row.points, locale),
      pointsText(row.maxPoints, locale),
      ...row.cells.map((cell) => (cell ? pointsText(cell.points, locale) : '')),
      notRankedText(matrix, row, locale),
    ]),
  ];
  const line = (fields: string[]) =>
    fields.map((field) => csvField(field, words.separator)).join(words.separator);
  return `\uFEFF${lines.map(line).join('\r\n')}\r\n`;
}

/** RFC 4180 with the language's separator: quote fields holding it, a quote or a line break. */
function csvField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

// [$-42A] is Excel's locale tag for Vietnamese: thousands with '.', decimals with ','.
const POINTS_FORMAT = '[$-42A]#,##0.00';
const SHARE_FORMAT = '[$-42A]0.00%';

/** Two sheets: points ("Điểm") and shares of the applicable maximum ("Tỷ lệ"); missing cells stay empty. */
export async function matrixToXlsx(matrix: Matrix): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'chiso';
  const title = `${KIND_VI[matrix.nodeKind]} — ${matrix.periodName ?? ''}`;
  const sheets = [
    {
      name: 'Điểm',
      format: POINTS_FORMAT,
      value: (cell: Matrix['rows'][number]['cells'][number]) => (cell ? points(cell.points) : null),
    },
    { name: 'Tỷ lệ', format: SHARE_FORMAT, value: cellShare },
  ];
  for (const { name, format, value } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }] });
    sheet.addRow([title]).font = { bold: true };
    const header = sheet.addRow([
      ...FIXED_HEADERS,
      ...matrix.columns.map((column) => columnHeader(column)),
      CONVENTIONS.vi.notRanked,
    ]);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const row of matrix.rows) {
      sheet.addRow([
        row.rank,
        row.unit.code,
        row.unit.name,
        row.unit.type,
        points(row.points),
        points(row.maxPoints),
        ...row.cells.map(value),
        notRankedText(matrix, row) || null,
      ]);
    }
    sheet.getColumn(5).numFmt = POINTS_FORMAT;
    sheet.getColumn(6).numFmt = POINTS_FORMAT;
    matrix.columns.forEach((_column, index) => {
      sheet.getColumn(FIXED_HEADERS.length + 1 + index).numFmt = format;
    });
    sheet.getColumn(3).width = 36;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
