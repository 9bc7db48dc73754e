import {
  bandOf,
  checkBands,
  EGDI_BANDS,
  type IndexBand,
  minMax,
  moments,
  problem,
  ratio,
  zScores,
} from '@chiso/scoring';
import { provinceOf } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { issueAt, notFound, validationFailed } from '../../errors.ts';
import { type Column, loadCohort, type UnitView } from './cohort.ts';

export interface NormalisedUnit {
  unit: UnitView;
  rank: number | null;
  points: number;
  maxPoints: number;
  /** points ÷ applicable maximum, 4 decimals: the value normalised. */
  index: number;
  minMax: number | null;
  zScore: number | null;
  band: string | null;
}

export interface NormalisedCohort {
  /** null = the total. */
  node: Column | null;
  mean: number | null;
  standardDeviation: number | null;
  bands: Array<IndexBand & { units: number }>;
  units: NormalisedUnit[];
}

/**
 * A cohort's index values (a node's, or the total's) as min-max and z-score views, each unit in a
 * band (UN EGDI's by default). Units where the node does not apply are left out.
 */
export async function normalisedCohort(
  context: Context,
  input: {
    periodId: string;
    unitGroupId: string;
    setCode?: string | null | undefined;
    nodeCode?: string | null | undefined;
    bands?: readonly IndexBand[] | null | undefined;
  },
): Promise<NormalisedCohort> {
  let bands: IndexBand[];
  try {
    bands = checkBands(input.bands ?? EGDI_BANDS);
  } catch (error) {
    throw validationFailed([
      issueAt('bands', problem('BANDS_INVALID', { detail: (error as Error).message })),
    ]);
  }
  const cohort = await loadCohort(context.db, {
    provinceId: provinceOf(context.viewer),
    periodId: input.periodId,
    unitGroupId: input.unitGroupId,
    setCode: input.setCode,
    nodeCodes: input.nodeCode ? [input.nodeCode] : [],
  });
  const node = input.nodeCode ? (cohort.columns.find((c) => c.code === input.nodeCode) ?? null) : null;
  if (input.nodeCode && !node && cohort.members.length > 0) {
    throw notFound({ vi: `tiêu chí ${input.nodeCode}`, en: `node ${input.nodeCode}` });
  }
  const rows = cohort.members.flatMap((member) => {
    const value = node ? member.nodes.get(node.code) : member;
    if (!value || value.maxPoints === 0) return [];
    return [
      {
        unit: member.unit,
        rank: node ? (member.nodes.get(node.code)?.rank ?? null) : member.rank,
        points: value.points,
        maxPoints: value.maxPoints,
        index: ratio(value.points, value.maxPoints),
      },
    ];
  });
  const indices = rows.map((row) => row.index);
  const [scaled, scores] = [minMax(indices), zScores(indices)];
  const units = rows.map((row, i) => ({
    ...row,
    minMax: scaled[i] ?? null,
    zScore: scores[i] ?? null,
    band: bandOf(row.points, row.maxPoints, bands),
  }));
  return {
    node,
    ...moments(indices),
    bands: bands.map((band) => ({ ...band, units: units.filter((u) => u.band === band.code).length })),
    units: units.sort((a, b) => b.index - a.index || (a.unit.code < b.unit.code ? -1 : 1)),
  };
}
