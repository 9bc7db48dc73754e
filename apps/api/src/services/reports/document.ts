/**
 * The report laid out once, in one language, as blocks both renderers (DOCX, PDF) draw: so the two
 * files carry the same sentences and the same formatted figures (vi-VN numbers for Vietnamese).
 */
import {
  formatNumber,
  formatPercent,
  formatPoints,
  type Locale,
  type LocalizedText,
  ratio,
} from '@chiso/scoring';
import type { ReportFacts } from './facts.ts';
import type { PeriodReport } from './period-report.ts';
import { LINEAGE_TEXT, REPORT_TEXT } from './texts.ts';

export interface TableColumn {
  label: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] };

export interface ReportDocument {
  /** Left of the header: the issuing body and the number placeholder. */
  issuer: { committee: string; department: string; number: string };
  /** Right of the header: Quốc hiệu, tiêu ngữ and the place-and-date placeholder. */
  nation: { name: string; motto: string; placeDate: string };
  title: string;
  subject: string;
  blocks: Block[];
  signature: { recipients: string; signer: string };
}

export function reportDocument(report: PeriodReport, locale: Locale): ReportDocument {
  const t = (text: LocalizedText) => text[locale];
  const points = (hundredths: number) => formatPoints(hundredths, locale);
  const count = (value: number) => formatNumber(value, locale);
  const percent = (share: number) => formatPercent(share, locale);
  const levelWord = locale === 'vi' ? 'Mức' : 'Level';
  const blocks: Block[] = [];
  const table = (columns: TableColumn[], rows: string[][]) => blocks.push({ kind: 'table', columns, rows });

  blocks.push({ kind: 'heading', text: t(REPORT_TEXT.overview) });
  blocks.push({
    kind: 'paragraph',
    text:
      locale === 'vi'
        ? `${report.period.name}: ${count(report.cohortSize)} đơn vị thuộc ${report.group.name.vi} được đánh giá${report.criteria ? ` theo ${report.criteria.name.vi} (phiên bản ${report.criteria.version})` : ''}; ${count(report.rankedOverall)} đơn vị được xếp hạng ở mọi hạng mục nên có hạng theo tổng điểm.`
        : `${report.period.name}: ${count(report.cohortSize)} units of ${report.group.name.en} were assessed${report.criteria ? ` on ${report.criteria.name.en} (version ${report.criteria.version})` : ''}; ${count(report.rankedOverall)} were ranked in every category and so have a rank by total.`,
  });

  blocks.push({ kind: 'heading', text: t(REPORT_TEXT.levels) });
  const levels = levelsShown(report);
  table(
    [
      { label: t(REPORT_TEXT.category), width: 4 },
      ...levels.map((level) => ({ label: `${levelWord} ${level}`, width: 1.2, align: 'right' as const })),
      { label: t(REPORT_TEXT.ranked), width: 1.6, align: 'right' },
      { label: t(REPORT_TEXT.notRankedShort), width: 1.6, align: 'right' },
    ],
    report.categories.map((category) => [
      t(category.name),
      ...levels.map((level) => count(category.levels.find((entry) => entry.level === level)?.units ?? 0)),
      count(category.ranked),
      count(category.notRanked),
    ]),
  );

  blocks.push({ kind: 'heading', text: t(REPORT_TEXT.ranking) });
  const categoryCodes = report.categories.map((category) => category.code);
  table(
    [
      { label: t(REPORT_TEXT.rank), width: 1, align: 'center' },
      { label: t(REPORT_TEXT.unit), width: 4 },
      { label: t(REPORT_TEXT.total), width: 1.5, align: 'right' },
      { label: t(REPORT_TEXT.share), width: 1.5, align: 'right' },
      ...report.categories.map((category) => ({
        label: t(category.name),
        width: 1.8,
        align: 'center' as const,
      })),
    ],
    report.ranking.map((entry) => [
      entry.rank === null ? '—' : count(entry.rank),
      entry.unit.name,
      points(entry.points),
      percent(ratio(entry.points, entry.maxPoints)),
      ...categoryCodes.map((code) => {
        const standing = entry.categories.find((category) => category.code === code);
        if (!standing) return '—';
        return standing.level === null ? t(REPORT_TEXT.notRankedCell) : `${levelWord} ${standing.level}`;
      }),
    ]),
  );

  blocks.push({ kind: 'heading', text: t(REPORT_TEXT.notRanked) });
  if (report.notRanked.length === 0) blocks.push({ kind: 'paragraph', text: t(REPORT_TEXT.noneNotRanked) });
  else
    table(
      [
        { label: t(REPORT_TEXT.unit), width: 3 },
        { label: t(REPORT_TEXT.total), width: 1.4, align: 'right' },
        { label: t(REPORT_TEXT.reasons), width: 8 },
      ],
      report.notRanked.map((entry) => [
        entry.unit.name,
        points(entry.points),
        entry.reasons.map((reason) => t(reason)).join('; '),
      ]),
    );

  blocks.push({ kind: 'heading', text: t(REPORT_TEXT.topBottom) });
  const placeColumns: TableColumn[] = [
    { label: t(REPORT_TEXT.rank), width: 1, align: 'center' },
    { label: t(REPORT_TEXT.unit), width: 5 },
    { label: t(REPORT_TEXT.total), width: 1.6, align: 'right' },
    { label: t(REPORT_TEXT.share), width: 1.6, align: 'right' },
  ];
  for (const [label, members] of [
    [REPORT_TEXT.top, report.top],
    [REPORT_TEXT.bottom, report.bottom],
  ] as const) {
    blocks.push({ kind: 'subheading', text: t(label) });
    table(
      placeColumns,
      members.map((member) => [
        member.rank === null ? '—' : count(member.rank),
        member.unit.name,
        points(member.points),
        percent(ratio(member.points, member.maxPoints)),
      ]),
    );
  }

  blocks.push({ kind: 'heading', text: t(REPORT_TEXT.movers) });
  if (!report.previousPeriod) blocks.push({ kind: 'paragraph', text: t(REPORT_TEXT.noPrevious) });
  else {
    blocks.push({
      kind: 'paragraph',
      text:
        locale === 'vi'
          ? `So với ${report.previousPeriod.name} (đơn vị sáp nhập, đổi tên được so với các đơn vị cũ của mình).`
          : `Against ${report.previousPeriod.name} (merged or renamed units are compared with their former units).`,
    });
    const rank = (value: number | null) => (value === null ? '—' : count(value));
    for (const [label, movers] of [
      [REPORT_TEXT.risers, report.risers],
      [REPORT_TEXT.fallers, report.fallers],
    ] as const) {
      blocks.push({ kind: 'subheading', text: t(label) });
      if (movers.length === 0) {
        blocks.push({ kind: 'paragraph', text: t(REPORT_TEXT.noMovers) });
        continue;
      }
      table(
        [
          { label: t(REPORT_TEXT.unit), width: 4 },
          { label: t(REPORT_TEXT.before), width: 1.4, align: 'right' },
          { label: t(REPORT_TEXT.after), width: 1.4, align: 'right' },
          { label: t(REPORT_TEXT.change), width: 1.4, align: 'right' },
          { label: t(REPORT_TEXT.rankChange), width: 1.8, align: 'center' },
          { label: t(REPORT_TEXT.lineage), width: 2.4 },
        ],
        movers.map((mover) => [
          mover.unit.name,
          points(mover.before),
          points(mover.after),
          `${mover.after > mover.before ? '+' : ''}${points(mover.after - mover.before)}`,
          `${rank(mover.rankBefore)} → ${rank(mover.rankAfter)}`,
          mover.lineage ? t(LINEAGE_TEXT[mover.lineage] ?? { vi: mover.lineage, en: mover.lineage }) : '',
        ]),
      );
    }
  }

  blocks.push({ kind: 'heading', text: t(REPORT_TEXT.blocking) });
  if (report.blocking.length === 0) blocks.push({ kind: 'paragraph', text: t(REPORT_TEXT.noneBlocking) });
  else
    table(
      [
        { label: t(REPORT_TEXT.category), width: 3 },
        { label: t(REPORT_TEXT.group), width: 5 },
        { label: t(REPORT_TEXT.units), width: 1.4, align: 'right' },
      ],
      report.blocking.map((item) => [
        t(item.categoryName),
        item.names.map((name) => t(name)).join(' + '),
        count(item.units),
      ]),
    );

  blocks.push({ kind: 'heading', text: t(REPORT_TEXT.weakest) });
  table(
    [
      { label: t(REPORT_TEXT.criterion), width: 1.4 },
      { label: t(REPORT_TEXT.criterionName), width: 5 },
      { label: t(REPORT_TEXT.lost), width: 1.5, align: 'right' },
      { label: t(REPORT_TEXT.lostShare), width: 1.5, align: 'right' },
      { label: t(REPORT_TEXT.atZero), width: 1.5, align: 'right' },
    ],
    report.weakest.map((criterion) => [
      criterion.code,
      t(criterion.name),
      points(criterion.lost),
      percent(ratio(criterion.lost, criterion.possible)),
      count(criterion.atZero),
    ]),
  );

  blocks.push({ kind: 'heading', text: t(REPORT_TEXT.recommendations) });
  for (const recommendation of report.recommendations) {
    blocks.push({ kind: 'subheading', text: t(recommendation.audience) });
    blocks.push({ kind: 'bullets', items: recommendation.items.map((item) => t(item)) });
  }

  const subject = `${t(REPORT_TEXT.subject)} ${locale === 'vi' ? lowerFirst(report.period.name) : report.period.name} – ${t(report.group.name)}`;
  return { ...frame(report, locale, subject), blocks };
}

