import { type CompiledNode, compileSet } from '../compile.ts';
import { type Hundredths, reachesPercent, toHundredths } from '../decimal.ts';
import type { CriteriaSet, LevelCondition, LevelRule } from '../model/index.ts';
import type { LocalizedText } from '../model/text.ts';
import type { NodeResult, UnitResult } from '../result.ts';
import type { InputValue } from '../rules/outcome.ts';
import { type EffortSource, explainPath, inputText, type PathStatus } from './explain.ts';
import { atLeast, knapsack, type Move } from './knapsack.ts';
import { ladder, type Rung } from './ladder.ts';

export interface NextLevelOptions {
  /**
   * Effort per criterion (or scored node) code: a point there weighs this many points in the search
   * (default 1, so the plan gains the fewest points).
   */
  effort?: Readonly<Record<string, number>>;
  /** Whose `effort` it is: the caller's (default) or the weights the Sở stored for the set. */
  effortSource?: 'given' | 'stored';
  /** Best value per share-of-best criterion in the cohort, as the result was scored with. */
  cohortBest?: Readonly<Record<string, number>>;
}

/** One scored node to improve. */
export interface PathStep {
  /** The scored node: a criterion with its own rule, or an indicator. */
  code: string;
  path: string;
  name: LocalizedText;
  criterion: { code: string; number?: number; name: LocalizedText };
  group: string;
  points: Hundredths;
  target: Hundredths;
  /** The smallest input that scores `target`; absent when the points are a reviewer's to set. */
  input?: InputValue;
  /** The node's points were set by a reviewer: the plan asks for reviewed points, not an input. */
  overridden: boolean;
  /** What to report, in the rule's terms: "Tỷ lệ % ≥ 50", "Có", "≥ 3 lớp". */
  how: LocalizedText;
}

export interface GroupGain {
  code: string;
  name: LocalizedText;
  points: Hundredths;
  target: Hundredths;
  /** Criteria numbers (codes where unnumbered) of the group's steps, in document order. */
  criteria: string[];
}

export interface NextLevelPath {
  category: { code: string; name: LocalizedText };
  status: PathStatus;
  /** The level now; null = not ranked in the category. */
  level: number | null;
  /** The level the path reaches; null when there is none above. */
  target: number | null;
  /** Points to gain in all (Σ target − points of the steps), in hundredths. */
  gain: Hundredths;
  /** What the search minimised: Σ gain × effort, in hundredths of points. */
  cost: number;
  /** Whose effort weighed the search: none (fewest points), the caller's, or the Sở's stored weights. */
  effortSource: EffortSource;
  steps: PathStep[];
  groups: GroupGain[];
  explanation: LocalizedText;
  /** One line per step, in the same words. */
  lines: LocalizedText[];
}

// Beyond this many combinations of gains across groups tied by one condition, the search refuses
// rather than stall (level rules tie at most two or three groups together).
const MAX_COMBINATIONS = 5_000_000;

/**
 * The cheapest set of improvements that meets every condition of the category's next level, exact
 * over whole hundredths: each group's criteria form a min-cost knapsack over their reachable totals
 * (what each rule still allows, scored by the engine), and groups tied by a combined condition are
 * searched together over every split of the gain. No greedy step anywhere.
 */
