/**
 * A small cohort with known points, written straight to the tables results are read from: four
 * communes under two districts, one criteria version (2 categories, 3 groups, 5 criteria), 2021
 * and 2022 published, plus results that must stay hidden (an APPROVED assessment in 2022, a
 * SUBMITTED one in the OPEN 2023). Points are hundredths; groups, categories and totals are sums.
 */
import type { AssessmentStatus, Db, NodeKind, Prisma } from '@chiso/db';
import type { ConditionOutcome } from '@chiso/scoring';
import { encodeGlobalID } from '@pothos/plugin-relay';

const NODES: Array<[code: string, kind: NodeKind, parent: string | null, max: number, name: string]> = [
  ['SS', 'CATEGORY', null, 1000, 'Sẵn sàng'],
  ['SS.A', 'GROUP', 'SS', 500, 'Hạ tầng'],
  ['SS.A.1', 'CRITERION', 'SS.A', 300, 'Máy tính'],
  ['SS.A.2', 'CRITERION', 'SS.A', 200, 'Mạng LAN'],
  ['SS.B', 'GROUP', 'SS', 500, 'Chính sách'],
  ['SS.B.1', 'CRITERION', 'SS.B', 500, 'Quy chế'],
  ['KQ', 'CATEGORY', null, 1000, 'Kết quả'],
  ['KQ.A', 'GROUP', 'KQ', 1000, 'Hiện diện'],
  ['KQ.A.1', 'CRITERION', 'KQ.A', 600, 'Cổng thông tin'],
  ['KQ.A.2', 'CRITERION', 'KQ.A', 400, 'Họp trực tuyến'],
];
const CRITERIA: readonly string[] = ['SS.A.1', 'SS.A.2', 'SS.B.1', 'KQ.A.1', 'KQ.A.2'];

const failed = (group: string, points: number, maxPoints: number): ConditionOutcome => ({
  condition: { kind: 'groupShare', group, minPercent: 50 },
  met: false,
  points,
  maxPoints,
});

export interface Sheet {
  unit: string;
  /** Criteria points in CRITERIA order; `notApplicable` criteria have maximum 0. */
  points: [number, number, number, number, number];
  notApplicable?: string[];
  levels: { SS: number | null; KQ: number | null };
  reasons?: { SS?: ConditionOutcome[]; KQ?: ConditionOutcome[] };
  /** As the method ranks: null unless ranked in every category. */
  rank: number | null;
  /** Null where the category is not ranked (its level is null). */
  ranks: { SS: number | null; KQ: number | null };
  status?: AssessmentStatus;
}

const SHEETS_2022: Sheet[] = [
  {
    unit: 'A',
    points: [300, 200, 500, 600, 400],
    levels: { SS: 2, KQ: 1 },
    rank: 1,
    ranks: { SS: 1, KQ: 1 },
  },
  {
    unit: 'B',
    points: [150, 0, 500, 300, 0],
    levels: { SS: 1, KQ: null },
    reasons: { KQ: [failed('KQ.A', 300, 1000)] },
    rank: null,
    ranks: { SS: 3, KQ: null },
  },
  {
    unit: 'C',
    points: [0, 0, 100, 600, 200],
    levels: { SS: null, KQ: 1 },
    reasons: { SS: [failed('SS.B', 100, 500)] },
    rank: null,
    ranks: { SS: null, KQ: 2 },
  },
  {
    unit: 'D',
    points: [300, 100, 300, 200, 0],
    notApplicable: ['KQ.A.2'],
    levels: { SS: 1, KQ: null },
    reasons: { KQ: [failed('KQ.A', 200, 600)] },
    rank: null,
    ranks: { SS: 2, KQ: null },
  },
];

const SHEETS_2021: Sheet[] = [
  {
    unit: 'A',
    points: [200, 200, 400, 600, 400],
    levels: { SS: 1, KQ: 1 },
    rank: 1,
    ranks: { SS: 1, KQ: 1 },
  },
  { unit: 'B', points: [200, 0, 400, 400, 0], levels: { SS: 1, KQ: 1 }, rank: 2, ranks: { SS: 2, KQ: 2 } },
  { unit: 'C', points: [0, 0, 100, 400, 0], levels: { SS: 1, KQ: 1 }, rank: 4, ranks: { SS: 4, KQ: 2 } },
  { unit: 'F', points: [100, 100, 200, 200, 0], levels: { SS: 1, KQ: 1 }, rank: 3, ranks: { SS: 3, KQ: 4 } },
];