/** The official frame around a report's blocks: header, title and signature. */
export function frame(facts: ReportFacts, locale: Locale, subject: string): Omit<ReportDocument, 'blocks'> {
  const t = (text: LocalizedText) => text[locale];
  return {
    issuer: {
      // "UBND TỈNH QUẢNG NINH"; in English the place alone ("… OF QUẢNG NINH").
      committee: `${t(REPORT_TEXT.committee)} ${(locale === 'vi' ? facts.province.name : facts.province.place).toLocaleUpperCase('vi-VN')}`,
      department: t(REPORT_TEXT.department),
      number: t(REPORT_TEXT.number),
    },
    nation: {
      name: t(REPORT_TEXT.nation),
      motto: t(REPORT_TEXT.motto),
      placeDate: `${facts.province.place}, ${t(REPORT_TEXT.dated)}`,
    },
    title: t(REPORT_TEXT.title),
    subject,
    signature: { recipients: t(REPORT_TEXT.recipients), signer: t(REPORT_TEXT.director) },
  };
}

export const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1);

/** Mức 1…4 always (the scale), and any higher level a set defines. */
function levelsShown(report: PeriodReport): number[] {
  const highest = Math.max(
    4,
    ...report.categories.flatMap((category) => category.levels.map((l) => l.level)),
  );
  return Array.from({ length: highest }, (_, index) => index + 1);
}
