import { searchName } from '@chiso/scoring';
import { z } from 'zod';
import type { UnitKind } from '../generated/prisma/enums.ts';
import { parseOrThrow, tidyName, unknownCode } from './parse.ts';

/**
 * The GSO catalogue as the dvhcvn project publishes it (2020-06-01, 2022-10-01, 2025-03-01 snapshots):
 * province > district > commune. Extra top-level keys (generate_date, stats) are ignored.
 */
const Commune = z.object({
  level3_id: z.string().regex(/^\d{5}$/),
  name: z.string().min(1),
  type: z.enum(['Phường', 'Xã', 'Thị trấn']),
});
const District = z.object({
  level2_id: z.string().regex(/^\d{3}$/),
  name: z.string().min(1),
  type: z.enum(['Quận', 'Huyện', 'Thành phố', 'Thị xã']),
  level3s: z.array(Commune),
});
const Province = z.object({
  level1_id: z.string().regex(/^\d{2}$/),
  name: z.string().min(1),
  type: z.enum(['Tỉnh', 'Thành phố Trung ương']),
  level2s: z.array(District),
});
export const Catalogue = z.object({
  data_date: z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/, 'expected dd/mm/yyyy'),
  data: z.array(Province),
});
export type Catalogue = z.infer<typeof Catalogue>;

/** One unit ready for the `Unit` table; parents are referred to by code because ids do not exist yet. */
export interface CatalogueUnit {
  code: string;
  /** The official name as written (capitals such as "Thành Phố Bắc Kạn" kept), whitespace tidied. */
  name: string;
  type: string;
  kind: UnitKind;
  parentCode: string | null;
  searchName: string;
}

function unit(code: string, name: string, type: string, kind: UnitKind, parentCode: string | null) {
  const tidy = tidyName(name);
  return { code, name: tidy, type, kind, parentCode, searchName: searchName(tidy) } satisfies CatalogueUnit;
}

/** The province, its districts and its communes, parents before children, in catalogue order. */
export function unitsFromCatalogue(json: unknown, provinceCode: string): CatalogueUnit[] {
  return unitsOfProvince(parseOrThrow(Catalogue, json, 'unit catalogue'), provinceCode);
}

/** The same from a catalogue already parsed (a whole-country import parses the file once). */
export function unitsOfProvince(catalogue: Catalogue, provinceCode: string): CatalogueUnit[] {
  const province = catalogue.data.find((p) => p.level1_id === provinceCode);
  if (!province) {
    const known = catalogue.data.map((p) => ({ code: p.level1_id, name: p.name }));
    throw unknownCode(`province (catalogue of ${catalogue.data_date})`, provinceCode, known);
  }
  const units: CatalogueUnit[] = [unit(province.level1_id, province.name, province.type, 'PROVINCE', null)];
  for (const district of province.level2s) {
    units.push(unit(district.level2_id, district.name, district.type, 'DISTRICT', province.level1_id));
    for (const commune of district.level3s) {
      units.push(unit(commune.level3_id, commune.name, commune.type, 'COMMUNE', district.level2_id));
    }
  }
  return units;
}

/** `seed/data/<province>-agencies.json`: the provincial agencies (group 1), which no GSO catalogue lists. */
export const AgencyList = z.object({
  province: z.string().regex(/^\d{2}$/),
  agencies: z.array(
    z.object({
      code: z.string().regex(/^\d{2}-[A-Z0-9]+$/, 'expected "<province>-<ABBREVIATION>"'),
      name: z.string().min(1),
      nameEn: z.string().min(1),
      type: z.enum(['Sở', 'Ban', 'Văn phòng', 'Thanh tra', 'Trung tâm', 'Trường']),
    }),
  ),
});
export type AgencyList = z.infer<typeof AgencyList>;

export interface AgencyUnit extends CatalogueUnit {
  nameEn: string;
}

export function unitsFromAgencies(json: unknown, provinceCode: string): AgencyUnit[] {
  const list = parseOrThrow(AgencyList, json, 'agency list');
  if (list.province !== provinceCode) {
    throw new Error(`The agency list is for province "${list.province}", not "${provinceCode}"`);
  }
  const seen = new Set<string>();
  return list.agencies.map((agency, index) => {
    // Codes become unique keys in the database; catch a copy-paste slip here with its position.
    if (!agency.code.startsWith(`${provinceCode}-`) || seen.has(agency.code)) {
      throw new Error(
        `agencies.${index}.code: "${agency.code}" is duplicated or not of province ${provinceCode}`,
      );
    }
    seen.add(agency.code);
    const base = unit(agency.code, agency.name, agency.type, 'PROVINCIAL_AGENCY', provinceCode);
    return { ...base, nameEn: tidyName(agency.nameEn) };
  });
}
