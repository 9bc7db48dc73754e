import { compileSet } from './compile.ts';
import type { CriteriaSet, Rule } from './model/index.ts';
import type { Inputs, InputValue } from './rules/outcome.ts';

export interface SyntheticOptions {
  /** How far along the unit is, 0–1: the expected share of each criterion's maximum it earns. */
  maturity: number;
  /** Uniform random numbers in [0, 1); pass a seeded generator for repeatable data. */
  random?: () => number;
  /** Share of inputs left missing. */
  missing?: number;
}

/**
 * Plausible inputs for every scored node of a set: demo data, benchmarks and tests. With maturity 1
 * and no randomness every node earns its maximum; with 0, nothing.
 */
export function syntheticInputs(set: CriteriaSet, options: SyntheticOptions): Inputs {
  const random = options.random ?? (() => 0.5);
  const inputs: Record<string, InputValue> = {};
  for (const [code, node] of compileSet(set).leaves) {
    if (options.missing && random() < options.missing) continue;
    const jitter = options.random ? (random() - 0.5) * 0.6 : 0;
    const level = Math.min(1, Math.max(0, options.maturity + jitter));
    inputs[code] = inputFor(node.rule as Rule, node.max / 100, level, random);
  }
  return inputs;
}

function inputFor(rule: Rule, maxPoints: number, level: number, random: () => number): InputValue {
  switch (rule.kind) {
    case 'yesNo':
      return random() < level || level === 1;
    case 'ratio': {
      const denominator = 20 + Math.floor(random() * 480);
      return { numerator: Math.round(denominator * level), denominator };
    }
    case 'share':
      return Math.round(level * 1000) / 10;
    case 'steps': {
      const mins = rule.steps.map((step) => step.min).sort((a, b) => a - b);
      return mins[Math.min(mins.length - 1, Math.floor(level * mins.length))] ?? 0;
    }
    case 'cappedCount':
      return Math.round((level * maxPoints) / rule.pointsPerItem);
    case 'choice': {
      const options = [...rule.options].sort((a, b) => a.points - b.points);
      return options[Math.min(options.length - 1, Math.floor(level * options.length))]?.value ?? '';
    }
    case 'bestInCohort':
      return Math.round(level * 1000);
    case 'manual':
      return Math.round(level * maxPoints * 100) / 100;
  }
}

/** A small, fast, seeded generator (mulberry32) so synthetic cohorts are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
