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
    const next = cost.slice();
    const pick = new Int32Array(size).fill(-1);
    const previous = new Int32Array(size);
    for (let state = 0; state < size; state++) previous[state] = state;
    if (isLinear(moves)) relaxLinear(cost, next, pick, previous, moves.length, (moves[0] as Move).cost);
    else relaxEach(cost, next, pick, previous, moves, cap);
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

/**
 * Gains 1, 2, …, n at a cost of c per hundredth (a share, a ratio of many, manual points): the best
 * way into state t comes from some s in [t − n, t − 1] at cost[s] − s·c + t·c, so a sliding-window
 * minimum of cost[s] − s·c gives every state in one pass instead of n per state. A gain past the
 * cap counts as the cap, which the same window covers (the least gain reaching it is cap − s).
 */
function relaxLinear(
  cost: Float64Array,
  next: Float64Array,
  pick: Int32Array,
  previous: Int32Array,
  reach: number,
  unit: number,
) {
  const window = new Int32Array(cost.length);
  let head = 0;
  let tail = 0;
  const key = (state: number) => (cost[state] as number) - state * unit;
  for (let target = 1; target < cost.length; target++) {
    const entering = target - 1;
    if ((cost[entering] as number) < Number.POSITIVE_INFINITY) {
      while (tail > head && key(window[tail - 1] as number) >= key(entering)) tail--;
      window[tail++] = entering;
    }
    while (tail > head && (window[head] as number) < target - reach) head++;
    if (tail === head) continue;
    const from = window[head] as number;
    const total = key(from) + target * unit;
    if (total < (next[target] as number)) {
      next[target] = total;
      pick[target] = target - from - 1;
      previous[target] = from;
    }
  }
}

/** Any moves: each state tries each move (moves in rising gain and cost stop at the cap). */
function relaxEach(
  cost: Float64Array,
  next: Float64Array,
  pick: Int32Array,
  previous: Int32Array,
  moves: readonly Move[],
  cap: number,
) {
  const monotone = moves.every(
    (move, index) =>
      index === 0 ||
      (move.gain >= (moves[index - 1] as Move).gain && move.cost >= (moves[index - 1] as Move).cost),
  );
  for (let state = 0; state < cost.length; state++) {
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
      if (monotone && target === cap) break;
    }
  }
}

/** Moves i = 0…n−1 gain i + 1 hundredths at (i + 1) × the first's cost. */
function isLinear(moves: readonly Move[]): boolean {
  const unit = moves[0]?.cost;
  if (unit === undefined || moves.length < 4) return false;
  return moves.every((move, index) => move.gain === index + 1 && move.cost === unit * (index + 1));
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
