/**
 * The national dataset's shape, without a database: every province of a GSO catalogue with its
 * districts and communes, two cohorts per province (its districts, its communes — what one ranks),
 * two published years, and each unit's figures for a year and a set — seeded by the unit's code
 * exactly as the demo seeds them, so Quảng Ninh's communes score here as they do in the demo.
 */
import { fileURLToPath } from 'node:url';
import type { CriteriaSet } from '@chiso/scoring';
import type { UnitKind } from '../generated/prisma/enums.ts';
import { type DemoEntry, demoEntries } from '../seed/entries.ts';
import { demoMaturity, demoRandom } from '../seed/plan.ts';
import { Catalogue, type CatalogueUnit, unitsFromCatalogue } from '../units/catalogue.ts';
import { catalogueDay } from '../units/import.ts';

/** The catalogue the national dataset is built from: every commune as of 1 October 2022 (../shared/data). */
export const NATIONAL_CATALOGUE = fileURLToPath(
  new URL('../../../../../shared/data/dvhcvn/2022-10-01.json', import.meta.url),
);

/** Both years are reviewed and published (period-over-period comparisons need two). */
export const NATIONAL_YEARS = [2021, 2022] as const;

/** The ministry sets each level is scored on (provincial supplements are one province's own). */
export const NATIONAL_SETS: Record<'DISTRICT' | 'COMMUNE', string> = {
  DISTRICT: 'btttt-2392-district',
  COMMUNE: 'btttt-2392-commune',
};

export interface NationalGroup {
  /** `huyen-22`, `xa-22`. */
  code: string;
  name: string;
  nameEn: string;
  kind: 'DISTRICT' | 'COMMUNE';
  setCode: string;
  /** Codes of its units, catalogue order. */
  unitCodes: string[];
}

export interface NationalProvince {
  code: string;
  name: string;
  /** Province first, then each district followed by its communes. */
  units: CatalogueUnit[];
  groups: NationalGroup[];
}

export interface NationalPlan {
  /** The catalogue's day (`2022-10-01`): the units' validFrom. */
  validFrom: string;
  provinces: NationalProvince[];
}

const LEVEL_NAMES = {
  DISTRICT: { code: 'huyen', vi: 'UBND cấp huyện', en: 'district people’s committees' },
  COMMUNE: { code: 'xa', vi: 'UBND cấp xã', en: 'commune people’s committees' },
} as const;

/** The plan for a catalogue (`2022-10-01.json`), for all provinces or the ones named. */
export function nationalPlan(json: unknown, provinceCodes?: readonly string[]): NationalPlan {
  const catalogue = Catalogue.parse(json);
  const wanted = provinceCodes ? new Set(provinceCodes) : null;
  const missing = provinceCodes?.filter((code) => !catalogue.data.some((p) => p.level1_id === code)) ?? [];
  if (missing.length > 0) throw new Error(`provinces not in the catalogue: ${missing.join(', ')}`);
  const provinces = catalogue.data
    .filter((province) => !wanted || wanted.has(province.level1_id))
    .map((province): NationalProvince => {
      // One province at a time: the parser then validates only what it returns.
      const units = unitsFromCatalogue(
        { data_date: catalogue.data_date, data: [province] },
        province.level1_id,
      );
      const [head] = units;
      const name = head?.name ?? province.level1_id;
      const groups = (['DISTRICT', 'COMMUNE'] as const).map(
        (kind): NationalGroup => ({
          code: `${LEVEL_NAMES[kind].code}-${province.level1_id}`,
          name: `${name}: ${LEVEL_NAMES[kind].vi}`,
          nameEn: `${name}: ${LEVEL_NAMES[kind].en}`,
          kind,
          setCode: NATIONAL_SETS[kind],
          unitCodes: units.filter((unit) => unit.kind === kind).map((unit) => unit.code),
        }),
      );
      return { code: province.level1_id, name, units, groups };
    });
  return { validFrom: catalogueDay(catalogue.data_date), provinces };
}

/** A unit's reviewed figures for a year and a set: the same on every run. */
export function nationalEntries(
  unit: { code: string; kind: UnitKind },
  year: number,
  set: CriteriaSet,
): DemoEntry[] {
  return demoEntries(set, {
    maturity: demoMaturity(unit.code, unit.kind, year),
    random: demoRandom(unit.code, year, set.code),
    reviewed: true,
  });
}

export interface NationalCounts {
  provinces: number;
  districts: number;
  communes: number;
  groups: number;
  assessments: number;
}

export function countPlan(plan: NationalPlan): NationalCounts {
  const units = plan.provinces.flatMap((province) => province.units);
  return {
    provinces: plan.provinces.length,
    districts: units.filter((unit) => unit.kind === 'DISTRICT').length,
    communes: units.filter((unit) => unit.kind === 'COMMUNE').length,
    groups: plan.provinces.reduce((sum, province) => sum + province.groups.length, 0),
    assessments:
      NATIONAL_YEARS.length *
      units.filter((unit) => unit.kind === 'DISTRICT' || unit.kind === 'COMMUNE').length,
  };
}
