/** What the metrics show of a cache (observability.ts). */
export interface CacheStats {
  /** Times everything was forgotten, by cause. */
  readonly invalidations: Map<string, number>;
}

/**
 * What every cache kept true by change notifications shares: a generation bumped by each change
 * (what was read while one arrived is not kept), and suspension while notifications may be missed.
 * `forget` empties the cache itself; every change, suspension and resumption calls it.
 */
export interface ChangeGate {
  readonly generation: number;
  readonly suspended: boolean;
  invalidate(cause: string): void;
  suspend(cause: string): void;
  resume(cause: string): void;
}

export function changeGate(stats: CacheStats, forget: () => void): ChangeGate {
  let generation = 0;
  let suspended = false;
  const invalidate = (cause: string) => {
    generation += 1;
    forget();
    stats.invalidations.set(cause, (stats.invalidations.get(cause) ?? 0) + 1);
  };
  return {
    get generation() {
      return generation;
    },
    get suspended() {
      return suspended;
    },
    invalidate,
    suspend(cause) {
      suspended = true;
      invalidate(cause);
    },
    resume(cause) {
      suspended = false;
      invalidate(cause);
    },
  };
}
