/**
 * The entries workbook a Sở hands out: one sheet per unit, or one sheet of units × criteria for
 * collecting on paper. Headers in the chosen language, each criterion's code, name, unit of
 * measure and maximum, the unit's current values filled in, allowed values as data validation,
 * the structure protected (only input cells of editable assessments are unlocked), and the
 * hidden ids an upload is mapped back with (see layout.ts).
 */
import type { AssessmentStatus } from '@chiso/db';
import { type CriteriaSet, type ScoredNode, scoredNodes, scoredNodesByCode, walkSet } from '@chiso/scoring';
import ExcelJS from 'exceljs';
import type { Message } from '../errors.ts';
import { statusName } from '../services/assessments/transitions.ts';
import { cellValues, choiceLabels, type InputColumn, inputColumns, type Lang } from './entry-cells.ts';
import {
  FORMAT,
  FORMAT_VERSION,
  type Layout,
  LISTS_SHEET,
  MATRIX_SHEET,
  META_SHEET,
  type MetaRow,
  sheetName,
  UNIT_SHEET,
} from './layout.ts';
import { CRITERION_HEADINGS, TEXT } from './texts.ts';

interface TemplateUnit {
  assessmentId: string;
  revision: number;
  status: AssessmentStatus;
  unitCode: string;
  unitName: string;
  /** Stored inputs by node code. */
  inputs: ReadonlyMap<string, unknown>;
}

export interface TemplateData {
  periodName: string;
  groupName: Message;
  set: CriteriaSet;
  units: readonly TemplateUnit[];
}

/** Only these may be changed from a workbook (as in the console). */
export const EDITABLE: readonly AssessmentStatus[] = ['DRAFT', 'RETURNED'];

const BOLD = { bold: true } as const;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

export async function entriesTemplate(data: TemplateData, layout: Layout, lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'chiso';
  const meta: MetaRow[] = [];
  const ranges = choiceRanges(workbook, data.set, lang);
  if (layout === 'matrix') await matrixSheet(workbook, data, lang, ranges, meta);
  else {
    const taken = new Set<string>();
    for (const unit of data.units)
      await unitSheet(workbook, data, unit, sheetName(unit.unitName, taken), lang, ranges, meta);
  }
  metaSheet(workbook, layout, lang, meta);
  // Lists and ids after the data sheets, so Excel opens on the first unit.
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Each choice node's options in a hidden sheet, as ranges the list validation points at. */
function choiceRanges(workbook: ExcelJS.Workbook, set: CriteriaSet, lang: Lang): Map<string, string> {
  const ranges = new Map<string, string>();
  const choices = scoredNodes(set).filter((node) => node.rule.kind === 'choice');
  if (choices.length === 0) return ranges;
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  choices.forEach((node, index) => {
    const column = index + 1;
    const labels = choiceLabels(node, lang);
    labels.forEach((label, row) => {
      sheet.getCell(row + 1, column).value = label;
    });
    const letter = sheet.getColumn(column).letter;
    ranges.set(node.code, `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${labels.length}`);
  });
  return ranges;
}

function metaSheet(workbook: ExcelJS.Workbook, layout: Layout, lang: Lang, rows: MetaRow[]) {
  const sheet = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  sheet.addRow([FORMAT, FORMAT_VERSION, lang, layout]);
  for (const row of rows)
    sheet.addRow([row.sheet, row.row ?? '', row.assessmentId, row.revision, row.unitCode]);
}

function header(cell: ExcelJS.Cell, text: string) {
  cell.value = text;
  cell.font = BOLD;
  cell.fill = HEADER_FILL;
  cell.alignment = { wrapText: true, vertical: 'top' };
}

/** Input cells of an editable assessment: unlocked, tinted, validated, formatted; others stay locked. */
function inputCell(
  cell: ExcelJS.Cell,
  node: ScoredNode,
  part: number,
  editable: boolean,
  validation: (() => ExcelJS.DataValidation) | undefined,
) {
  const column = inputColumns(node)[part];
  if (!column) return;
  if (column.numFmt) cell.numFmt = column.numFmt;
  if (!editable) return;
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
  if (validation) cell.dataValidation = validation();
}

/** exceljs keeps a sheet's validations by address, ranges included, but does not type the collection. */
function validateRange(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation) {
  (
    sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }
  ).dataValidations.add(range, validation);
}

