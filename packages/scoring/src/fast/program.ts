import { type CompiledNode, compileSet } from '../compile.ts';
import { toHundredths } from '../decimal.ts';
import type { CriteriaSet } from '../model/index.ts';
import type { Rule } from '../model/rules.ts';
import { usesCohortBest } from '../rules/index.ts';
import { type PercentThreshold, percentThreshold } from './decimal.ts';

/** Rule kinds the tight loop knows; any other kind is evaluated through its module (`OTHER`). */
export const RULE = {
  yesNo: 0,
  ratio: 1,
  share: 2,
  steps: 3,
  cappedCount: 4,
  choice: 5,
  bestInCohort: 6,
  manual: 7,
  OTHER: 255,
} as const;

/** One condition of a level, its groups as positions in `FlatSet.inner` (−1: no such group, counts 0). */
interface ConditionProgram {
  groups: Int32Array;
  /** [kind]: the groups' applicable maximum together. */
  maxByKind: Float64Array;
  /** groupPoints: the minimum in hundredths; −1 for share conditions. */
  minPoints: number;
  threshold: PercentThreshold | undefined;
}

export interface LevelProgram {
  level: number;
  conditions: ConditionProgram[];
}

/**
 * A criteria version compiled once for tight loops: nodes in document order (parents before
 * children, as the tree engine walks them), each with its parent index and weight; scored nodes
 * (leaves) with their rule kind and parameters in flat arrays; maxima and applicability per unit
 * kind computed once. Unit kind 0 is "no kind given" (everything applies), 1 a kind the set never
 * names, 2… the kinds the set names.
 */
export interface FlatSet {
  set: CriteriaSet;
  nodes: readonly CompiledNode[];
  nodeCount: number;
  parent: Int32Array;
  weight: Float64Array;
  /** Per node, its leaf index or −1. */
  leafOf: Int32Array;
  /** Nodes that add up others (categories, groups, criteria with indicators), in node order. */
  inner: Int32Array;
  /** Per node, its position in `inner` or −1 (a leaf). */
  innerOf: Int32Array;
  /** Indices of the categories (roots). */
  categories: Int32Array;
  /** Per category (by position in `categories`): its level rules, empty when it has none. */
  levels: LevelProgram[][];
  kinds: ReadonlyMap<string, number>;
  kindCount: number;
  /** [kind × nodeCount + node]: 1 when the node applies to that kind (its own `appliesTo` only, as in `score`). */
  applicable: Uint8Array;
  /** Per node: 1 when it applies to every kind (no `appliesTo`). */
  appliesToAll: Uint8Array;
  /** [kind × nodeCount + node]: the applicable maximum in hundredths, weights applied below the node. */
  maxima: Float64Array;
  /** [kind]: the whole set's applicable maximum. */
  totalMax: Float64Array;
  leafCount: number;
  leafNode: Int32Array;
  leafCode: readonly string[];
  leafRule: readonly Rule[];
  leafKind: Uint8Array;
  leafMax: Float64Array;
  /** [kind × leafCount + leaf]: 1 when a member of that kind counts towards the cohort's best value. */
  countsForBest: Uint8Array;
  /** Leaves that need the cohort's best value. */
  bestLeaves: Int32Array;
  /** ratio: 1 when a zero denominator earns the maximum; cappedCount: hundredths per item. */
  leafParameter: Float64Array;
  /** steps and choice: entries [start, start + count) of the flat step / option arrays. */
  entryStart: Int32Array;
  entryCount: Int32Array;
  /** steps: thresholds highest first (document order among equal ones), and their points. */
  stepMin: Float64Array;
  stepPoints: Float64Array;
  optionValue: readonly string[];
  optionPoints: Float64Array;
}

const flatSets = new WeakMap<CriteriaSet, FlatSet>();

