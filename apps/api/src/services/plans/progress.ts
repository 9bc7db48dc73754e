import type { Tx } from '@chiso/db';
import { inputFigure, type LocalizedText, type ScoredNode, scoredNodesByCode } from '@chiso/scoring';
import { criteriaOf } from '../assessments/criteria.ts';
import { pointsByCode, scoreEntries } from '../assessments/score.ts';
import { dayOf } from '../periods/dates.ts';
import { todayInVietnam } from '../periods/deadlines.ts';
import { type PlanSet, planSets, pointKey } from './sets.ts';

/** Where one target stands in the plan's period. */
type TargetStatus = 'MET' | 'IN_PROGRESS' | 'NOT_STARTED' | 'OVERDUE' | 'NOT_ASSESSED';

export interface TargetProgress {
  id: string;
  set: PlanSet;
  nodeCode: string;
  path: string;
  name: LocalizedText;
  number: number | undefined;
  maxPoints: number;
  categoryCode: string;
  basePoints: number;
  targetPoints: number;
  targetValue: number | null;
  /** Points now in the plan's period (published, or scored from the entries saved so far); null before any. */
  currentPoints: number | null;
  /** The figure entered now: a number, or a ratio as a percentage. */
  currentValue: number | null;
  owner: string;
  dueOn: string | null;
  note: string | null;
  status: TargetStatus;
}

/** Planned and achieved gain (hundredths) in one category of one set: Vân Đồn's "+4 / +22 / +9". */
export interface PlanGain {
  set: PlanSet;
  categoryCode: string;
  categoryName: LocalizedText;
  planned: number;
  achieved: number;
}

export interface PlanProgress {
  targets: TargetProgress[];
  gains: PlanGain[];
  planned: number;
  achieved: number;
  met: number;
  overdue: number;
  /** No target is past its due date unmet. */
  onTrack: boolean;
}

interface PlanRow {
  id: string;
  unitId: string;
  targetPeriodId: string;
}

/**
 * Each target's points now, from the plan period's published result or, while the period is open,
 * from scoring the entries saved so far (reviewers' adjustments included) — so progress moves as
 * the unit saves. Gains are summed per set and category.
 */
export async function planProgress(tx: Tx, plan: PlanRow): Promise<PlanProgress> {
  const [sets, targets, current] = await Promise.all([
    planSets(tx, plan.unitId, plan.targetPeriodId),
    tx.planTarget.findMany({ where: { planId: plan.id }, orderBy: { position: 'asc' } }),
    currentStanding(tx, plan.unitId, plan.targetPeriodId),
  ]);
  const today = todayInVietnam();
  const progress = targets.flatMap((target): TargetProgress[] => {
    const set = sets.find((candidate) => candidate.setId === target.setId);
    const node = set && scoredNodesByCode(set.criteria).get(target.nodeCode);
    if (!set || !node) return [];
    const key = pointKey(set.setId, node.code);
    const currentPoints = current.points.get(key) ?? null;
    const dueOn = target.dueOn ? dayOf(target.dueOn) : null;
    return [
      {
        id: target.id,
        set,
        nodeCode: node.code,
        path: node.path,
        name: node.name,
        number: numberOf(node),
        maxPoints: node.max,
        categoryCode: node.path.split('/')[0] as string,
        basePoints: target.basePoints,
        targetPoints: target.targetPoints,
        targetValue: target.targetValue === null ? null : Number(target.targetValue),
        currentPoints,
        currentValue: inputFigure(current.inputs.get(key)),
        owner: target.owner,
        dueOn,
        note: target.note,
        status: statusOf(target, currentPoints, dueOn, today),
      },
    ];
  });
  const gains = gainsOf(progress);
  const overdue = progress.filter((target) => target.status === 'OVERDUE').length;
  return {
    targets: progress,
    gains,
    planned: sum(gains.map((gain) => gain.planned)),
    achieved: sum(gains.map((gain) => gain.achieved)),
    met: progress.filter((target) => target.status === 'MET').length,
    overdue,
    onTrack: overdue === 0,
  };
}

function statusOf(
  target: { basePoints: number; targetPoints: number },
  current: number | null,
  dueOn: string | null,
  today: string,
): TargetStatus {
  if (current === null) return 'NOT_ASSESSED';
  if (current >= target.targetPoints) return 'MET';
  if (dueOn !== null && dueOn < today) return 'OVERDUE';
  return current > target.basePoints ? 'IN_PROGRESS' : 'NOT_STARTED';
}

function gainsOf(targets: readonly TargetProgress[]): PlanGain[] {
  const gains = new Map<string, PlanGain>();
  for (const target of targets) {
    const key = pointKey(target.set.setId, target.categoryCode);
    let gain = gains.get(key);
    if (!gain) {
      const category = target.set.criteria.categories.find((node) => node.code === target.categoryCode);
      gain = {
        set: target.set,
        categoryCode: target.categoryCode,
        categoryName: category?.name ?? { vi: target.categoryCode, en: target.categoryCode },
        planned: 0,
        achieved: 0,
      };
      gains.set(key, gain);
    }
    gain.planned += target.targetPoints - target.basePoints;
    // A target counts what was gained towards it, not more than planned and not a fall below the base.
    const reached = Math.min(target.currentPoints ?? target.basePoints, target.targetPoints);
    gain.achieved += Math.max(0, reached - target.basePoints);
  }
  return [...gains.values()];
}

/** `setId:code` → points and inputs of the unit's assessments in the period. */
async function currentStanding(tx: Tx, unitId: string, periodId: string) {
  const assessments = await tx.assessment.findMany({
    where: { unitId, periodId },
    select: {
      status: true,
      version: { select: { id: true, revision: true, document: true, setId: true } },
      entries: { select: { nodeCode: true, input: true, reviewedPoints: true } },
      resultNodes: { select: { nodeCode: true, points: true } },
    },
  });
  const points = new Map<string, number>();
  const inputs = new Map<string, unknown>();
  for (const assessment of assessments) {
    const setId = assessment.version.setId;
    const scored =
      assessment.status === 'PUBLISHED'
        ? new Map(assessment.resultNodes.map((node) => [node.nodeCode, node.points]))
        : pointsByCode(scoreEntries(criteriaOf(assessment.version), assessment.entries, { reviewed: true }));
    for (const [code, value] of scored) points.set(pointKey(setId, code), value);
    for (const entry of assessment.entries) inputs.set(pointKey(setId, entry.nodeCode), entry.input);
  }
  return { points, inputs };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** A criterion's number as the set prints it (indicators have none). */
export const numberOf = (node: ScoredNode): number | undefined =>
  'number' in node.node ? node.node.number : undefined;