async function unitSheet(
  workbook: ExcelJS.Workbook,
  data: TemplateData,
  unit: TemplateUnit,
  name: string,
  lang: Lang,
  ranges: Map<string, string>,
  meta: MetaRow[],
) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: UNIT_SHEET.headerRow, xSplit: 3 }],
  });
  const editable = EDITABLE.includes(unit.status);
  sheet.columns = [
    { width: 4, hidden: true },
    { width: 12 },
    { width: 60 },
    { width: 28 },
    { width: 10 },
    { width: 16 },
    { width: 16 },
  ];
  sheet.getCell('B1').value = `${unit.unitName} (${unit.unitCode})`;
  sheet.getCell('B1').font = { bold: true, size: 14 };
  sheet.getCell('B2').value =
    `${TEXT.period[lang]}: ${data.periodName}. ${TEXT.set[lang]}: ${data.set.name[lang]} (${data.set.version}).`;
  sheet.getCell('B3').value =
    `${TEXT.status[lang]}: ${statusName(unit.status)[lang]}. ${editable ? TEXT.howToFill[lang] : TEXT.locked[lang]}`;
  CRITERION_HEADINGS.forEach((text, index) => {
    header(sheet.getCell(UNIT_SHEET.headerRow, index + 2), text[lang]);
  });
  const nodes = scoredNodesByCode(data.set);
  let row = UNIT_SHEET.firstRow;
  for (const { node, kind } of walkSet(data.set)) {
    const line = sheet.getRow(row);
    line.getCell(2).value = node.code;
    line.getCell(3).value = node.name[lang];
    line.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    const scored = nodes.get(node.code);
    if (kind === 'category' || kind === 'group' || !scored) {
      line.font = BOLD;
      if (kind !== 'criterion') line.getCell(5).value = node.maxPoints;
      line.getCell(5).numFmt = '0.00';
    } else {
      line.getCell(UNIT_SHEET.codeColumn).value = scored.code;
      const columns = inputColumns(scored);
      line.getCell(4).value = columns.map((column) => column.measure[lang]).join('\n');
      line.getCell(4).alignment = { wrapText: true, vertical: 'top' };
      line.getCell(5).value = scored.max / 100;
      line.getCell(5).numFmt = '0.00';
      const values = cellValues(scored, unit.inputs.get(scored.code), lang);
      columns.forEach((_column, part) => {
        const cell = line.getCell(UNIT_SHEET.valueColumn + part);
        cell.value = values[part] ?? null;
        inputCell(cell, scored, part, editable, () =>
          (columns[part] as InputColumn).validation(lang, ranges.get(scored.code)),
        );
      });
    }
    row += 1;
  }
  await sheet.protect('', PROTECTION);
  meta.push({
    sheet: name,
    row: null,
    assessmentId: unit.assessmentId,
    revision: unit.revision,
    unitCode: unit.unitCode,
  });
}

async function matrixSheet(
  workbook: ExcelJS.Workbook,
  data: TemplateData,
  lang: Lang,
  ranges: Map<string, string>,
  meta: MetaRow[],
) {
  const name = TEXT.matrixSheet[lang];
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: MATRIX_SHEET.codeRow, xSplit: MATRIX_SHEET.firstValueColumn - 1 }],
  });
  sheet.getCell('A1').value = `${data.groupName[lang]} — ${data.periodName}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value =
    `${TEXT.set[lang]}: ${data.set.name[lang]} (${data.set.version}). ${TEXT.howToFillMatrix[lang]}`;
  header(sheet.getCell(MATRIX_SHEET.headerRow, 1), TEXT.unitCode[lang]);
  header(sheet.getCell(MATRIX_SHEET.headerRow, 2), TEXT.unitName[lang]);
  header(sheet.getCell(MATRIX_SHEET.headerRow, 3), TEXT.status[lang]);
  sheet.getCell(MATRIX_SHEET.measureRow, 2).value = TEXT.measure[lang];
  sheet.getCell(MATRIX_SHEET.maxRow, 2).value = TEXT.max[lang];
  sheet.getColumn(1).width = 12;
  sheet.getColumn(2).width = 32;
  sheet.getColumn(3).width = 14;
  sheet.getRow(MATRIX_SHEET.codeRow).hidden = true;
  sheet.getRow(MATRIX_SHEET.headerRow).height = 90;

  // The columns: one per scored node, two for a ratio.
  const columns: Array<{ node: ScoredNode; part: number }> = [];
  for (const node of scoredNodes(data.set)) {
    inputColumns(node).forEach((column, part) => {
      const index = MATRIX_SHEET.firstValueColumn + columns.length;
      columns.push({ node, part });
      header(sheet.getCell(MATRIX_SHEET.headerRow, index), `${node.code} ${node.name[lang]}`);
      const measure = sheet.getCell(MATRIX_SHEET.measureRow, index);
      measure.value = column.measure[lang];
      measure.alignment = { wrapText: true, vertical: 'top' };
      const max = sheet.getCell(MATRIX_SHEET.maxRow, index);
      max.value = node.max / 100;
      max.numFmt = '0.00';
      sheet.getCell(MATRIX_SHEET.codeRow, index).value =
        column.part === 'value' ? node.code : `${node.code}#${column.part}`;
      sheet.getColumn(index).width = 16;
    });
  }

  data.units.forEach((unit, offset) => {
    const rowNumber = MATRIX_SHEET.firstRow + offset;
    const row = sheet.getRow(rowNumber);
    const editable = EDITABLE.includes(unit.status);
    row.getCell(MATRIX_SHEET.unitCodeColumn).value = unit.unitCode;
    row.getCell(2).value = unit.unitName;
    row.getCell(3).value = statusName(unit.status)[lang];
    const values = new Map<string, ReturnType<typeof cellValues>>();
    columns.forEach(({ node, part }, index) => {
      let cells = values.get(node.code);
      if (!cells) {
        cells = cellValues(node, unit.inputs.get(node.code), lang);
        values.set(node.code, cells);
      }
      const cell = row.getCell(MATRIX_SHEET.firstValueColumn + index);
      cell.value = cells[part] ?? null;
      // Validated by column below: one range per column, not one rule per cell.
      inputCell(cell, node, part, editable, undefined);
    });
    meta.push({
      sheet: name,
      row: rowNumber,
      assessmentId: unit.assessmentId,
      revision: unit.revision,
      unitCode: unit.unitCode,
    });
  });
  if (data.units.length > 0) {
    const last = MATRIX_SHEET.firstRow + data.units.length - 1;
    columns.forEach(({ node, part }, index) => {
      const column = inputColumns(node)[part] as InputColumn;
      const letter = sheet.getColumn(MATRIX_SHEET.firstValueColumn + index).letter;
      validateRange(
        sheet,
        `${letter}${MATRIX_SHEET.firstRow}:${letter}${last}`,
        column.validation(lang, ranges.get(node.code)),
      );
    });
  }
  await sheet.protect('', PROTECTION);
}
