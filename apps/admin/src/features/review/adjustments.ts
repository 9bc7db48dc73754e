import { hasAtMostTwoDecimals, type Locale } from '@chiso/scoring';
import { parseNumber } from '../../lib/numbers.ts';

/** What a reviewer typed for one node: points as text ("0,75"), and the comment the unit will read. */
export interface Adjustment {
  points: string;
  comment: string;
}

/**
 * The typed adjustments (an empty points box is no adjustment), as the API takes them; points are
 * read as the console's language writes them.
 */
export function typedAdjustments(adjustments: Record<string, Adjustment>, locale: Locale) {
  return Object.entries(adjustments)
    .filter(([, adjustment]) => adjustment.points.trim() !== '')
    .map(([nodeCode, adjustment]) => ({
      nodeCode,
      points: parseNumber(adjustment.points, locale) ?? Number.NaN,
      comment: adjustment.comment,
    }));
}

/**
 * Nodes whose points are not a number of at least 0 with at most two decimals. They are shown at
 * the field and never sent: the API would refuse the request as a whole, not the field.
 */
export function unreadablePoints(sent: ReturnType<typeof typedAdjustments>): string[] {
  return sent
    .filter((item) => Number.isNaN(item.points) || item.points < 0 || !hasAtMostTwoDecimals(item.points))
    .map((item) => item.nodeCode);
}
