import { compileSet } from './compile.ts';
import type { CriteriaSet, Rule } from './model/index.ts';
import { sampleInput } from './rules/index.ts';
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
    inputs[code] = sampleInput(node.rule as Rule, { maxPoints: node.max / 100, level, random });
  }
  return inputs;
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
