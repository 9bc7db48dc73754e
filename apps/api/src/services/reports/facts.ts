/**
 * What every report's header and opening need, whatever it reports on: the issuing province, the
 * published period, the unit group and the criteria set it was assessed on.
 */
import type { LocalizedText } from '@chiso/scoring';
import type { Context } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { setFilter } from '../comparisons/cohort.ts';

export interface ReportScope {
  periodId: string;
  unitGroupId: string;
  setCode?: string | null | undefined;
  /** The province named in the header; default: the province in the unit catalogue. */
  province?: string | null | undefined;
}

export interface ReportFacts {
  /** The issuing Sở's province: its full name ("Tỉnh Quảng Ninh", the header's "UBND TỈNH …") and as a place. */
  province: { name: string; place: string };
  period: { code: string; name: string; endsOn: Date };
  group: { code: string; name: LocalizedText };
  /** The criteria set the group was assessed on, and its version. */
  criteria: { name: LocalizedText; version: string } | null;
}

/** NOT_FOUND unless the period is published and the group exists. */
export async function reportFacts(context: Context, scope: ReportScope): Promise<ReportFacts> {
  const [period, group, province, version] = await Promise.all([
    context.db.period.findUnique({
      where: { id: scope.periodId },
      select: { code: true, name: true, endsOn: true, status: true },
    }),
    context.db.unitGroup.findUnique({
      where: { id: scope.unitGroupId },
      select: { code: true, name: true, nameEn: true },
    }),
    scope.province
      ? Promise.resolve({ name: scope.province })
      : context.db.unit.findFirst({
          where: { kind: 'PROVINCE', endedOn: null },
          select: { name: true },
          orderBy: { code: 'asc' },
        }),
    context.db.criteriaVersion.findFirst({
      where: {
        assignments: { some: { periodId: scope.periodId, unitGroupId: scope.unitGroupId } },
        ...setFilter(scope.setCode),
      },
      select: { version: true, set: { select: { name: true, nameEn: true } } },
    }),
  ]);
  if (period?.status !== 'PUBLISHED' || !group) throw notPublished();
  return {
    province: provinceNamed(province?.name ?? ''),
    period: { code: period.code, name: period.name, endsOn: period.endsOn },
    group: { code: group.code, name: { vi: group.name, en: group.nameEn } },
    criteria: version && { name: { vi: version.set.name, en: version.set.nameEn }, version: version.version },
  };
}

export const notPublished = () =>
  notFound({
    vi: 'kết quả đã công bố của kỳ đánh giá và nhóm đơn vị này',
    en: 'published results of this period and unit group',
  });

const PROVINCE_TYPE = /^(Tỉnh|Thành phố)\s+/iu;

/** "Quảng Ninh" or "Tỉnh Quảng Ninh" → both forms the header needs. */
function provinceNamed(name: string): ReportFacts['province'] {
  const trimmed = name.trim();
  const place = trimmed.replace(PROVINCE_TYPE, '');
  return { name: PROVINCE_TYPE.test(trimmed) ? trimmed : `Tỉnh ${trimmed}`, place };
}
