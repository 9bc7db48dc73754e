import { describe, expect, it } from 'vitest';
import { type CatalogueUnit, unitsFromAgencies, unitsFromCatalogue } from './catalogue.ts';
import { hasShared, readSeed, readShared } from './test-data.ts';

const extract = readSeed('quang-ninh-2022.json');
const FULL_2022 = '2022-10-01.json';

const count = (units: CatalogueUnit[], kind: CatalogueUnit['kind']) =>
  units.filter((u) => u.kind === kind).length;

function expectWellFormedTree(units: CatalogueUnit[]) {
  const seen = new Set<string>();
  for (const unit of units) {
    expect(seen.has(unit.code), `duplicate code ${unit.code}`).toBe(false);
    // Parents come first, so a parent must already have been seen.
    if (unit.parentCode !== null) expect(seen.has(unit.parentCode), `parent of ${unit.code}`).toBe(true);
    seen.add(unit.code);
  }
}

describe('unitsFromCatalogue: the Quảng Ninh 2022 extract', () => {
  const units = unitsFromCatalogue(extract, '22');

  it('has the province, 13 districts and 177 communes (268/KH-UBND: 13 + 177)', () => {
    expect(units).toHaveLength(1 + 13 + 177);
    expect([count(units, 'PROVINCE'), count(units, 'DISTRICT'), count(units, 'COMMUNE')]).toEqual([
      1, 13, 177,
    ]);
  });

  it('has unique codes, and every parent exists before its children', () => {
    expectWellFormedTree(units);
    expect(units[0]).toEqual({
      code: '22',
      name: 'Tỉnh Quảng Ninh',
      type: 'Tỉnh',
      kind: 'PROVINCE',
      parentCode: null,
      searchName: 'tinh quang ninh',
    });
  });

  it('keeps official types and links communes to their district', () => {
    expect(units.find((u) => u.code === '206')).toMatchObject({ name: 'Thị xã Quảng Yên', type: 'Thị xã' });
    expect(units.find((u) => u.code === '06994')).toMatchObject({
      name: 'Thị trấn Cái Rồng',
      type: 'Thị trấn',
      kind: 'COMMUNE',
      parentCode: '203',
      searchName: 'thi tran cai rong',
    });
  });

  it.skipIf(!hasShared(FULL_2022))('equals Quảng Ninh in the full 2022 catalogue', () => {
    const full = readShared(FULL_2022) as { data_date: string; data: { level1_id: string }[] };
    const extractJson = extract as typeof full;
    expect(extractJson.data_date).toBe(full.data_date);
    expect(extractJson.data).toEqual(full.data.filter((p) => p.level1_id === '22'));
    expect(unitsFromCatalogue(full, '22')).toEqual(units);
  });

  it.skipIf(!hasShared(FULL_2022))(
    'has a Bắc Kạn extract equal to Bắc Kạn in the full 2022 catalogue',
    () => {
      const full = readShared(FULL_2022) as { data_date: string; data: Array<{ level1_id: string }> };
      const bacKan = readSeed('bac-kan-2022.json') as typeof full;
      expect(bacKan.data_date).toBe(full.data_date);
      expect(bacKan.data).toEqual(full.data.filter((p) => p.level1_id === '06'));
    },
  );

  it.skipIf(!hasShared(FULL_2022))(
    'has a Đà Nẵng and Bạc Liêu extract equal to them in the full 2022 catalogue',
    () => {
      const full = readShared(FULL_2022) as { data_date: string; data: Array<{ level1_id: string }> };
      const two = readSeed('da-nang-bac-lieu-2022.json') as typeof full;
      expect(two.data_date).toBe(full.data_date);
      expect(two.data).toEqual(full.data.filter((p) => p.level1_id === '48' || p.level1_id === '95'));
    },
  );

  it.skipIf(!hasShared('2025-03-01.json'))(
    'has a Quảng Ninh 2025-03-01 extract equal to Quảng Ninh in the full catalogue',
    () => {
      const full = readShared('2025-03-01.json') as { data_date: string; data: Array<{ level1_id: string }> };
      const march = readSeed('quang-ninh-2025-03-01.json') as typeof full;
      expect(march.data_date).toBe('01/03/2025');
      expect(march.data).toEqual(full.data.filter((p) => p.level1_id === '22'));
    },
  );
});

