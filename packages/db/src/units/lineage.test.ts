import { describe, expect, it } from 'vitest';
import { lineageOfProvince } from './lineage.ts';
import { hasShared, readSeed, readShared } from './test-data.ts';

const MERGES = '2025-07-01-merges.json';
const quangNinh = readSeed('quang-ninh-2025-07-01-merges.json');
const links = (records: { from: unknown[] }[]) => records.reduce((sum, r) => sum + r.from.length, 0);

describe('lineageOfProvince: the new Quảng Ninh (not merged with another province)', () => {
  const lineage = lineageOfProvince(quangNinh, '22');

  it('keeps the province as it was: one whole predecessor, same code and name, so no record', () => {
    expect(lineage.units[0]).toEqual({ code: '22', name: 'Tỉnh Quảng Ninh', type: 'Tỉnh', level: 1 });
    expect(lineage.records.some((r) => r.to.code === '22')).toBe(false);
    expect(lineage.successors.get('22')).toEqual([{ code: '22', name: 'Tỉnh Quảng Ninh', partial: false }]);
  });

  it('forms 54 communes from the 171 of 2025-03, 53 of them by merging', () => {
    expect(lineage.units.filter((u) => u.level === 2)).toHaveLength(54);
    expect(lineage.records).toHaveLength(53);
    expect(lineage.records.every((r) => r.kind === 'MERGED' && r.date === '2025-07-01')).toBe(true);
    expect(links(lineage.records)).toBe(184 - 1); // Cái Chiên, unchanged, holds the other link
    expect([...lineage.successors.keys()].filter((code) => code.length === 5)).toHaveLength(171);
    expect(lineage.units.find((u) => u.code === '06967')?.name).toBe('Xã Cái Chiên');
  });

  it('makes Vân Đồn a special zone from 12 old communes', () => {
    const vanDon = lineage.records.find((r) => r.to.code === '06994');
    expect(vanDon?.to).toEqual({ code: '06994', name: 'Đặc khu Vân Đồn', type: 'Đặc khu', level: 2 });
    expect(vanDon?.from).toHaveLength(12);
  });

  it('reports the 12 old communes that were split, e.g. Hải Lạng going into three new communes', () => {
    expect(lineage.splits).toHaveLength(12);
    const haiLang = lineage.splits.find((s) => s.from.code === '06886');
    expect(haiLang?.to.map((t) => t.code)).toEqual(['06799', '06886', '06970']);
    expect(lineage.successors.get('06886')?.every((s) => s.partial)).toBe(true);
  });

  it.skipIf(!hasShared(MERGES))('equals Quảng Ninh in the full merge file', () => {
    const full = readShared(MERGES) as { data: { level1_id: string }[] };
    expect((quangNinh as typeof full).data).toEqual(full.data.filter((p) => p.level1_id === '22'));
  });
});

describe('lineageOfProvince: kinds and errors', () => {
  const file = {
    data: [
      {
        level1_id: '99',
        name: 'Thành phố Thử',
        merges: [{ old_id: '98', name: 'Tỉnh Cũ', type: 'full' }],
        level2s: [
          {
            level2_id: '00001',
            name: 'Phường A',
            merges: [{ old_id: '00001', name: 'Phường B', type: 'full' }],
          },
          { level2_id: '00002', name: 'Xã C', merges: [{ old_id: '00009', name: 'Xã D', type: 'partial' }] },
          { level2_id: '00003', name: 'Xã E', merges: [{ old_id: '00009', name: 'Xã D', type: 'partial' }] },
        ],
      },
    ],
  };

  it('tells renames, pieces of a split, and the split seen from the old unit', () => {
    const lineage = lineageOfProvince(file, '99');
    expect(lineage.records.map((r) => [r.kind, r.to.code, r.from.map((f) => f.code).join()])).toEqual([
      ['RENAMED', '99', '98'],
      ['RENAMED', '00001', '00001'],
      ['SPLIT', '00002', '00009'],
      ['SPLIT', '00003', '00009'],
    ]);
    expect(lineage.units[0]?.type).toBe('Thành phố Trung ương');
    expect(lineage.splits).toEqual([
      {
        kind: 'SPLIT',
        date: '2025-07-01',
        from: { code: '00009', name: 'Xã D' },
        to: [
          { code: '00002', name: 'Xã C' },
          { code: '00003', name: 'Xã E' },
        ],
      },
    ]);
  });

  it('names an unknown province code and a malformed entry', () => {
    expect(() => lineageOfProvince(quangNinh, '06')).toThrow(/"06".*22 \(Tỉnh Quảng Ninh\)/);
    const broken = structuredClone(file) as any;
    broken.data[0].level2s[1].merges[0].type = 'half';
    expect(() => lineageOfProvince(broken, '99')).toThrow(/data\.0\.level2s\.1\.merges\.0\.type/);
  });
});

describe.skipIf(!hasShared(MERGES))('the full 2025 merge file', () => {
  // describe.skipIf still collects its body: read only when the file is there.
  const json = (hasShared(MERGES) ? readShared(MERGES) : { data: [] }) as { data: { level1_id: string }[] };

  it('gives the new Thái Nguyên from Bắc Kạn and Thái Nguyên', () => {
    const lineage = lineageOfProvince(json, '19');
    expect(lineage.records[0]).toEqual({
      kind: 'MERGED',
      date: '2025-07-01',
      to: { code: '19', name: 'Tỉnh Thái Nguyên', type: 'Tỉnh', level: 1 },
      from: [
        { code: '06', name: 'Tỉnh Bắc Kạn', partial: false },
        { code: '19', name: 'Tỉnh Thái Nguyên', partial: false },
      ],
    });
    expect(lineage.units.filter((u) => u.level === 2)).toHaveLength(92);
    expect(lineage.records.filter((r) => r.kind === 'MERGED')).toHaveLength(1 + 90);
    expect(links(lineage.records.slice(1))).toBe(283 - 2);
    expect(lineage.splits.map((s) => s.from.code)).toEqual(['05461', '05467', '05932']);
  });

  it('is consistent: 34 provinces, 3,321 communes; partial old units have several successors, whole ones one', () => {
    const all = json.data.map((p) => lineageOfProvince(json, p.level1_id));
    expect(all).toHaveLength(34);
    expect(all.reduce((n, l) => n + l.units.length - 1, 0)).toBe(3321);
    for (const lineage of all) {
      for (const [code, successors] of lineage.successors) {
        const partial = successors.every((s) => s.partial);
        expect(partial ? successors.length > 1 : successors.length === 1, code).toBe(true);
      }
    }
  });
});
