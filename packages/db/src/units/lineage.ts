import { z } from 'zod';
import type { LineageKind } from '../generated/prisma/enums.ts';
import { parseOrThrow, tidyName, unknownCode } from './parse.ts';

/**
 * The 2025 reorganisation (`2025-07-01-merges.json`): 34 provinces > 3,321 communes, districts abolished.
 * Each new unit lists the old units it was formed from; `partial` means only part of the old unit went in,
 * so that old unit also went into at least one other new unit.
 */
export const REORGANISATION_DATE = '2025-07-01';

// Old codes are GSO codes of the 2025-03-01 catalogue: provinces 2 digits, communes 5 — and 3 digits for the
// island districts that had no communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) and became
// special zones (đặc khu) whole.
const Merge = z.object({
  old_id: z.string().regex(/^(\d{2}|\d{3}|\d{5})$/),
  name: z.string().min(1),
  type: z.enum(['full', 'partial']),
});
const NewCommune = z.object({
  level2_id: z.string().regex(/^\d{5}$/),
  name: z.string().min(1),
  merges: z.array(Merge).min(1),
});
const NewProvince = z.object({
  level1_id: z.string().regex(/^\d{2}$/),
  name: z.string().min(1),
  merges: z.array(Merge).min(1),
  level2s: z.array(NewCommune),
});
export const MergeFile = z.object({ data: z.array(NewProvince) });
export type MergeFile = z.infer<typeof MergeFile>;

export type LineageChange = Extract<LineageKind, 'MERGED' | 'RENAMED' | 'SPLIT'>;

/** A unit of the new structure; level 1 = province, 2 = commune (there is no district level any more). */
export interface NewUnit {
  code: string;
  name: string;
  type: string;
  level: 1 | 2;
}
export interface Predecessor {
  code: string;
  name: string;
  partial: boolean;
}

/**
 * How one new unit came about. MERGED: from several old units (whole or in part); RENAMED: from exactly
 * one whole old unit under another name or code; SPLIT: this unit is a piece of one old unit that was split.
 */
export interface LineageRecord {
  kind: LineageChange;
  date: typeof REORGANISATION_DATE;
  to: NewUnit;
  from: Predecessor[];
}

/** The same event seen from an old unit that went, in parts, into several new units. */
export interface SplitRecord {
  kind: 'SPLIT';
  date: typeof REORGANISATION_DATE;
  from: { code: string; name: string };
  to: { code: string; name: string }[];
}

export interface ProvinceLineage {
  /** Every unit of the new province, the province first. */
  units: NewUnit[];
  /** One record per new unit that changed; a unit with one whole predecessor of the same code and name has none. */
  records: LineageRecord[];
  /** Old units that went into more than one new unit. */
  splits: SplitRecord[];
  /** Per old code, the new units it went into (its successors), for following a unit forward. */
  successors: Map<string, { code: string; name: string; partial: boolean }[]>;
}

const TYPES = { 1: ['Tỉnh', 'Thành phố'], 2: ['Xã', 'Phường', 'Đặc khu'] } as const;

// The merge file carries no type; the name starts with it, as in the catalogue ("Đặc khu Vân Đồn").
function newUnit(code: string, rawName: string, level: 1 | 2): NewUnit {
  const name = tidyName(rawName);
  const type = TYPES[level].find((prefix) => name.startsWith(`${prefix} `));
  if (!type) throw new Error(`Unit ${code} "${name}": the name does not start with a known type`);
  // Keep the catalogue's vocabulary for centrally-run cities.
  return { code, name, type: level === 1 && type === 'Thành phố' ? 'Thành phố Trung ương' : type, level };
}

function record(to: NewUnit, from: Predecessor[]): LineageRecord | null {
  const [only] = from;
  const date = REORGANISATION_DATE;
  if (from.length > 1 || !only) return { kind: 'MERGED', date, to, from };
  if (only.partial) return { kind: 'SPLIT', date, to, from };
  if (only.code !== to.code || only.name !== to.name) return { kind: 'RENAMED', date, to, from };
  return null;
}

/** The lineage of one new province (by its new code) and of all its communes. */
export function lineageOfProvince(json: unknown, newProvinceCode: string): ProvinceLineage {
  return lineageOf(parseOrThrow(MergeFile, json, '2025 merge file'), newProvinceCode);
}

/** The same from a merge file already parsed (a whole-country import parses the file once). */
export function lineageOf(file: MergeFile, newProvinceCode: string): ProvinceLineage {
  const province = file.data.find((p) => p.level1_id === newProvinceCode);
  if (!province) {
    const known = file.data.map((p) => ({ code: p.level1_id, name: p.name }));
    throw unknownCode('new province', newProvinceCode, known);
  }
  const lineage: ProvinceLineage = { units: [], records: [], splits: [], successors: new Map() };
  const oldNames = new Map<string, string>();
  const add = (to: NewUnit, merges: z.infer<typeof Merge>[]) => {
    const from = merges.map((m) => ({
      code: m.old_id,
      name: tidyName(m.name),
      partial: m.type === 'partial',
    }));
    lineage.units.push(to);
    const found = record(to, from);
    if (found) lineage.records.push(found);
    for (const old of from) {
      oldNames.set(old.code, old.name);
      const list = lineage.successors.get(old.code) ?? [];
      list.push({ code: to.code, name: to.name, partial: old.partial });
      lineage.successors.set(old.code, list);
    }
  };
  add(newUnit(province.level1_id, province.name, 1), province.merges);
  for (const commune of province.level2s) add(newUnit(commune.level2_id, commune.name, 2), commune.merges);

  for (const [code, successors] of lineage.successors) {
    if (successors.length < 2) continue;
    const from = { code, name: oldNames.get(code) ?? '' };
    const to = successors.map((successor) => ({ code: successor.code, name: successor.name }));
    lineage.splits.push({ kind: 'SPLIT', date: REORGANISATION_DATE, from, to });
  }
  return lineage;
}
