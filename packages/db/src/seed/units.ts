import { readFileSync } from 'node:fs';
import type { UnitKind } from '../generated/prisma/enums.ts';
import { unitsFromAgencies, unitsFromCatalogue } from '../units/catalogue.ts';
import { catalogueDay } from '../units/import.ts';
import type { UnitRecord } from '../units/write-catalogue.ts';

/** A committed data file of the demo (Quảng Ninh's catalogue extracts, agencies, merges), parsed. */
export const readSeedData = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8'));

/** Quảng Ninh as Kế hoạch 268/KH-UBND (2022) groups it: 35 agencies, 13 districts, 177 communes. */
export const DEMO_GROUPS: ReadonlyArray<{ code: string; name: string; nameEn: string; kind: UnitKind }> = [
  {
    code: 'nhom-1',
    name: 'Nhóm 1: Sở, ban, ngành',
    nameEn: 'Group 1: provincial agencies',
    kind: 'PROVINCIAL_AGENCY',
  },
  {
    code: 'nhom-2',
    name: 'Nhóm 2: UBND cấp huyện',
    nameEn: 'Group 2: district people’s committees',
    kind: 'DISTRICT',
  },
  {
    code: 'nhom-3',
    name: 'Nhóm 3: UBND cấp xã',
    nameEn: 'Group 3: commune people’s committees',
    kind: 'COMMUNE',
  },
];

/** The committed extract of the official catalogue and the agencies, as records to import, and its day. */
export function demoCatalogue(): { records: UnitRecord[]; validFrom: string } {
  const catalogue = readSeedData('quang-ninh-2022.json') as { data_date: string };
  return {
    records: [
      ...unitsFromCatalogue(catalogue, '22'),
      ...unitsFromAgencies(readSeedData('quang-ninh-agencies.json'), '22'),
    ],
    validFrom: catalogueDay(catalogue.data_date),
  };
}
