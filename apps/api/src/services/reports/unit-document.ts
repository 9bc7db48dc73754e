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

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];

const PLAN_STATUS: Record<string, LocalizedText> = {
  DRAFT: { vi: 'đang soạn', en: 'draft' },
  SUBMITTED: { vi: 'đã gửi Sở', en: 'submitted' },
  APPROVED: { vi: 'Sở đã duyệt', en: 'approved' },
  RETURNED: { vi: 'Sở trả lại', en: 'returned' },
};

export function unitDocument(report: UnitReport, locale: Locale): ReportDocument {
  const t = (text: LocalizedText) => text[locale];
  const points = (hundredths: number) => formatPoints(hundredths, locale);
  const count = (value: number) => formatNumber(value, locale);
  const share = (value: number, max: number) => formatPercent(ratio(value, max), locale);
  const levelWord = locale === 'vi' ? 'Mức' : 'Level';
  const blocks: Block[] = [];
  const name = report.unit.name;
  const total = `${points(report.points)}/${points(report.maxPoints)}`;
  // Sections are numbered as they appear: the not-ranked, next-level and plan sections are there only when they apply.
  let sections = 0;
  const heading = (text: LocalizedText) =>
    blocks.push({ kind: 'heading', text: `${ROMAN[sections++]}. ${t(text)}` });

  heading(UNIT_TEXT.overall);
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

  heading(UNIT_TEXT.categories);
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

  heading(UNIT_TEXT.groups);
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
    heading(UNIT_TEXT.notRanked);
    blocks.push({ kind: 'bullets', items: report.notRanked.map((reason) => t(reason)) });
  }

  if (report.nextLevels.length > 0) {
    heading(UNIT_TEXT.nextLevel);
    blocks.push({ kind: 'bullets', items: report.nextLevels.map((explanation) => t(explanation)) });
  }

  if (report.plan) {
    const { plan } = report;
    heading(UNIT_TEXT.plan);
    blocks.push({
      kind: 'paragraph',
      text:
        locale === 'vi'
          ? `Kế hoạch cho kỳ ${plan.targetPeriod} (${PLAN_STATUS[plan.status]?.vi ?? plan.status}): ${count(plan.targets)} chỉ tiêu, đã đạt ${count(plan.met)}.`
          : `Plan for ${plan.targetPeriod} (${PLAN_STATUS[plan.status]?.en ?? plan.status}): ${count(plan.targets)} targets, ${count(plan.met)} met.`,
    });
    blocks.push({
      kind: 'table',
      columns: [
        { label: t(UNIT_TEXT.set), width: 4 },
        { label: t(REPORT_TEXT.category), width: 3 },
        { label: t(UNIT_TEXT.planned), width: 1.5, align: 'right' },
        { label: t(UNIT_TEXT.achieved), width: 1.5, align: 'right' },
      ],
      rows: plan.gains.map((gain) => [
        t(gain.set),
        t(gain.category),
        `+${points(gain.planned)}`,
        `+${points(gain.achieved)}`,
      ]),
    });
  }

  const period = locale === 'vi' ? lowerFirst(report.period.name) : report.period.name;
  return { ...frame(report, locale, `${t(REPORT_TEXT.subject)} ${period} – ${name}`), blocks };
}
