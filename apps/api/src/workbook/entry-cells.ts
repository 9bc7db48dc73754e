/**
 * How each rule kind's value sits in a workbook: its input columns (a ratio has two, numerator and
 * denominator), what a person is told to type, the Excel data validation and number format, how a
 * stored value is written and how a cell is read back. Reading never judges a value: whatever is
 * not understood is handed on as typed, for the rule kind's own check to word the problem.
 */

import { formatNumber, type ScoredNode } from '@chiso/scoring';
import type ExcelJS from 'exceljs';
import type { Message } from '../errors.ts';
import { parseNumberText } from './numbers.ts';

export type Lang = 'vi' | 'en';
type Part = 'value' | 'numerator' | 'denominator';

export interface InputColumn {
  part: Part;
  /** What to type, shown under the header ("%", "Có/Không", the ratio's numerator). */
  measure: Message;
  validation: (lang: Lang, choiceRange: string | undefined) => ExcelJS.DataValidation;
  numFmt?: string;
}

const YES: Message = { vi: 'Có', en: 'Yes' };
const NO: Message = { vi: 'Không', en: 'No' };

const both = (text: string): Message => ({ vi: text, en: text });

function decimal(min: number, max?: number): InputColumn['validation'] {
  return (lang) => ({
    type: 'decimal',
    operator: max === undefined ? 'greaterThanOrEqual' : 'between',
    formulae: max === undefined ? [min] : [min, max],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: lang === 'vi' ? 'Giá trị không hợp lệ' : 'Invalid value',
    error:
      max === undefined
        ? lang === 'vi'
          ? `Nhập một số ≥ ${formatNumber(min, 'vi')}.`
          : `Enter a number ≥ ${min}.`
        : lang === 'vi'
          ? `Nhập một số từ ${formatNumber(min, 'vi')} đến ${formatNumber(max, 'vi')}.`
          : `Enter a number from ${min} to ${max}.`,
  });
}

const whole: InputColumn['validation'] = (lang) => ({
  type: 'whole',
  operator: 'greaterThanOrEqual',
  formulae: [0],
  allowBlank: true,
  showErrorMessage: true,
  errorTitle: lang === 'vi' ? 'Giá trị không hợp lệ' : 'Invalid value',
  error: lang === 'vi' ? 'Nhập một số nguyên ≥ 0.' : 'Enter a whole number ≥ 0.',
});

const list =
  (inline?: (lang: Lang) => string): InputColumn['validation'] =>
  (lang, range) => ({
    type: 'list',
    allowBlank: true,
    formulae: [inline ? inline(lang) : (range as string)],
    showErrorMessage: true,
    errorTitle: lang === 'vi' ? 'Giá trị không hợp lệ' : 'Invalid value',
    error: lang === 'vi' ? 'Chọn một giá trị trong danh sách.' : 'Choose a value from the list.',
  });

/** The columns a node's value takes, in order. */
export function inputColumns(node: ScoredNode): InputColumn[] {
  const rule = node.rule;
  switch (rule.kind) {
    case 'yesNo':
      return [
        {
          part: 'value',
          measure: { vi: 'Có/Không', en: 'Yes/No' },
          validation: list((lang) => `"${YES[lang]},${NO[lang]}"`),
        },
      ];
    case 'share':
      return [
        {
          part: 'value',
          measure: { vi: `% (${rule.measure.vi})`, en: `% (${rule.measure.en})` },
          validation: decimal(0, 100),
          numFmt: 'General',
        },
      ];
    case 'ratio':
      return [
        {
          part: 'numerator',
          measure: { vi: `Tử số: ${rule.numerator.vi}`, en: `Numerator: ${rule.numerator.en}` },
          validation: decimal(0),
          numFmt: 'General',
        },
        {
          part: 'denominator',
          measure: { vi: `Mẫu số: ${rule.denominator.vi}`, en: `Denominator: ${rule.denominator.en}` },
          validation: decimal(0),
          numFmt: 'General',
        },
      ];
    case 'steps':
    case 'bestInCohort':
      return [{ part: 'value', measure: rule.measure, validation: decimal(0), numFmt: 'General' }];
    case 'cappedCount':
      return [
        {
          part: 'value',
          measure: { vi: `Số ${rule.item.vi}`, en: `Number of ${rule.item.en}` },
          validation: whole,
          numFmt: '#,##0',
        },
      ];
    case 'choice':
      return [{ part: 'value', measure: { vi: 'Chọn một', en: 'Choose one' }, validation: list() }];
    case 'manual':
      return [
        {
          part: 'value',
          measure: { vi: 'Điểm', en: 'Points' },
          validation: decimal(0, node.max / 100),
          numFmt: '0.00',
        },
      ];
    default:
      return [{ part: 'value', measure: both(''), validation: decimal(0) }];
  }
}

