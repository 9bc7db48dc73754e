/** One unit's report laid out as blocks, in one language, inside the same official frame. */
import {
  formatNumber,
  formatPercent,
  formatPoints,
  type Locale,
  type LocalizedText,
  ratio,
} from '@chiso/scoring';
import { type Block, frame, lowerFirst, type ReportDocument } from './document.ts';
import { REPORT_TEXT, UNIT_TEXT } from './texts.ts';
import type { UnitReport } from './unit-report.ts';

export function unitDocument(report: UnitReport, locale: Locale): ReportDocument {
  const t = (text: LocalizedText) => text[locale];
  const points = (hundredths: number) => formatPoints(hundredths, locale);
  const count = (value: number) => formatNumber(value, locale);
  const share = (value: number, max: number) => formatPercent(ratio(value, max), locale);
  const levelWord = locale === 'vi' ? 'Mức' : 'Level';
  const blocks: Block[] = [];
  const name = report.unit.name;
  const total = `${points(report.points)}/${points(report.maxPoints)}`;

  blocks.push({ kind: 'heading', text: t(UNIT_TEXT.overall) });
  blocks.push({
    kind: 'paragraph',
    text:
      report.rank === null
        ? locale === 'vi'
          ? `${name} đạt ${total} điểm (${share(report.points, report.maxPoints)}) và không được xếp hạng chung trong ${report.group.name.vi} (${count(report.cohortSize)} đơn vị).`
          : `${name} scored ${total} points (${share(report.points, report.maxPoints)}) and has no rank by total in ${report.group.name.en} (${count(report.cohortSize)} units).`
        : locale === 'vi'
          ? `${name} đạt ${total} điểm (${share(report.points, report.maxPoints)}), xếp hạng ${count(report.rank)}/${count(report.rankedOverall)} đơn vị được xếp hạng chung trong ${report.group.name.vi}.`
          : `${name} scored ${total} points (${share(report.points, report.maxPoints)}), ranked ${count(report.rank)} of the ${count(report.rankedOverall)} units ranked by total in ${report.group.name.en}.`,
  });

  blocks.push({ kind: 'heading', text: t(UNIT_TEXT.categories) });
  blocks.push({
    kind: 'table',
    columns: [
      { label: t(REPORT_TEXT.category), width: 4 },
      { label: t(UNIT_TEXT.points), width: 1.6, align: 'right' },
      { label: t(REPORT_TEXT.share), width: 1.4, align: 'right' },
      { label: t(UNIT_TEXT.level), width: 1.4, align: 'center' },
      { label: t(REPORT_TEXT.rank), width: 1.2, align: 'center' },
    ],
    rows: report.categories.map((category) => [
      t(category.name),
      `${points(category.points)}/${points(category.maxPoints)}`,
      share(category.points, category.maxPoints),
      category.level === null ? t(REPORT_TEXT.notRankedCell) : `${levelWord} ${category.level}`,
      category.rank === null ? '—' : count(category.rank),
    ]),
  });

  blocks.push({ kind: 'heading', text: t(UNIT_TEXT.groups) });
  blocks.push({
    kind: 'table',
    columns: [
      { label: t(REPORT_TEXT.category), width: 3 },
      { label: t(REPORT_TEXT.group), width: 4 },
      { label: t(UNIT_TEXT.points), width: 1.6, align: 'right' },
      { label: t(REPORT_TEXT.share), width: 1.4, align: 'right' },
    ],
    rows: report.categories.flatMap((category) =>
      category.groups.map((group) => [
        t(category.name),
        t(group.name),
        `${points(group.points)}/${points(group.maxPoints)}`,
        share(group.points, group.maxPoints),
      ]),
    ),
  });

  if (report.notRanked.length > 0) {
    blocks.push({ kind: 'heading', text: t(UNIT_TEXT.notRanked) });
    blocks.push({ kind: 'bullets', items: report.notRanked.map((reason) => t(reason)) });
  }

  const period = locale === 'vi' ? lowerFirst(report.period.name) : report.period.name;
  return { ...frame(report, locale, `${t(REPORT_TEXT.subject)} ${period} – ${name}`), blocks };
}
