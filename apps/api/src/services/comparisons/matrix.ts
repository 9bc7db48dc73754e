import type { NodeKind } from '@chiso/db';
import type { LocalizedText, NotRankedReason } from '@chiso/scoring';
import { ratio } from '@chiso/scoring';
import { provinceOf } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { type Cohort, type Column, loadCohort, type UnitView } from './cohort.ts';
import { derived } from './derived.ts';

/** One unit's value on one node; null in `cells` = missing (no result for that node). */
export interface Cell {
  /** Hundredths. */
  points: number;
  /** The applicable maximum; 0 = the node does not apply to the unit. */
  maxPoints: number;
}

export interface MatrixRow {
  unit: UnitView;
  /** By total; null when not ranked in every category (`notRanked` says why). */
  rank: number | null;
  notRanked: NotRankedReason[];
  /** Total, hundredths. */
  points: number;
  maxPoints: number;
  /** Aligned with the matrix's columns. */
  cells: Array<Cell | null>;
  /** The level (Mức) reached in each of `levelCategories`; null when not ranked there. */
  levels: Array<number | null>;
}

/** Units × nodes: the shape the API, CSV and XLSX exports share. */
export interface Matrix {
  periodCode: string | null;
  periodName: string | null;
  nodeKind: NodeKind;
  columns: Column[];
  /** The categories ranked into levels in this cohort: downloads carry each unit's level there. */
  levelCategories: Column[];
  rows: MatrixRow[];
  /** Names categories and groups (what not-ranked reasons refer to). */
  nodeName: (code: string) => LocalizedText | undefined;
}

export interface MatrixInput {
  periodId: string;
  unitGroupId: string;
  nodeKind: NodeKind;
  nodeCodes?: readonly string[] | null | undefined;
  setCode?: string | null | undefined;
}

/** Units × criteria (or groups, categories) of a published period: one SQL statement for any size. */
export async function comparisonMatrix(context: Context, input: MatrixInput): Promise<Matrix> {
  const cohort = await loadCohort(context.db, {
    provinceId: provinceOf(context.viewer),
    periodId: input.periodId,
    unitGroupId: input.unitGroupId,
    setCode: input.setCode,
    nodeKinds: [input.nodeKind],
    nodeCodes: input.nodeCodes,
  });
  // Kept with the cohort: its rows' cells are written once (decimal-list.ts).
  return derived([cohort], JSON.stringify([input.nodeKind, input.nodeCodes ?? null]), async () =>
    matrixOf(cohort, input),
  );
}

function matrixOf(cohort: Cohort, input: MatrixInput): Matrix {
  const wanted = input.nodeCodes ? new Set(input.nodeCodes) : null;
  const columns = cohort.columns.filter(
    (column) => column.kind === input.nodeKind && (!wanted || wanted.has(column.code)),
  );
  const levelCategories = cohort.columns.filter(
    (column) =>
      column.kind === 'CATEGORY' &&
      cohort.members.some((member) => member.nodes.get(column.code)?.level != null),
  );
  return {
    periodCode: cohort.period?.code ?? null,
    periodName: cohort.period?.name ?? null,
    nodeKind: input.nodeKind,
    columns,
    levelCategories,
    rows: cohort.members.map((member) => ({
      unit: member.unit,
      rank: member.rank,
      notRanked: member.notRanked,
      points: member.points,
      maxPoints: member.maxPoints,
      cells: columns.map((column) => {
        const node = member.nodes.get(column.code);
        return node ? { points: node.points, maxPoints: node.maxPoints } : null;
      }),
      levels: levelCategories.map((category) => member.nodes.get(category.code)?.level ?? null),
    })),
    nodeName: cohort.groupName,
  };
}

/** points ÷ applicable maximum, 4 decimals; null when missing or not applicable. */
export const cellShare = (cell: Cell | null) =>
  cell && cell.maxPoints > 0 ? ratio(cell.points, cell.maxPoints) : null;