/** What must never show: a near-perfect unit that is only APPROVED, and an OPEN period's work. */
const HIDDEN_2022: Sheet = {
  unit: 'E',
  points: [300, 200, 500, 600, 399],
  levels: { SS: 2, KQ: 1 },
  rank: 1,
  ranks: { SS: 1, KQ: 1 },
  status: 'APPROVED',
};

const PARENTS: Record<string, string> = { A: 'H1', B: 'H1', E: 'H1', C: 'H2', D: 'H2', F: 'H2' };
const TYPES: Record<string, string> = { A: 'Xã', B: 'Phường', C: 'Xã', D: 'Thị trấn', E: 'Xã', F: 'Xã' };

export interface Fixture {
  groupId: string;
  periods: { y2021: string; y2022: string; y2023: string };
  units: Record<string, string>;
  districts: Record<string, string>;
  /** Another group with `size` generated units in 2022, for statement counts. */
  large: (size: number) => Promise<string>;
}

export const gid = encodeGlobalID;

export async function createComparisonFixture(db: Db): Promise<Fixture> {
  const group = await db.unitGroup.create({ data: { code: 'G-X', name: 'Nhóm xã', nameEn: 'Communes' } });
  const districts: Record<string, string> = {};
  for (const code of ['H1', 'H2']) {
    const unit = await db.unit.create({
      data: unitData(code, `Huyện ${code}`, 'DISTRICT', 'Huyện', null, null),
    });
    districts[code] = unit.id;
  }
  const units: Record<string, string> = {};
  for (const code of ['A', 'B', 'C', 'D', 'E', 'F']) {
    const parent = districts[PARENTS[code] as string] as string;
    const unit = await db.unit.create({
      data: unitData(code, `Xã ${code}`, 'COMMUNE', TYPES[code] as string, parent, group.id),
    });
    units[code] = unit.id;
  }
  const version = await createMiniVersion(db);
  const period = (year: number, status: 'PUBLISHED' | 'OPEN') =>
    assignedPeriod(db, { code: `P${year}`, year, status, unitGroupId: group.id, versionId: version.id });
  const periods = {
    y2021: await period(2021, 'PUBLISHED'),
    y2022: await period(2022, 'PUBLISHED'),
    y2023: await period(2023, 'OPEN'),
  };
  const write = (periodId: string, groupId: string, sheets: Sheet[], unitIds: Record<string, string>) =>
    writeSheets(db, { periodId, groupId, versionId: version.id, sheets, unitIds });
  await write(periods.y2021, group.id, SHEETS_2021, units);
  await write(periods.y2022, group.id, [...SHEETS_2022, HIDDEN_2022], units);
  await write(periods.y2023, group.id, [{ ...HIDDEN_2022, unit: 'A', status: 'SUBMITTED' }], units);
  return {
    groupId: group.id,
    periods,
    units,
    districts,
    large: async (size) => {
      const big = await db.unitGroup.create({ data: { code: `G-L${size}`, name: 'Lớn', nameEn: 'Large' } });
      await db.periodAssignment.create({
        data: { periodId: periods.y2022, unitGroupId: big.id, versionId: version.id },
      });
      const ids: Record<string, string> = {};
      const sheets: Sheet[] = [];
      for (let i = 0; i < size; i++) {
        const code = `L${size}-${i}`;
        const unit = await db.unit.create({
          data: unitData(code, `Xã ${code}`, 'COMMUNE', 'Xã', districts.H1 as string, big.id),
        });
        ids[code] = unit.id;
        sheets.push({
          unit: code,
          points: [(i * 7) % 300, (i * 3) % 200, (i * 11) % 500, (i * 13) % 600, (i * 5) % 400],
          levels: { SS: 1, KQ: null },
          reasons: { KQ: [failed('KQ.A', 0, 1000)] },
          rank: null,
          ranks: { SS: i + 1, KQ: null },
        });
      }
      await write(periods.y2022, big.id, sheets, ids);
      return big.id;
    },
  };
}

/** A year's period (published unless said otherwise) with one criteria version assigned to a group. */
export async function assignedPeriod(
  db: Db,
  input: {
    code: string;
    year: number;
    unitGroupId: string;
    versionId: string;
    status?: 'PUBLISHED' | 'OPEN';
  },
): Promise<string> {
  const { code, year, unitGroupId, versionId, status = 'PUBLISHED' } = input;
  const period = await db.period.create({
    data: {
      code,
      name: `Năm ${year}`,
      kind: 'YEAR',
      startsOn: new Date(`${year}-01-01`),
      endsOn: new Date(`${year}-12-31`),
      status,
    },
  });
  await db.periodAssignment.create({ data: { periodId: period.id, unitGroupId, versionId } });
  return period.id;
}

