/**
 * Recommendations as a Sở writes them after publishing (Bắc Kạn 2020: advice for agencies, districts
 * and communes), derived only from the report's own figures so that every number they quote is one
 * the report shows: what held units back, where points were lost, who is at which level.
 */
import { formatNumber, formatPercent, formatPoints, type LocalizedText, ratio } from '@chiso/scoring';

export interface Recommendation {
  audience: LocalizedText;
  items: LocalizedText[];
}

interface Figures {
  unitKind: string;
  cohortSize: number;
  categories: ReadonlyArray<{
    name: LocalizedText;
    notRanked: number;
    levels: ReadonlyArray<{ level: number; units: number }>;
  }>;
  blocking: ReadonlyArray<{ categoryName: LocalizedText; names: LocalizedText[]; units: number }>;
  weakest: ReadonlyArray<{
    code: string;
    name: LocalizedText;
    lost: number;
    possible: number;
    atZero: number;
  }>;
  fallers: ReadonlyArray<{ unit: { name: string }; before: number; after: number }>;
}

const AUDIENCE: Record<string, LocalizedText> = {
  PROVINCIAL_AGENCY: { vi: 'Đối với các sở, ban, ngành', en: 'For provincial agencies' },
  DISTRICT: { vi: 'Đối với UBND cấp huyện', en: 'For district people’s committees' },
  COMMUNE: { vi: 'Đối với UBND cấp xã', en: 'For commune people’s committees' },
  PROVINCE: { vi: 'Đối với UBND tỉnh', en: 'For the provincial people’s committee' },
};

/** How many blocking groups and weak criteria the advice names. */
const NAMED = 3;

export function recommend(figures: Figures): Recommendation[] {
  const count = (value: number) => formatNumber(value);
  const recommendations: Recommendation[] = [];
  const general: LocalizedText[] = [];
  for (const item of figures.blocking.slice(0, NAMED)) {
    const vi = item.names.map((name) => name.vi).join(' + ');
    const en = item.names.map((name) => name.en).join(' + ');
    general.push({
      vi: `Ưu tiên nâng điểm nhóm ${vi} (hạng mục ${item.categoryName.vi}): ${count(item.units)}/${count(figures.cohortSize)} đơn vị chưa đạt điểm tối thiểu của nhóm này nên không được xếp hạng.`,
      en: `Raise the points of ${en} (${item.categoryName.en}) first: ${formatNumber(item.units, 'en')}/${formatNumber(figures.cohortSize, 'en')} units missed its minimum and were not ranked.`,
    });
  }
  for (const criterion of figures.weakest.slice(0, NAMED)) {
    const share = ratio(criterion.lost, criterion.possible);
    const atZero = criterion.atZero > 0;
    general.push({
      vi: `Khắc phục tiêu chí ${criterion.code} “${criterion.name.vi}”: các đơn vị mất ${formatPercent(share)} số điểm tối đa (${formatPoints(criterion.lost)} điểm)${atZero ? `, ${count(criterion.atZero)} đơn vị đạt 0 điểm` : ''}.`,
      en: `Address criterion ${criterion.code} “${criterion.name.en}”: units lost ${formatPercent(share, 'en')} of its maximum (${formatPoints(criterion.lost, 'en')} points)${atZero ? `; ${formatNumber(criterion.atZero, 'en')} scored 0` : ''}.`,
    });
  }
  if (figures.fallers.length > 0) {
    const names = figures.fallers.map((mover) => mover.unit.name).join(', ');
    general.push({
      vi: `Rà soát nguyên nhân giảm điểm so với kỳ trước tại: ${names}.`,
      en: `Review why points fell since the previous period at: ${names}.`,
    });
  }
  if (general.length > 0) {
    recommendations.push({
      audience: AUDIENCE[figures.unitKind] ?? { vi: 'Đối với các đơn vị', en: 'For the units' },
      items: general,
    });
  }
  const notRanked = perCategory(figures, (category) => category.notRanked);
  if (notRanked.length > 0) {
    recommendations.push({
      audience: { vi: 'Đối với các đơn vị chưa được xếp hạng', en: 'For units not ranked' },
      items: notRanked.map(({ name, units }) => ({
        vi: `Hạng mục ${name.vi}: ${count(units)} đơn vị cần lập kế hoạch đạt điểm tối thiểu của Mức 1 ngay trong kỳ tới, bắt đầu từ các nhóm tiêu chí nêu trên.`,
        en: `${name.en}: ${formatNumber(units, 'en')} units should plan to reach the minimums of Level 1 in the next period, starting with the groups above.`,
      })),
    });
  }
  const low = perCategory(figures, (category) => unitsAt(category, (level) => level <= 2));
  if (low.length > 0) {
    recommendations.push({
      audience: { vi: 'Đối với các đơn vị đạt Mức 1, Mức 2', en: 'For units at Levels 1 and 2' },
      items: low.map(({ name, units }) => ({
        vi: `Hạng mục ${name.vi}: ${count(units)} đơn vị đặt mục tiêu lên mức tiếp theo, theo điểm tối thiểu của từng nhóm tiêu chí ở mức đó.`,
        en: `${name.en}: ${formatNumber(units, 'en')} units should aim for the next level, group minimum by group minimum.`,
      })),
    });
  }
  const high = perCategory(figures, (category) => unitsAt(category, (level) => level >= 3));
  if (high.length > 0) {
    recommendations.push({
      audience: { vi: 'Đối với các đơn vị đạt Mức 3, Mức 4', en: 'For units at Levels 3 and 4' },
      items: high.map(({ name, units }) => ({
        vi: `Hạng mục ${name.vi}: ${count(units)} đơn vị duy trì kết quả và chia sẻ cách làm với các đơn vị cùng nhóm.`,
        en: `${name.en}: ${formatNumber(units, 'en')} units should keep their results and share how they got there.`,
      })),
    });
  }
  return recommendations;
}

type Category = Figures['categories'][number];

function unitsAt(category: Category, which: (level: number) => boolean): number {
  return category.levels.filter((entry) => which(entry.level)).reduce((sum, entry) => sum + entry.units, 0);
}

function perCategory(figures: Figures, units: (category: Category) => number) {
  return figures.categories
    .map((category) => ({ name: category.name, units: units(category) }))
    .filter((entry) => entry.units > 0);
}
