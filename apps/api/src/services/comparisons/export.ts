/**
 * A matrix as files people open: CSV (UTF-8 with a BOM so Excel reads Vietnamese; in Vietnamese
 * `;` between fields and decimal commas, as Excel set to Vietnamese reads them; in English `,` and
 * decimal points) and XLSX (headers in the language asked for, numbers kept as numbers with number
 * formats, which Excel shows with the separators of the reader's own settings).
 */
import { describeNotRanked, type Locale } from '@chiso/scoring';
import ExcelJS from 'exceljs';
import { cellShare, type Matrix } from './matrix.ts';

const points = (hundredths: number) => hundredths / 100;

/** The header row's words, and how numbers and fields are written, per language. */
const CONVENTIONS = {
  vi: {
    fixed: ['Hạng', 'Mã đơn vị', 'Tên đơn vị', 'Loại hình', 'Tổng điểm', 'Điểm tối đa'],
    max: 'tối đa',
    sheets: { points: 'Điểm', shares: 'Tỷ lệ' },
    kind: { CATEGORY: 'Hạng mục', GROUP: 'Nhóm tiêu chí', CRITERION: 'Tiêu chí', INDICATOR: 'Chỉ tiêu' },
    // Last column: why a unit has no rank by total (its rank cell is empty).
    notRanked: 'Không xếp hạng chung — lý do',
    level: 'Mức',
    separator: ';',
    decimal: ',',
  },
  en: {
    fixed: ['Rank', 'Unit code', 'Unit name', 'Type', 'Total points', 'Maximum points'],
    max: 'max',
    sheets: { points: 'Points', shares: 'Shares' },
    kind: { CATEGORY: 'Category', GROUP: 'Group', CRITERION: 'Criterion', INDICATOR: 'Indicator' },
    notRanked: 'Not ranked overall — reason',
    level: 'Level',
    separator: ',',
    decimal: '.',
  },
} as const;

const FIXED_COLUMNS = CONVENTIONS.vi.fixed.length;

const notRankedText = (matrix: Matrix, row: Matrix['rows'][number], locale: Locale) =>
  row.notRanked.map((reason) => describeNotRanked(reason, matrix.nodeName, locale)).join('; ');

/** Points in hundredths as the language writes them, without thousands separators (1234,5 / 1234.5). */
const pointsText = (hundredths: number, locale: Locale) =>
  String(points(hundredths)).replace('.', CONVENTIONS[locale].decimal);

/** The last columns: the level reached in each category ranked into levels ("Mức — Điều kiện sẵn sàng…"). */
const levelHeaders = (matrix: Matrix, locale: Locale) =>
  matrix.levelCategories.map((category) => `${CONVENTIONS[locale].level} — ${category.name[locale]}`);

const columnHeader = (column: Matrix['columns'][number], locale: Locale) =>
  `${column.code} ${column.name[locale]} (${CONVENTIONS[locale].max} ${pointsText(column.maxPoints, locale)})`;

/**
 * One row per unit: rank, code, name, type, total, maximum, each node's points (empty = missing), and
 * why a unit not ranked in every category has no rank (its rank is empty).
 */
export function matrixToCsv(matrix: Matrix, locale: Locale = 'vi'): string {
  const words = CONVENTIONS[locale];
  const lines = [
    [
      ...words.fixed,
      ...matrix.columns.map((column) => columnHeader(column, locale)),
      words.notRanked,
      ...levelHeaders(matrix, locale),
    ],
    ...matrix.rows.map((row) => [
      row.rank === null ? '' : String(row.rank),
      row.unit.code,
      row.unit.name,
      row.unit.type,
      pointsText(row.points, locale),
      pointsText(row.maxPoints, locale),
      ...row.cells.map((cell) => (cell ? pointsText(cell.points, locale) : '')),
      notRankedText(matrix, row, locale),
      ...row.levels.map((level) => (level === null ? '' : String(level))),
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

// Number formats name no locale: Excel writes ',' and '.' in them as "thousands" and "decimal" and
// shows each with the reader's own separators, so Vietnamese Excel shows 1.234,50 and 73,44 %.
const POINTS_FORMAT = '#,##0.00';
const SHARE_FORMAT = '0.00%';

/**
 * Two sheets: points ("Điểm") and shares of the applicable maximum ("Tỷ lệ"); missing cells stay
 * empty. Headers, sheet names and reasons in the language asked for.
 */
export async function matrixToXlsx(matrix: Matrix, locale: Locale = 'vi'): Promise<Buffer> {
  const words = CONVENTIONS[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'chiso';
  const title = `${words.kind[matrix.nodeKind]} — ${matrix.periodName ?? ''}`;
  const sheets = [
    {
      name: words.sheets.points,
      format: POINTS_FORMAT,
      value: (cell: Matrix['rows'][number]['cells'][number]) => (cell ? points(cell.points) : null),
    },
    { name: words.sheets.shares, format: SHARE_FORMAT, value: cellShare },
  ];
  for (const { name, format, value } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }] });
    sheet.addRow([title]).font = { bold: true };
    const header = sheet.addRow([
      ...words.fixed,
      ...matrix.columns.map((column) => columnHeader(column, locale)),
      words.notRanked,
      ...levelHeaders(matrix, locale),
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
        notRankedText(matrix, row, locale) || null,
        ...row.levels,
      ]);
    }
    sheet.getColumn(5).numFmt = POINTS_FORMAT;
    sheet.getColumn(6).numFmt = POINTS_FORMAT;
    matrix.columns.forEach((_column, index) => {
      sheet.getColumn(FIXED_COLUMNS + 1 + index).numFmt = format;
    });
    sheet.getColumn(3).width = 36;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
