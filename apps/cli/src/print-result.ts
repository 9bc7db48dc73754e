import {
  describeFinding,
  describeLevel,
  describeNotRanked,
  formatPercent,
  formatPoints,
  type Locale,
  type NodeResult,
  type UnitResult,
} from '@chiso/scoring';
import { type Output, pad } from './io.ts';

const WORDS = {
  vi: {
    total: 'Tổng',
    points: 'điểm',
    index: 'Chỉ số',
    missing: 'Thiếu số liệu',
    notes: 'Ghi chú',
    notRanked: 'Không xếp hạng chung',
  },
  en: {
    total: 'Total',
    points: 'points',
    index: 'Index',
    missing: 'Missing inputs',
    notes: 'Notes',
    notRanked: 'Not ranked overall',
  },
} as const;

const INDENT = { category: 0, group: 2, criterion: 4, indicator: 6 } as const;

/** The result tree down to `depth` levels (1 = categories … 4 = indicators), with levels and findings. */
export function printResult(result: UnitResult, out: Output, locale: Locale, depth = 3): void {
  const words = WORDS[locale];
  const share = formatPercent(result.index, locale);
  out.line(
    `${words.total}: ${formatPoints(result.points, locale)}/${formatPoints(result.maxPoints, locale)} ${words.points} (${share})`,
  );
  if (result.band)
    out.line(
      `${words.index}: ${result.index.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB')} — ${result.band}`,
    );
  const visit = (node: NodeResult, level: number) => {
    const indent = ' '.repeat(INDENT[node.kind]);
    const label = pad(`${indent}${node.code} ${node.name[locale]}`, 72).slice(0, 72);
    const points = pad(
      `${formatPoints(node.points, locale)}/${formatPoints(node.maxPoints, locale)}`,
      14,
      'right',
    );
    const flag = node.finding ? `  ! ${node.finding.code}` : node.applicable ? '' : '  (n/a)';
    out.line(`${label} ${points}${flag}`);
    const levelText = describeLevel(node, locale);
    if (levelText) out.line(`${indent}  → ${levelText}`);
    if (level < depth) for (const child of node.children) visit(child, level + 1);
  };
  for (const category of result.categories) visit(category, 1);
  if (result.notRanked.length > 0) {
    const name = (code: string) => result.categories.find((category) => category.code === code)?.name;
    const reasons = result.notRanked.map((reason) => describeNotRanked(reason, name, locale));
    out.line(`${words.notRanked}: ${reasons.join('; ')}`);
  }
  const notes = result.findings.filter((finding) => finding.code !== 'MISSING');
  if (result.missing.length > 0) out.line(`${words.missing}: ${result.missing.length}`);
  if (notes.length > 0) {
    out.line(`${words.notes}:`);
    for (const finding of notes) out.line(`  ${describeFinding(finding, locale)}`);
  }
}

/** "Mức 3" or "—" (not ranked) per category, for ranking tables. */
export function levelsSummary(result: UnitResult, locale: Locale): string {
  return result.categories
    .filter((category) => category.level)
    .map(
      (category) =>
        `${category.code} ${category.level?.level === null ? '—' : `${locale === 'vi' ? 'Mức' : 'L'} ${category.level?.level}`}`,
    )
    .join(', ');
}