/** The options a choice offers, as the list in the workbook shows them. */
export function choiceLabels(node: ScoredNode, lang: Lang): string[] {
  return node.rule.kind === 'choice' ? node.rule.options.map((option) => option.label[lang]) : [];
}

type CellValue = string | number | boolean | null;

/** A stored value as the cells of its columns (a value the kind does not recognise is written as text). */
export function cellValues(node: ScoredNode, input: unknown, lang: Lang): CellValue[] {
  const rule = node.rule;
  if (input === null || input === undefined) return inputColumns(node).map(() => null);
  if (rule.kind === 'ratio') {
    const { numerator, denominator } = (input ?? {}) as Record<string, unknown>;
    return [asCell(numerator), asCell(denominator)];
  }
  if (rule.kind === 'yesNo' && typeof input === 'boolean') return [input ? YES[lang] : NO[lang]];
  if (rule.kind === 'choice') {
    const option = rule.options.find((candidate) => candidate.value === input);
    return [option ? option.label[lang] : asCell(input)];
  }
  return [asCell(input)];
}

const asCell = (value: unknown): CellValue =>
  value === null || value === undefined
    ? null
    : typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean'
      ? value
      : JSON.stringify(value);

/** What a cell holds, unwrapped: a formula's result, rich text joined, text trimmed; empty text is null. */
export function plainCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return plainCellValue(value.richText.map((part) => part.text).join(''));
    if ('result' in value) return plainCellValue((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return plainCellValue(String(value.text));
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

const fold = (text: string) => text.normalize('NFC').trim().toLowerCase();

function asNumber(cell: CellValue, lang: Lang): unknown {
  if (typeof cell === 'string') return parseNumberText(cell, lang) ?? cell;
  return cell;
}

/**
 * The value the cells of a node say: null when they are all empty (no value), otherwise what was
 * understood, or what was typed when it was not (the rule kind's check then says what is wrong).
 */
export function readValue(node: ScoredNode, cells: CellValue[], lang: Lang): unknown {
  if (cells.every((cell) => cell === null)) return null;
  const rule = node.rule;
  const [first = null, second = null] = cells;
  switch (rule.kind) {
    case 'ratio':
      return {
        numerator: first === null ? undefined : asNumber(first, lang),
        denominator: second === null ? undefined : asNumber(second, lang),
      };
    case 'yesNo': {
      if (typeof first === 'boolean') return first;
      const text = fold(String(first));
      if ([YES.vi, YES.en, 'true', '1', 'x'].map(fold).includes(text)) return true;
      if ([NO.vi, NO.en, 'false', '0'].map(fold).includes(text)) return false;
      return first;
    }
    case 'choice': {
      const text = fold(String(first));
      const option = rule.options.find(
        (candidate) =>
          fold(candidate.value) === text ||
          fold(candidate.label.vi) === text ||
          fold(candidate.label.en) === text,
      );
      return option ? option.value : first;
    }
    default:
      return asNumber(first, lang);
  }
}

/** A value as a person reads it in the dry run ("Có", "9/10", "80,5", an option's label). */
export function valueText(node: ScoredNode, input: unknown, lang: Lang): string {
  if (input === null || input === undefined) return '';
  const rule = node.rule;
  const number = (value: unknown) =>
    typeof value === 'number' ? formatNumber(value, lang) : value === undefined ? '' : String(value);
  if (rule.kind === 'ratio' && typeof input === 'object') {
    const { numerator, denominator } = input as Record<string, unknown>;
    return `${number(numerator)}/${number(denominator)}`;
  }
  if (rule.kind === 'yesNo' && typeof input === 'boolean') return input ? YES[lang] : NO[lang];
  if (rule.kind === 'choice') {
    return rule.options.find((option) => option.value === input)?.label[lang] ?? String(input);
  }
  return number(input);
}