/** Compiles a validated set once (cached per set object). */
export function compileFlat(set: CriteriaSet): FlatSet {
  const cached = flatSets.get(set);
  if (cached) return cached;
  const nodes: CompiledNode[] = [];
  const parents: number[] = [];
  const limits: Array<ReadonlyArray<ReadonlySet<string>>> = [];
  const kindNames = new Set<string>();
  const visit = (node: CompiledNode, parent: number, within: ReadonlyArray<ReadonlySet<string>>) => {
    const index = nodes.length;
    nodes.push(node);
    parents.push(parent);
    const inside = node.appliesTo ? [...within, node.appliesTo] : within;
    limits.push(inside);
    for (const kind of node.appliesTo ?? []) kindNames.add(kind);
    // A node with a rule is scored by it; the tree engine does not look below it.
    if (!node.rule) for (const child of node.children) visit(child, index, inside);
  };
  const roots = compileSet(set).roots;
  const categories = roots.map((root) => {
    const index = nodes.length;
    visit(root, -1, []);
    return index;
  });
  const nodeCount = nodes.length;
  const kinds = new Map([...kindNames].map((name, i) => [name, i + 2]));
  const kindCount = kinds.size + 2;
  const kindName = (kind: number) => (kind === 0 ? undefined : kind === 1 ? '' : [...kinds.keys()][kind - 2]);

  const applicable = new Uint8Array(kindCount * nodeCount);
  const maxima = new Float64Array(kindCount * nodeCount);
  const totalMax = new Float64Array(kindCount);
  for (let kind = 0; kind < kindCount; kind++) {
    const name = kindName(kind);
    const base = kind * nodeCount;
    nodes.forEach((node, n) => {
      applicable[base + n] = !node.appliesTo || name === undefined || node.appliesTo.has(name) ? 1 : 0;
      if (node.rule) maxima[base + n] = applicable[base + n] ? node.max : 0;
    });
    // Children come after their parent: summing backwards finishes each node before its parent reads it.
    for (let n = nodeCount - 1; n >= 0; n--) {
      if (!applicable[base + n]) maxima[base + n] = 0;
      const node = nodes[n] as CompiledNode;
      const weighed = weigh(maxima[base + n] as number, node.weight);
      const parent = parents[n] as number;
      if (parent >= 0) maxima[base + parent] = (maxima[base + parent] as number) + weighed;
      else totalMax[kind] = (totalMax[kind] as number) + weighed;
    }
  }

  const leafNodes = nodes.flatMap((node, n) => (node.rule ? [n] : []));
  const innerNodes = nodes.flatMap((node, n) => (node.rule ? [] : [n]));
  const innerOf = new Int32Array(nodeCount).fill(-1);
  innerNodes.forEach((n, position) => {
    innerOf[n] = position;
  });
  const leafOf = new Int32Array(nodeCount).fill(-1);
  leafNodes.forEach((n, leaf) => {
    leafOf[n] = leaf;
  });
  const leafCount = leafNodes.length;
  const leafRule = leafNodes.map((n) => nodes[n]?.rule as Rule);
  const leafKind = new Uint8Array(leafRule.map((rule) => RULE[rule.kind as keyof typeof RULE] ?? RULE.OTHER));
  const leafParameter = new Float64Array(leafCount);
  const entryStart = new Int32Array(leafCount);
  const entryCount = new Int32Array(leafCount);
  const stepMin: number[] = [];
  const stepPoints: number[] = [];
  const optionValue: string[] = [];
  const optionPoints: number[] = [];
  leafRule.forEach((rule, leaf) => {
    if (rule.kind === 'ratio') leafParameter[leaf] = rule.zeroDenominator === 'full' ? 1 : 0;
    if (rule.kind === 'cappedCount') leafParameter[leaf] = toHundredths(rule.pointsPerItem);
    if (rule.kind === 'steps') {
      // The highest threshold reached wins, the first of equal ones: a stable sort, highest first.
      const sorted = [...rule.steps].sort((a, b) => b.min - a.min);
      entryStart[leaf] = stepMin.length;
      entryCount[leaf] = sorted.length;
      for (const step of sorted) {
        stepMin.push(step.min);
        stepPoints.push(toHundredths(step.points));
      }
    }
    if (rule.kind === 'choice') {
      entryStart[leaf] = optionValue.length;
      entryCount[leaf] = rule.options.length;
      for (const option of rule.options) {
        optionValue.push(option.value);
        optionPoints.push(toHundredths(option.points));
      }
    }
  });
  const countsForBest = new Uint8Array(kindCount * leafCount);
  for (let kind = 0; kind < kindCount; kind++) {
    const name = kindName(kind);
    leafNodes.forEach((n, leaf) => {
      const within = limits[n] ?? [];
      countsForBest[kind * leafCount + leaf] =
        name === undefined || within.every((allowed) => allowed.has(name)) ? 1 : 0;
    });
  }

  const flat: FlatSet = {
    set,
    nodes,
    nodeCount,
    parent: new Int32Array(parents),
    weight: new Float64Array(nodes.map((node) => node.weight)),
    leafOf,
    inner: new Int32Array(innerNodes),
    innerOf,
    categories: new Int32Array(categories),
    levels: categories.map((c) => levelProgram(nodes, parents, c, maxima, kindCount, innerOf)),
    kinds,
    kindCount,
    applicable,
    appliesToAll: new Uint8Array(nodes.map((node) => (node.appliesTo ? 0 : 1))),
    maxima,
    totalMax,
    leafCount,
    leafNode: new Int32Array(leafNodes),
    leafCode: leafNodes.map((n) => nodes[n]?.code as string),
    leafRule,
    leafKind,
    leafMax: new Float64Array(leafNodes.map((n) => nodes[n]?.max as number)),
    countsForBest,
    bestLeaves: new Int32Array(leafRule.flatMap((rule, leaf) => (usesCohortBest(rule) ? [leaf] : []))),
    leafParameter,
    entryStart,
    entryCount,
    stepMin: new Float64Array(stepMin),
    stepPoints: new Float64Array(stepPoints),
    optionValue,
    optionPoints: new Float64Array(optionPoints),
  };
  flatSets.set(set, flat);
  return flat;
}

