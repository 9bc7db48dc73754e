import { type Hundredths, mulDiv } from '../decimal.ts';

/**
 * How a merged unit's past is built from its predecessors' values. MEAN is what DTI does for merged
 * provinces ("scored as the mean of their predecessors' values"); SUM suits counts, MAX the best
 * predecessor's standing.
 */
export type LineageRule = 'MEAN' | 'SUM' | 'MAX';

/**
 * Combines predecessors' values (hundredths) by `rule`; a mean is rounded half-up to a hundredth
 * (0.01 point) so the result stays exact. Null when no predecessor has a value.
 */
export function combinePredecessors(values: readonly Hundredths[], rule: LineageRule): Hundredths | null {
  if (values.length === 0) return null;
  if (rule === 'MAX') return Math.max(...values);
  const sum = values.reduce((total, value) => total + value, 0);
  if (rule === 'SUM') return sum;
  return sum >= 0 ? mulDiv(sum, 1, values.length) : -mulDiv(-sum, 1, values.length);
}
