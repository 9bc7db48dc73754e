/**
 * One assessment as a workbook, from its entry and review pages: every node with what the unit
 * reported, its self-assessed and reviewed points, the explanation and the evidence's file names;
 * the total and each category's level above; a second sheet listing the evidence.
 */
import { describeLevel, formatDate, type NodeResult, scoredNodesByCode, walkSet } from '@chiso/scoring';
import ExcelJS from 'exceljs';
import type { Context } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';
import { ASSESSMENT, canSeeAssessment } from '../services/assessments/access.ts';
import { criteriaOf } from '../services/assessments/criteria.ts';
import { scoreEntries } from '../services/assessments/score.ts';
import { statusName } from '../services/assessments/transitions.ts';
import { cellValues, inputColumns, type Lang } from './entry-cells.ts';
import { CRITERION_HEADINGS, TEXT } from './texts.ts';

const BOLD = { bold: true } as const;
const POINTS = '0.00';

export async function assessmentWorkbook(
  context: Context,
  assessmentId: string,
  lang: Lang,
): Promise<{ content: Buffer; fileName: string }> {
  const assessment = await context.db.assessment.findUnique({
    where: { id: assessmentId },
    include: {
      unit: { select: { code: true, name: true, provinceId: true } },
      period: { select: { code: true, name: true } },
      version: { select: { id: true, revision: true, document: true } },
      entries: true,
      evidence: { orderBy: { createdAt: 'asc' } },
    },
  });
  if (!assessment) throw notFound(ASSESSMENT);
  if (!canSeeAssessment(context.viewer, assessment)) throw forbidden();
  const set = criteriaOf(assessment.version);
  const reviewed = assessment.status === 'APPROVED' || assessment.status === 'PUBLISHED';
  const result = scoreEntries(set, assessment.entries, { reviewed });
  const results = new Map<string, NodeResult>();
  const visit = (node: NodeResult) => {
    results.set(node.code, node);
    node.children.forEach(visit);
  };
  result.categories.forEach(visit);
  const entries = new Map(assessment.entries.map((entry) => [entry.nodeCode, entry]));
  const evidenceByCode = new Map<string, string[]>();
  for (const item of assessment.evidence) {
    const key = item.nodeCode ?? '';
    evidenceByCode.set(key, [...(evidenceByCode.get(key) ?? []), item.fileName ?? item.url ?? item.title]);
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'chiso';
  const sheet = workbook.addWorksheet(TEXT.sheetAssessment[lang], {
    views: [{ state: 'frozen', ySplit: 7 }],
  });
  sheet.columns = [12, 60, 28, 10, 14, 14, 12, 12, 40, 40].map((width) => ({ width }));
  sheet.getCell('A1').value = `${assessment.unit.name} (${assessment.unit.code})`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `${TEXT.period[lang]}: ${assessment.period.name}`;
  sheet.getCell('A3').value = `${TEXT.set[lang]}: ${set.name[lang]} (${set.version})`;
  sheet.getCell('A4').value = `${TEXT.status[lang]}: ${statusName(assessment.status)[lang]}`;
  sheet.getCell('A5').value = TEXT.total[lang];
  sheet.getCell('B5').value = result.points / 100;
  sheet.getCell('B5').numFmt = POINTS;
  sheet.getCell('C5').value = result.categories
    .map((category) => `${category.name[lang]}: ${describeLevel(category, lang) ?? ''}`)
    .join('; ');
  const headings = [
    ...CRITERION_HEADINGS,
    TEXT.selfPoints,
    TEXT.reviewedPoints,
    TEXT.explanation,
    TEXT.evidence,
  ];
  headings.forEach((text, index) => {
    const cell = sheet.getCell(7, index + 1);
    cell.value = text[lang];
    cell.font = BOLD;
  });
  const nodes = scoredNodesByCode(set);
  for (const { node, kind } of walkSet(set)) {
    const row = sheet.addRow([node.code, node.name[lang]]);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    const scored = nodes.get(node.code);
    const outcome = results.get(node.code);
    row.getCell(4).value = (outcome?.maxPoints ?? 0) / 100;
    row.getCell(4).numFmt = POINTS;
    if (!scored) {
      row.font = BOLD;
      row.getCell(7).value = (outcome?.points ?? 0) / 100;
      row.getCell(7).numFmt = POINTS;
      if (kind === 'category' && outcome) row.getCell(3).value = describeLevel(outcome, lang) ?? '';
      continue;
    }
    const entry = entries.get(scored.code);
    row.getCell(3).value = inputColumns(scored)
      .map((column) => column.measure[lang])
      .join('\n');
    cellValues(scored, entry?.input ?? null, lang).forEach((value, part) => {
      row.getCell(5 + part).value = value;
    });
    if (entry?.selfPoints !== null && entry?.selfPoints !== undefined)
      row.getCell(7).value = entry.selfPoints / 100;
    if (entry?.reviewedPoints !== null && entry?.reviewedPoints !== undefined)
      row.getCell(8).value = entry.reviewedPoints / 100;
    row.getCell(7).numFmt = POINTS;
    row.getCell(8).numFmt = POINTS;
    row.getCell(9).value = entry?.explanation ?? null;
    row.getCell(10).value = (evidenceByCode.get(scored.code) ?? []).join('\n') || null;
  }

  const list = workbook.addWorksheet(TEXT.evidence[lang]);
  list.columns = [12, 40, 20, 14, 40, 40].map((width) => ({ width }));
  list.addRow(
    [TEXT.code, TEXT.title, TEXT.documentNumber, TEXT.issuedOn, TEXT.fileName, TEXT.link].map(
      (text) => text[lang],
    ),
  ).font = BOLD;
  for (const item of assessment.evidence) {
    list.addRow([
      item.nodeCode ?? '',
      item.title,
      item.documentNumber ?? '',
      item.issuedOn ? formatDate(item.issuedOn.toISOString(), lang) : '',
      item.fileName ?? '',
      item.url ?? '',
    ]);
  }
  return {
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
    fileName: `phieu-danh-gia-${assessment.period.code}-${assessment.unit.code}.xlsx`,
  };
}