/** The 'mini' criteria set: 2 categories, 3 groups, 5 criteria, 20 points (NODES). */
export async function createMiniVersion(db: Db) {
  const set = await db.criteriaSet.create({
    data: { code: 'mini', name: 'Bộ nhỏ', nameEn: 'Mini set', unitLevel: 'commune' },
  });
  const version = await db.criteriaVersion.create({
    data: {
      setId: set.id,
      version: '1',
      status: 'PUBLISHED',
      document: {},
      maxPoints: 2000,
      criteriaCount: 5,
    },
  });
  await db.criteriaNode.createMany({
    data: NODES.map(([code, kind, parent, maxPoints, name], position) => ({
      versionId: version.id,
      code,
      kind,
      path: pathOf(code),
      parentCode: parent,
      position,
      name,
      nameEn: `${name} (en)`,
      maxPoints,
      ruleKind: kind === 'CRITERION' ? 'yesNo' : null,
    })),
  });
  return version;
}

/** Writes each sheet as an assessment (PUBLISHED unless it says otherwise) with its result rows. */
export async function writeSheets(
  db: Db,
  input: {
    periodId: string;
    groupId: string;
    versionId: string;
    sheets: Sheet[];
    unitIds: Record<string, string>;
  },
) {
  for (const sheet of input.sheets) {
    const assessment = await db.assessment.create({
      data: {
        periodId: input.periodId,
        unitId: input.unitIds[sheet.unit] as string,
        versionId: input.versionId,
        unitGroupId: input.groupId,
        status: sheet.status ?? 'PUBLISHED',
      },
    });
    const rows = resultRows(sheet);
    const total = rows.find((row) => row.nodeCode === 'TOTAL') as (typeof rows)[number];
    await db.assessmentResult.create({
      data: {
        assessmentId: assessment.id,
        versionId: input.versionId,
        points: total.points,
        maxPoints: total.maxPoints,
        index: (total.points / total.maxPoints).toFixed(4),
        rank: sheet.rank,
      },
    });
    await db.resultNode.createMany({
      data: rows
        .filter((row) => row.nodeCode !== 'TOTAL')
        .map((row) => ({ ...row, assessmentId: assessment.id })),
    });
  }
}

function pathOf(code: string): string {
  const parts = code.split('.');
  return parts.map((_part, index) => parts.slice(0, index + 1).join('.')).join('/');
}

function unitData(
  code: string,
  name: string,
  kind: 'COMMUNE' | 'DISTRICT',
  type: string,
  parentId: string | null,
  groupId: string | null,
): Prisma.UnitUncheckedCreateInput {
  return {
    code,
    name,
    searchName: name.toLowerCase(),
    kind,
    type,
    parentId,
    groupId,
    validFrom: new Date('2020-01-01'),
  };
}

interface Row {
  nodeCode: string;
  kind: NodeKind;
  points: number;
  maxPoints: number;
  level: number | null;
  notRankedReason?: Prisma.InputJsonValue;
  rank: number | null;
}

function resultRows(sheet: Sheet): Row[] {
  const criteria = new Map(
    CRITERIA.map((code, index) => {
      const max = sheet.notApplicable?.includes(code) ? 0 : (NODES.find((n) => n[0] === code)?.[3] as number);
      return [code, { points: sheet.points[index] as number, maxPoints: max }];
    }),
  );
  const sum = (prefix: string) => {
    const inside = [...criteria.entries()].filter(([code]) => code.startsWith(`${prefix}.`) || prefix === '');
    return {
      points: inside.reduce((total, [, value]) => total + value.points, 0),
      maxPoints: inside.reduce((total, [, value]) => total + value.maxPoints, 0),
    };
  };
  const rows: Row[] = [];
  for (const [code, kind] of NODES) {
    const value =
      kind === 'CRITERION' ? (criteria.get(code) as { points: number; maxPoints: number }) : sum(code);
    const category = kind === 'CATEGORY' ? (code as 'SS' | 'KQ') : null;
    const reasons = category ? sheet.reasons?.[category] : undefined;
    rows.push({
      nodeCode: code,
      kind,
      ...value,
      level: category ? sheet.levels[category] : null,
      ...(reasons ? { notRankedReason: JSON.parse(JSON.stringify(reasons)) } : {}),
      rank: category ? sheet.ranks[category] : null,
    });
  }
  rows.push({ nodeCode: 'TOTAL', kind: 'CATEGORY', ...sum(''), level: null, rank: null });
  return rows;
}
