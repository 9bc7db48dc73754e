import { relative } from 'node:path';
import { criteriaDir, loadCriteriaSets } from '@chiso/criteria';
import {
  describeLevel,
  formatPoints,
  type Locale,
  scoreCohort,
  seededRandom,
  syntheticInputs,
  walkSet,
  weakestCriteria,
} from '@chiso/scoring';
import { type Output, pad } from '../io.ts';
import { printCohort } from './score.ts';

/** Bắc Kạn's districts (GSO codes, 2020 catalogue) with how far along each is, for the sample cohort. */
const BAC_KAN_DISTRICTS = [
  { unitId: '058', name: 'Thành phố Bắc Kạn', maturity: 0.8 },
  { unitId: '060', name: 'Huyện Pác Nặm', maturity: 0.45 },
  { unitId: '061', name: 'Huyện Ba Bể', maturity: 0.72 },
  { unitId: '062', name: 'Huyện Ngân Sơn', maturity: 0.5 },
  { unitId: '063', name: 'Huyện Bạch Thông', maturity: 0.55 },
  { unitId: '064', name: 'Huyện Chợ Đồn', maturity: 0.48 },
  { unitId: '065', name: 'Huyện Chợ Mới', maturity: 0.6 },
  { unitId: '066', name: 'Huyện Na Rì', maturity: 0.68 },
];

/**
 * Quick start until the API and console exist: load every criteria set, then score a sample cohort
 * (synthetic figures for Bắc Kạn's 8 districts) and show ranks, levels, reasons and weak criteria.
 */
export function demoCommand(locale: Locale, out: Output): number {
  const sets = loadCriteriaSets();
  out.line(`chiso — ${sets.length} ${locale === 'vi' ? 'bộ tiêu chí hợp lệ' : 'valid criteria sets'}:`);
  for (const { file, set } of sets) {
    const criteria = [...walkSet(set)].filter((node) => node.kind === 'criterion').length;
    out.line(
      `  ${pad(relative(criteriaDir, file), 48)} ${pad(String(criteria), 4, 'right')} ${locale === 'vi' ? 'tiêu chí' : 'criteria'} ${pad(formatPoints(set.maxPoints * 100, locale), 9, 'right')} ${locale === 'vi' ? 'điểm' : 'points'}  ${set.source.status}`,
    );
  }
  const district = sets.find(({ set }) => set.code === 'btttt-2392-district')?.set;
  if (!district) return 0;
  const random = seededRandom(2020);
  const members = BAC_KAN_DISTRICTS.map(({ unitId, name, maturity }) => ({
    unitId,
    name,
    inputs: syntheticInputs(district, { maturity, random, missing: 0.02 }),
  }));
  out.line();
  out.line(
    locale === 'vi'
      ? 'Mẫu: 8 huyện, thành phố tỉnh Bắc Kạn (số liệu giả lập)'
      : "Sample: Bắc Kạn's 8 districts (synthetic figures)",
  );
  printCohort(district, members, { locale, json: false, depth: 3 }, out);
  const results = scoreCohort(district, members);
  const held = results.flatMap((result) =>
    result.categories
      .filter((category) => category.level?.level === null)
      .map((category) => ({ result, category })),
  )[0];
  if (held) {
    const name = BAC_KAN_DISTRICTS.find((unit) => unit.unitId === held.result.unitId)?.name;
    out.line();
    out.line(`${name}, ${held.category.name[locale]}: ${describeLevel(held.category, locale)}`);
  }
  out.line();
  out.line(locale === 'vi' ? 'Tiêu chí mất nhiều điểm nhất:' : 'Criteria losing the most points:');
  for (const loss of weakestCriteria(results, 5)) {
    out.line(
      `  ${pad(loss.code, 10)} ${pad(loss.name[locale], 60).slice(0, 60)} −${formatPoints(loss.lost, locale)}`,
    );
  }
  out.line();
  out.line(
    locale === 'vi'
      ? 'Thử: pnpm chiso score btttt-2392-district <inputs.json> · pnpm chiso criteria validate criteria/'
      : 'Try: pnpm chiso score btttt-2392-district <inputs.json> · pnpm chiso criteria validate criteria/',
  );
  return 0;
}