describe('unitsFromCatalogue: errors and names', () => {
  it('names an unknown province code and the codes that exist', () => {
    expect(() => unitsFromCatalogue(extract, '99')).toThrow(/"99".*22 \(Tỉnh Quảng Ninh\)/);
  });

  it('names the path of a malformed entry', () => {
    const broken = structuredClone(extract) as any;
    broken.data[0].level2s[2].level3s[4].type = 'Làng';
    delete broken.data[0].level2s[5].name;
    expect(() => unitsFromCatalogue(broken, '22')).toThrow(/data\.0\.level2s\.2\.level3s\.4\.type/);
    expect(() => unitsFromCatalogue(broken, '22')).toThrow(/data\.0\.level2s\.5\.name/);
    expect(() => unitsFromCatalogue('not json', '22')).toThrow(/Invalid unit catalogue/);
  });

  it('keeps the official spelling but tidies whitespace', () => {
    const catalogue = {
      data_date: '01/10/2022',
      data: [
        {
          level1_id: '06',
          name: 'Tỉnh Bắc Kạn ',
          type: 'Tỉnh',
          level2s: [
            {
              level2_id: '058',
              name: 'Thành Phố Bắc Kạn',
              type: 'Thành phố',
              level3s: [{ level3_id: '01834', name: 'Xã  Dương   Quang', type: 'Xã' }],
            },
          ],
        },
      ],
    };
    expect(unitsFromCatalogue(catalogue, '06').map((u) => [u.name, u.searchName])).toEqual([
      ['Tỉnh Bắc Kạn', 'tinh bac kan'],
      ['Thành Phố Bắc Kạn', 'thanh pho bac kan'],
      ['Xã Dương Quang', 'xa duong quang'],
    ]);
  });
});

describe.skipIf(!hasShared(FULL_2022))('the full dated snapshots', () => {
  it.each([
    ['2020-06-01.json', 63, 707, 10614],
    ['2022-10-01.json', 63, 705, 10599],
    ['2025-03-01.json', 63, 696, 10047],
  ])('%s parses with the counts of the data README', (file, provinces, districts, communes) => {
    const json = readShared(file) as { data: { level1_id: string }[] };
    const units = json.data.flatMap((p) => unitsFromCatalogue(json, p.level1_id));
    expectWellFormedTree(units);
    expect([count(units, 'PROVINCE'), count(units, 'DISTRICT'), count(units, 'COMMUNE')]).toEqual([
      provinces,
      districts,
      communes,
    ]);
  });

  it('has Bắc Kạn with its 8 districts in 2022 (the 2020 report names five of them)', () => {
    const districts = unitsFromCatalogue(readShared(FULL_2022), '06').filter((u) => u.kind === 'DISTRICT');
    expect(districts).toHaveLength(8);
    const names = districts.map((d) => d.searchName);
    for (const name of ['ba be', 'cho don', 'pac nam', 'na ri', 'thanh pho bac kan']) {
      expect(names.some((n) => n.endsWith(name))).toBe(true);
    }
  });
});

describe('unitsFromAgencies', () => {
  const agencies = readSeed('quang-ninh-agencies.json');
  const units = unitsFromAgencies(agencies, '22');

  it('gives the 35 group-1 units of 268/KH-UBND under the province', () => {
    expect(units).toHaveLength(35);
    expect(new Set(units.map((u) => u.code)).size).toBe(35);
    expect(units.every((u) => u.kind === 'PROVINCIAL_AGENCY' && u.parentCode === '22')).toBe(true);
    // "Văn phòng UBND tỉnh; Trung tâm Phục vụ hành chính công tỉnh; 17 sở; 12 ban, ngành; 04 Trường".
    expect(units.filter((u) => u.type === 'Sở')).toHaveLength(17);
    expect(units.filter((u) => u.type === 'Trường')).toHaveLength(4);
    expect(units.find((u) => u.code === '22-STTTT')).toMatchObject({
      name: 'Sở Thông tin và Truyền thông',
      nameEn: 'Department of Information and Communications',
      searchName: 'so thong tin va truyen thong',
    });
  });

  it('refuses another province, a duplicated code or a bad type', () => {
    expect(() => unitsFromAgencies(agencies, '06')).toThrow(/province "22", not "06"/);
    const dup = structuredClone(agencies) as any;
    dup.agencies[3].code = dup.agencies[2].code;
    expect(() => unitsFromAgencies(dup, '22')).toThrow(/agencies\.3\.code/);
    const bad = structuredClone(agencies) as any;
    bad.agencies[1].type = 'Cục';
    expect(() => unitsFromAgencies(bad, '22')).toThrow(/agencies\.1\.type/);
  });
});