function weigh(points: number, weight: number): number {
  return weight === 1 ? points : Math.round(points * weight);
}

/** A category's level rules over its own groups (children), as `evaluateLevels` reads them. */
function levelProgram(
  nodes: readonly CompiledNode[],
  parents: readonly number[],
  category: number,
  maxima: Float64Array,
  kindCount: number,
  innerOf: Int32Array,
): LevelProgram[] {
  const groups = new Map<string, number>();
  parents.forEach((parent, n) => {
    if (parent === category) groups.set(nodes[n]?.code as string, n);
  });
  return (nodes[category]?.levels ?? []).map((rule) => ({
    level: rule.level,
    conditions: rule.conditions.map((condition) => {
      const codes = condition.kind === 'combinedShare' ? condition.groups : [condition.group];
      const indices = codes.map((code) => groups.get(code) ?? -1);
      const maxByKind = new Float64Array(kindCount);
      for (let kind = 0; kind < kindCount; kind++) {
        for (const n of indices)
          if (n >= 0)
            maxByKind[kind] = (maxByKind[kind] as number) + (maxima[kind * nodes.length + n] as number);
      }
      return {
        groups: new Int32Array(indices.map((n) => (n >= 0 ? (innerOf[n] as number) : -1))),
        maxByKind,
        minPoints: condition.kind === 'groupPoints' ? toHundredths(condition.min) : -1,
        threshold: condition.kind === 'groupPoints' ? undefined : percentThreshold(condition.minPercent),
      };
    }),
  }));
}

/** The kind index a member is scored as: `score` treats an empty kind as no kind. */
export function scoringKind(flat: FlatSet, unitKind: string | undefined): number {
  return unitKind ? (flat.kinds.get(unitKind) ?? 1) : 0;
}

/** The kind index a member counts towards the cohort's best as: only an absent kind counts everywhere. */
export function bestKind(flat: FlatSet, unitKind: string | undefined): number {
  return unitKind === undefined ? 0 : (flat.kinds.get(unitKind) ?? 1);
}
