import { type CompiledNode, type CompiledSet, compileSet } from './compile.ts';
import { type Hundredths, ratio, reachesFraction } from './decimal.ts';
import { evaluateLevels } from './levels.ts';
import type { CriteriaSet } from './model/index.ts';
import {
  type CategoryStandingFacts,
  categoryNotRanked,
  externalReasons,
  type NotRankedReason,
  unitNotRanked,
} from './not-ranked.ts';
import type { Finding, NodeResult, UnitResult } from './result.ts';
import { evaluateRule, usesCohortBest } from './rules/index.ts';
import type { Inputs } from './rules/outcome.ts';

export interface ScoreOptions {
  /** The unit's kind ("ward", "district", …): nodes limited to other kinds do not count. */
  unitKind?: string;
  /** Best value per share-of-best criterion code in the cohort (`scoreCohort` computes it). */
  cohortBest?: Readonly<Record<string, number>>;
  /**
   * Points a reviewer set for scored nodes, in hundredths, replacing what the inputs give
   * (held within [0, max]); the node keeps its input and is marked `overridden`.
   */
  overrides?: Readonly<Record<string, number>>;
  /**
   * Reasons from outside the scoring why the unit is not ranked (e.g. it did not submit): it then
   * has no rank in any category nor overall, whatever its points.
   */
  notRanked?: readonly NotRankedReason[];
}

/**
 * Scores one unit. Each scored node is rounded once, half-up to 0.01 point, by its rule; every total
 * above is an exact sum of integer hundredths (weights, if any, round half-up per node).
 */
export function score(set: CriteriaSet, inputs: Inputs, options: ScoreOptions = {}): UnitResult {
  const compiled = compileSet(set);
  const findings: Finding[] = [];
  const missing: string[] = [];
  const scoreNode = (node: CompiledNode): NodeResult => {
    const applicable = !node.appliesTo || !options.unitKind || node.appliesTo.has(options.unitKind);
    const result: NodeResult = {
      code: node.code,
      kind: node.kind,
      path: node.path,
      name: node.name,
      points: 0,
      maxPoints: applicable ? node.max : 0,
      applicable,
      children: [],
    };
    if (node.number !== undefined) result.number = node.number;
    if (node.rule) {
      const value = inputs[node.code];
      result.input = value ?? null;
      if (!applicable) return result;
      if (value === undefined || value === null) {
        result.finding = { code: 'MISSING', path: node.path };
        missing.push(node.path);
      } else {
        const outcome = evaluateRule(node.rule, value, {
          max: node.max,
          best: options.cohortBest?.[node.code],
        });
        result.points = outcome.points;
        if (outcome.finding) {
          result.finding = { code: outcome.finding, path: node.path };
          if (outcome.problem) result.finding.problem = outcome.problem;
        }
      }
      const override = options.overrides?.[node.code];
      if (override !== undefined) {
        result.points = Math.min(Math.max(0, Math.round(override)), node.max);
        result.overridden = true;
      }
      if (result.finding) findings.push(result.finding);
      return result;
    }
    let points = 0;
    let max = 0;
    for (const child of node.children) {
      const childResult = scoreNode(child);
      result.children.push(childResult);
      points += weigh(childResult.points, child.weight);
      max += weigh(childResult.maxPoints, child.weight);
    }
    result.points = applicable ? points : 0;
    result.maxPoints = applicable ? max : 0;
    if (node.levels && node.levels.length > 0) result.level = evaluateLevels(node.levels, result);
    return result;
  };
  const categories = compiled.roots.map(scoreNode);
  const external = externalReasons(options.notRanked);
  for (const category of categories) {
    const reasons = categoryNotRanked(standingFacts(category), external);
    if (reasons.length > 0) category.notRanked = reasons;
  }
  const notRanked = unitNotRanked(categories.map(standingFacts), external);
  return summarise(compiled, categories, findings, missing, notRanked);
}

const standingFacts = (category: NodeResult): CategoryStandingFacts => ({
  code: category.code,
  level: category.level?.level,
  conditions: category.level?.reasons ?? null,
});

function weigh(points: number, weight: number): number {
  return weight === 1 ? points : Math.round(points * weight);
}

function summarise(
  compiled: CompiledSet,
  categories: NodeResult[],
  findings: Finding[],
  missing: string[],
  notRanked: NotRankedReason[],
): UnitResult {
  let points = 0;
  let maxPoints = 0;
  compiled.roots.forEach((root, index) => {
    const category = categories[index] as NodeResult;
    points += weigh(category.points, root.weight);
    maxPoints += weigh(category.maxPoints, root.weight);
  });
  const index = ratio(points, maxPoints);
  const result: UnitResult = {
    setCode: compiled.set.code,
    version: compiled.set.version,
    points,
    maxPoints,
    index,
    categories,
    findings,
    missing,
    notRanked,
  };
  const band = bandOf(compiled.set, points, maxPoints);
  if (band) result.band = band;
  return result;
}

/** The highest band whose lower bound the exact share reaches (749,99/1.000 is below 0,75). */
function bandOf(set: CriteriaSet, points: Hundredths, maxPoints: Hundredths): string | undefined {
  let reached: { code: string; min: number } | undefined;
  for (const band of set.bands ?? []) {
    const reaches = maxPoints === 0 ? band.min === 0 : reachesFraction(points, maxPoints, band.min);
    if (reaches && (!reached || band.min > reached.min)) reached = band;
  }
  return reached?.code;
}

export interface CohortMember {
  unitId: string;
  inputs: Inputs;
  unitKind?: string;
  /** Reviewer-set points for this member, as in `ScoreOptions.overrides`. */
  overrides?: Readonly<Record<string, number>>;
  /** Reasons from outside the scoring why this member is not ranked, as in `ScoreOptions.notRanked`. */
  notRanked?: readonly NotRankedReason[];
}

/**
 * Scores a whole cohort: share-of-best criteria first need the best value reported by a member the
 * criterion applies to (invalid and missing values, and members of other kinds, do not count).
 */
export function scoreCohort(
  set: CriteriaSet,
  members: readonly CohortMember[],
): Array<UnitResult & { unitId: string }> {
  const cohortBest = bestValues(compileSet(set), members);
  return members.map(({ unitId, inputs, unitKind, overrides, notRanked }) => ({
    unitId,
    ...score(set, inputs, {
      cohortBest,
      ...(unitKind === undefined ? {} : { unitKind }),
      ...(overrides === undefined ? {} : { overrides }),
      ...(notRanked === undefined ? {} : { notRanked }),
    }),
  }));
}

function bestValues(compiled: CompiledSet, members: readonly CohortMember[]): Record<string, number> {
  const best: Record<string, number> = {};
  const visit = (node: CompiledNode, limits: ReadonlyArray<ReadonlySet<string>>) => {
    const within = node.appliesTo ? [...limits, node.appliesTo] : limits;
    for (const child of node.children) visit(child, within);
    if (!node.rule || !usesCohortBest(node.rule)) return;
    let highest = 0;
    for (const member of members) {
      // As in `score`: a node (or an ancestor) limited to other kinds counts nothing for this member.
      const kind = member.unitKind;
      if (kind !== undefined && within.some((kinds) => !kinds.has(kind))) continue;
      const value = member.inputs[node.code];
      if (typeof value === 'number' && Number.isFinite(value) && value > highest) highest = value;
    }
    best[node.code] = highest;
  };
  for (const root of compiled.roots) visit(root, []);
  return best;
}
