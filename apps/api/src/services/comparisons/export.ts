/**
 * A matrix as files people open: CSV (UTF-8 with a BOM so Excel reads Vietnamese, decimals with a
 * dot so other tools read numbers) and XLSX (Vietnamese headers, numbers shown the vi-VN way).
 */
import { describeNotRanked } from '@chiso/scoring';
import ExcelJS from 'exceljs';
import { cellShare, type Matrix } from './matrix.ts';

const points = (hundredths: number) => hundredths / 100;

const KIND_VI = {
  CATEGORY: 'Hạng mục',
  GROUP: 'Nhóm tiêu chí',
  CRITERION: 'Tiêu chí',
  INDICATOR: 'Chỉ tiêu',
};

const FIXED_HEADERS = ['Hạng', 'Mã đơn vị', 'Tên đơn vị', 'Loại hình', 'Tổng điểm', 'Điểm tối đa'];

/** Last column: why a unit has no rank by total (its rank cell is empty), in Vietnamese. */
const NOT_RANKED_HEADER = 'Không xếp hạng chung — lý do';

const notRankedText = (matrix: Matrix, row: Matrix['rows'][number]) =>
  row.notRanked.map((reason) => describeNotRanked(reason, matrix.nodeName, 'vi')).join('; ');

const columnHeader = (column: Matrix['columns'][number]) =>
  `${column.code} ${column.name.vi} (tối đa ${String(points(column.maxPoints)).replace('.', ',')})`;

/**
 * One row per unit: rank, code, name, type, total, maximum, each node's points (empty = missing), and
 * why a unit not ranked in every category has no rank (its rank is empty).
 */
export function matrixToCsv(matrix: Matrix): string {
  const lines = [
    [...FIXED_HEADERS, ...matrix.columns.map(columnHeader), NOT_RANKED_HEADER],
    ...matrix.rows.map((row) => [
      row.rank === null ? '' : String(row.rank),
      row.unit.code,
      row.unit.name,
      row.unit.type,
      String(points(row.points)),
      String(points(row.maxPoints)),
      ...row.cells.map((cell) => (cell ? String(points(cell.points)) : '')),
      notRankedText(matrix, row),
    ]),
  ];
  return `\uFEFF${lines.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180: quote fields holding a comma, quote or line break; double the quotes. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
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
    const header = sheet.addRow([...FIXED_HEADERS, ...matrix.columns.map(columnHeader), NOT_RANKED_HEADER]);
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