export function nextLevelPath(
  set: CriteriaSet,
  result: UnitResult,
  categoryCode: string,
  options: NextLevelOptions = {},
): NextLevelPath | undefined {
  const compiled = compileSet(set);
  const root = compiled.roots.find((node) => node.code === categoryCode);
  const category = result.categories.find((node) => node.code === categoryCode);
  if (!root || !category?.level || !root.levels?.length) return undefined;
  const outcome = category.level;
  const base = {
    category: { code: category.code, name: category.name },
    level: outcome.level,
    gain: 0,
    cost: 0,
    effortSource: effortSourceOf(options),
    steps: [] as PathStep[],
    groups: [] as GroupGain[],
  };
  const next = outcome.next?.level;
  if (next === undefined) return finish({ ...base, status: 'TOP', target: null });
  // A level is reached when its own conditions hold, whatever the levels below say: the cheapest
  // way to the next level may be to meet a higher one's conditions.
  let best: (Plan & { level: number }) | undefined;
  const perPoint = cheapestHundredth(root, options);
  for (const rule of root.levels) {
    if (rule.level < next) continue;
    // No plan for this level can cost less than its largest shortfall at the cheapest effort.
    if (best && perPoint !== undefined && lowerBound(rule, category) * perPoint >= best.cost) continue;
    const plan = planFor(rule, root, category, options);
    if (plan && (!best || plan.cost < best.cost)) best = { ...plan, level: rule.level };
  }
  if (!best) return finish({ ...base, status: 'UNREACHABLE', target: next });
  const gain = best.steps.reduce((total, step) => total + step.target - step.points, 0);
  const { cost, steps, groups } = best;
  return finish({ ...base, status: 'PATH', target: best.level, gain, cost, steps, groups });
}

function effortSourceOf(options: NextLevelOptions): EffortSource {
  if (Object.keys(options.effort ?? {}).length === 0) return 'points';
  return options.effortSource ?? 'given';
}

/**
 * The least a hundredth of a group's points can cost: the smallest effort, when every weight in the
 * category is 1 (a weighted node's rounding could give a group more than its leaf gains).
 */
function cheapestHundredth(root: CompiledNode, options: NextLevelOptions): number | undefined {
  const weighted = (node: CompiledNode): boolean => node.weight !== 1 || node.children.some(weighted);
  if (root.children.some(weighted)) return undefined;
  const efforts = Object.values(options.effort ?? {}).map((value) => Math.max(1, Math.round(value * 100)));
  return Math.min(100, ...efforts);
}

function lowerBound(rule: LevelRule, category: NodeResult): number {
  const groups = new Map(category.children.map((group) => [group.code, group]));
  return Math.max(0, ...rule.conditions.map((condition) => deficitOf(condition, groups)));
}

interface Plan {
  cost: number;
  steps: PathStep[];
  groups: GroupGain[];
}

/** The cheapest plan meeting every condition of one level; undefined when none can. */
function planFor(
  rule: LevelRule,
  root: CompiledNode,
  category: NodeResult,
  options: NextLevelOptions,
): Plan | undefined {
  const groupResults = new Map(category.children.map((group) => [group.code, group]));
  const unmet = rule.conditions
    .map((condition) => ({
      condition,
      codes: groupsOf(condition),
      deficit: deficitOf(condition, groupResults),
    }))
    .filter((entry) => entry.deficit > 0);
  const caps = new Map<string, number>();
  for (const { codes, deficit } of unmet) {
    for (const code of codes) caps.set(code, Math.max(caps.get(code) ?? 0, deficit));
  }
  const groups = new Map<string, GroupSearch>();
  for (const [code, cap] of caps) {
    const node = root.children.find((group) => group.code === code);
    const groupResult = groupResults.get(code);
    if (!node || !groupResult) return undefined;
    groups.set(code, searchGroup(node, groupResult, cap, options));
  }

  const chosen = new Map<string, number>();
  for (const component of components(unmet)) {
    const best = cheapestSplit(component, groups);
    if (!best) return undefined;
    for (const [code, state] of best) chosen.set(code, state);
  }

  const steps: PathStep[] = [];
  const gains: GroupGain[] = [];
  let cost = 0;
  for (const node of root.children) {
    const search = groups.get(node.code);
    const state = chosen.get(node.code);
    if (!search || state === undefined) continue;
    cost += search.table.cost[state] as number;
    const picked = search.stepsAt(state);
    if (picked.steps.length === 0) continue;
    steps.push(...picked.steps);
    gains.push({
      code: node.code,
      name: node.name,
      points: search.points,
      target: search.points + picked.gain,
      criteria: [...new Set(picked.steps.map((step) => criterionLabel(step.criterion)))],
    });
  }
  return { cost, steps, groups: gains };
}

function finish(path: Omit<NextLevelPath, 'explanation' | 'lines'>): NextLevelPath {
  return { ...path, ...explainPath(path) };
}

