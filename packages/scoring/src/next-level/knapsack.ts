/** One way to improve one item: what it adds (whole hundredths) and what it costs. */
export interface Move {
  gain: number;
  cost: number;
}

export interface Knapsack {
  /** `cost[s]`: the least cost of a gain of exactly s (s < cap) or of at least cap (s = cap). */
  cost: Float64Array;
  /** The move chosen per item (−1: left as it is) for the cheapest way to state `s`. */
  picks(state: number): number[];
}

/**
 * Exact min-cost multiple-choice knapsack over integer gains: each item takes at most one of its
 * moves. Gains above `cap` count as `cap` (nothing needs more), which bounds the table by what the
 * level asks, not by what the group could give.
 */
export function knapsack(items: readonly (readonly Move[])[], cap: number): Knapsack {
  const size = cap + 1;
  let cost = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  cost[0] = 0;
  const chosen: Int32Array[] = [];
  const from: Int32Array[] = [];
  for (const moves of items) {
    const monotone = moves.every(
      (move, index) =>
        index === 0 ||
        (move.gain >= (moves[index - 1] as Move).gain && move.cost >= (moves[index - 1] as Move).cost),
    );
    const next = cost.slice();
    const pick = new Int32Array(size).fill(-1);
    const previous = Int32Array.from({ length: size }, (_, state) => state);
    for (let state = 0; state < size; state++) {
      const base = cost[state] as number;
      if (base === Number.POSITIVE_INFINITY) continue;
      for (let index = 0; index < moves.length; index++) {
        const move = moves[index] as Move;
        const target = Math.min(cap, state + move.gain);
        const total = base + move.cost;
        if (total < (next[target] as number)) {
          next[target] = total;
          pick[target] = index;
          previous[target] = state;
        }
        // Moves in rising gain and cost: past the cap, a bigger one only costs more.
        if (monotone && target === cap) break;
      }
    }
    cost = next;
    chosen.push(pick);
    from.push(previous);
  }
  return {
    cost,
    picks(state) {
      const result = new Array<number>(items.length).fill(-1);
      let at = state;
      for (let item = items.length - 1; item >= 0; item--) {
        result[item] = (chosen[item] as Int32Array)[at] as number;
        at = (from[item] as Int32Array)[at] as number;
      }
      return result;
    },
  };
}

/** `best[d]`: the cheapest state giving a gain of at least d (suffix minimum), −1 if none. */
export function atLeast(cost: Float64Array): Int32Array {
  const best = new Int32Array(cost.length).fill(-1);
  let bestState = -1;
  for (let state = cost.length - 1; state >= 0; state--) {
    if (
      (cost[state] as number) < Number.POSITIVE_INFINITY &&
      (bestState < 0 || (cost[state] as number) <= (cost[bestState] as number))
    ) {
      bestState = state;
    }
    best[state] = bestState;
  }
  return best;
}
