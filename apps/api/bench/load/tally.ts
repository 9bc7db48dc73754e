/**
 * What `pnpm bench:load` counts: every answer's latency by kind of request, conflicts apart from
 * errors, the first few errors' texts, and the line the issue asks for.
 */
import { percentile } from '../api/stats.ts';
import type { Outcome } from './people-at-work.ts';

export interface Tally {
  /** Latencies (ms) by kind of request. */
  latencies: Map<string, number[]>;
  /** Characters answered, by kind of request. */
  sizes: Map<string, number>;
  conflicts: number;
  errors: number;
  /** The first errors' texts, for the report. */
  problems: string[];
}

export const newTally = (): Tally => ({
  latencies: new Map(),
  sizes: new Map(),
  conflicts: 0,
  errors: 0,
  problems: [],
});

export function count(tally: Tally, kind: string, ms: number, outcome: Outcome, problem?: string, size = 0) {
  const latencies = tally.latencies.get(kind) ?? [];
  latencies.push(ms);
  tally.latencies.set(kind, latencies);
  tally.sizes.set(kind, (tally.sizes.get(kind) ?? 0) + size);
  if (outcome === 'conflict') tally.conflicts++;
  if (outcome === 'error') {
    tally.errors++;
    if (problem && tally.problems.length < 5) tally.problems.push(problem);
  }
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const ms = (value: number) => Math.round(value).toString();

/** One line per kind: how many, the mean answer's size, p50, p95 and max. */
export function breakdown(tally: Tally): string[] {
  return [...tally.latencies.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, values]) => {
      const all = sorted(values);
      const kB = (tally.sizes.get(kind) ?? 0) / all.length / 1000;
      return `  ${kind}: ${all.length} requests, ${kB.toFixed(1)} kB, p50 ${ms(percentile(all, 50))} ms, p95 ${ms(percentile(all, 95))} ms, max ${ms(all.at(-1) ?? 0)} ms`;
    });
}

/**
 * `load: <n> requests, <errors> errors, p95 <ms> ms, healthz max <ms> ms`. `failures`: what the load
 * generator itself saw fail (timeouts, broken connections), errors too.
 */
export function loadLine(tally: Tally, failures: number, healthz: readonly number[]): string {
  const all = sorted([...tally.latencies.values()].flat());
  return `load: ${all.length} requests, ${tally.errors + failures} errors, p95 ${ms(percentile(all, 95))} ms, healthz max ${ms(Math.max(...healthz))} ms`;
}