const criterionLabel = (criterion: PathStep['criterion']) => String(criterion.number ?? criterion.code);

function groupsOf(condition: LevelCondition): readonly string[] {
  return condition.kind === 'combinedShare' ? condition.groups : [condition.group];
}

/** Hundredths the condition's groups still lack together (0 when it holds). */
function deficitOf(condition: LevelCondition, groups: ReadonlyMap<string, NodeResult>): number {
  let points = 0;
  let max = 0;
  for (const code of groupsOf(condition)) {
    points += groups.get(code)?.points ?? 0;
    max += groups.get(code)?.maxPoints ?? 0;
  }
  return Math.max(0, threshold(condition, max) - points);
}

/** The fewest hundredths that meet the condition, found with the engine's own exact comparison. */
function threshold(condition: LevelCondition, max: Hundredths): Hundredths {
  if (condition.kind === 'groupPoints') return toHundredths(condition.min);
  let low = 0;
  let high = max;
  if (!reachesPercent(high, max, condition.minPercent)) return max + 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (reachesPercent(middle, max, condition.minPercent)) high = middle;
    else low = middle + 1;
  }
  return low;
}

interface Unmet {
  codes: readonly string[];
  deficit: number;
}

/** Conditions that share a group must be searched together; the others apart. */
function components(unmet: readonly Unmet[]): Unmet[][] {
  const groups: Unmet[][] = [];
  for (const entry of unmet) {
    const touching = groups.filter((group) =>
      group.some((other) => other.codes.some((code) => entry.codes.includes(code))),
    );
    const merged = [...touching.flat(), entry];
    for (const group of touching) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  return groups;
}

/**
 * Every split of the gain among the component's groups (all but the last enumerated, the last given
 * what remains), keeping the cheapest; ties go to the smaller total gain.
 */
function cheapestSplit(component: readonly Unmet[], groups: ReadonlyMap<string, GroupSearch>) {
  const codes = [...new Set(component.flatMap((entry) => entry.codes))];
  const last = codes.at(-1) as string;
  const free = codes.slice(0, -1);
  const combinations = free.reduce((product, code) => product * ((groups.get(code)?.cap ?? 0) + 1), 1);
  if (combinations > MAX_COMBINATIONS) throw new Error(`next level: ${combinations} combinations`);
  let best: { cost: number; gain: number; states: Map<string, number> } | undefined;
  const lower = new Map<string, number>();
  const visit = (index: number) => {
    if (index < free.length) {
      const code = free[index] as string;
      for (let gain = 0; gain <= (groups.get(code) as GroupSearch).cap; gain++) {
        lower.set(code, gain);
        visit(index + 1);
      }
      return;
    }
    let need = 0;
    for (const entry of component) {
      const others = entry.codes.reduce(
        (total, code) => total + (code === last ? 0 : (lower.get(code) ?? 0)),
        0,
      );
      if (entry.codes.includes(last)) need = Math.max(need, entry.deficit - others);
      else if (others < entry.deficit) return;
    }
    lower.set(last, need);
    let cost = 0;
    let gain = 0;
    const states = new Map<string, number>();
    for (const code of codes) {
      const search = groups.get(code) as GroupSearch;
      const state = search.cheapest[lower.get(code) as number];
      if (state === undefined || state < 0) return;
      cost += search.table.cost[state] as number;
      gain += state;
      states.set(code, state);
    }
    if (!best || cost < best.cost || (cost === best.cost && gain < best.gain)) best = { cost, gain, states };
  };
  visit(0);
  return best?.states;
}

interface GroupSearch {
  points: Hundredths;
  cap: number;
  table: ReturnType<typeof knapsack>;
  /** The cheapest state with a gain of at least d. */
  cheapest: Int32Array;
  stepsAt(state: number): { steps: PathStep[]; gain: number };
}

interface CriterionMove extends Move {
  /** Built only for the moves a plan keeps: wording every rung would cost more than the search. */
  steps: () => PathStep[];
}

function searchGroup(
  group: CompiledNode,
  result: NodeResult,
  cap: number,
  options: NextLevelOptions,
): GroupSearch {
  const criteria = group.children.map((criterion) => {
    const criterionResult = result.children.find((child) => child.code === criterion.code);
    return criterionResult ? criterionMoves(group, criterion, criterionResult, options) : [];
  });
  const table = knapsack(criteria, cap);
  return {
    points: result.points,
    cap,
    table,
    cheapest: atLeast(table.cost),
    stepsAt(state) {
      const picks = table.picks(state);
      const steps: PathStep[] = [];
      let gain = 0;
      picks.forEach((pick, index) => {
        const move = criteria[index]?.[pick];
        if (!move) return;
        steps.push(...move.steps());
        gain += move.gain;
      });
      return { steps, gain };
    },
  };
}

const weigh = (points: number, weight: number) => (weight === 1 ? points : Math.round(points * weight));

/** A criterion's ways up, as gains to its group: its own rule's rungs, or its indicators' combined. */
function criterionMoves(
  group: CompiledNode,
  criterion: CompiledNode,
  result: NodeResult,
  options: NextLevelOptions,
): CriterionMove[] {
  if (!result.applicable) return [];
  const info = {
    code: criterion.code,
    name: criterion.name,
    ...(criterion.number === undefined ? {} : { number: criterion.number }),
  };
  const toGroup = (points: number) =>
    weigh(result.points + points, criterion.weight) - weigh(result.points, criterion.weight);
  const leafMoves = (leaf: CompiledNode, leafResult: NodeResult, weight: number) => {
    if (!leaf.rule || !leafResult.applicable) return [];
    const effort = effortOf(options.effort, leaf.code, criterion.code);
    const rungs = ladder(leaf.rule, {
      max: leafResult.maxPoints,
      points: leafResult.points,
      input: leafResult.input,
      overridden: leafResult.overridden === true,
      best: options.cohortBest?.[leaf.code],
    });
    return rungs.map((rung) => ({
      gain: weigh(rung.points, weight) - weigh(leafResult.points, weight),
      cost: (rung.points - leafResult.points) * effort,
      steps: () => [stepOf(leaf, leafResult, rung, info, group.code)],
    }));
  };
  if (criterion.rule) {
    return leafMoves(criterion, result, 1)
      .map((move) => ({ ...move, gain: toGroup(move.gain) }))
      .filter((move) => move.gain > 0);
  }
  const indicators = criterion.children.map((indicator) => {
    const indicatorResult = result.children.find((child) => child.code === indicator.code);
    return indicatorResult ? leafMoves(indicator, indicatorResult, indicator.weight) : [];
  });
  const cap = indicators.reduce((total, moves) => total + Math.max(0, ...moves.map((move) => move.gain)), 0);
  const table = knapsack(indicators, cap);
  const moves: CriterionMove[] = [];
  for (let state = 1; state <= cap; state++) {
    const cost = table.cost[state] as number;
    if (cost === Number.POSITIVE_INFINITY) continue;
    const gain = toGroup(state);
    if (gain <= 0) continue;
    const steps = () => table.picks(state).flatMap((pick, index) => indicators[index]?.[pick]?.steps() ?? []);
    moves.push({ gain, cost, steps });
  }
  return moves;
}

/** Effort in whole hundredths, so every cost stays an exact integer. */
export function effortOf(effort: NextLevelOptions['effort'], leaf: string, criterion: string): number {
  const value = effort?.[leaf] ?? effort?.[criterion] ?? 1;
  return Math.max(1, Math.round(value * 100));
}

function stepOf(
  leaf: CompiledNode,
  result: NodeResult,
  rung: Rung,
  criterion: PathStep['criterion'],
  group: string,
): PathStep {
  const step: PathStep = {
    code: leaf.code,
    path: leaf.path,
    name: leaf.name,
    criterion,
    group,
    points: result.points,
    target: rung.points,
    overridden: result.overridden === true,
    how: inputText({ input: rung.input, target: rung.points }, leaf.rule),
  };
  if (rung.input !== undefined) step.input = rung.input;
  return step;
}
