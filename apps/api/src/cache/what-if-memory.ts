/**
 * What the what-if questions (rankSensitivity, a criteria version previewed over a cohort) read of
 * a published cohort, kept in memory: the first question on a cohort pays its reads, the next ones
 * (another percentage, another edit of a draft) run only their scoring. Sound for the response
 * cache's reason: both read PUBLISHED assessments only, and the database notifies every process
 * when what they rest on changes (invalidation.ts forgets everything here on the same
 * notifications). Only a server with those notifications has a memory (`Context.whatIf`); without
 * one, every question reads.
 */
import { LRUCache } from 'lru-cache';
import type { Context } from '../context.ts';
import { type CacheStats, changeGate } from './change-gate.ts';

export interface WhatIfMemory {
  /** The value remembered under `key`, or `load`'s, remembered unless a change arrived meanwhile. */
  remember<T extends object>(key: string, load: () => Promise<T>): Promise<T>;
  /** Forget everything, because of `cause` (a changed table…). */
  invalidate(cause: string): void;
  /** Remember nothing until `resume` (changes may go unnoticed meanwhile); forgets everything. */
  suspend(cause: string): void;
  resume(cause: string): void;
  readonly stats: CacheStats & { hits: number; misses: number };
}

/** A national cohort's inputs take tens of megabytes: a few cohorts at a time. */
const MAX_COHORTS = 8;

export function createWhatIfMemory(): WhatIfMemory {
  const entries = new LRUCache<string, object>({ max: MAX_COHORTS });
  const stats = { hits: 0, misses: 0, invalidations: new Map<string, number>() };
  const gate = changeGate(stats, () => entries.clear());
  return {
    async remember<T extends object>(key: string, load: () => Promise<T>): Promise<T> {
      if (gate.suspended) return load();
      const known = entries.get(key);
      if (known) {
        stats.hits += 1;
        return known as T;
      }
      stats.misses += 1;
      const startedAt = gate.generation;
      const value = await load();
      if (gate.generation === startedAt && !gate.suspended) entries.set(key, value);
      return value;
    },
    invalidate: gate.invalidate,
    suspend: gate.suspend,
    resume: gate.resume,
    stats,
  };
}

/** `load`'s value, through the context's memory when it has one. */
export function remembered<T extends object>(
  context: Pick<Context, 'whatIf'>,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  return context.whatIf ? context.whatIf.remember(key, load) : load();
}
