import { compareFractions, type Hundredths } from './decimal.ts';

export interface Rankable {
  points: Hundredths;
  maxPoints: Hundredths;
}

/** `points` when every maximum is the same; `share` of the applicable maximum otherwise. */
export type RankBy = 'points' | 'share' | 'auto';

export interface Ranked<T> {
  item: T;
  /** 1 = best; tied items share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
}

/** Ranks a cohort, best first, exactly (shares are compared as fractions, never as floats). */
export function rankCohort<T>(
  items: readonly T[],
  select: (item: T) => Rankable,
  by: RankBy = 'auto',
): Ranked<T>[] {
  const entries = items.map((item) => ({ item, value: select(item) }));
  const first = entries[0]?.value.maxPoints;
  const byShare =
    by === 'share' || (by === 'auto' && entries.some((entry) => entry.value.maxPoints !== first));
  const compare = (a: Rankable, b: Rankable) =>
    byShare ? compareShares(b, a) : Math.sign(b.points - a.points);
  entries.sort((a, b) => compare(a.value, b.value));
  const ranked: Ranked<T>[] = [];
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    const tied = previous !== undefined && compare(previous.value, entry.value) === 0;
    ranked.push({ item: entry.item, rank: tied ? (ranked[index - 1] as Ranked<T>).rank : index + 1 });
  });
  return ranked;
}

/** A unit with no applicable maximum has share 0. */
function compareShares(a: Rankable, b: Rankable): number {
  if (a.maxPoints === 0 || b.maxPoints === 0) return shareSign(a) - shareSign(b);
  return compareFractions(a.points, a.maxPoints, b.points, b.maxPoints);
}

function shareSign(value: Rankable): number {
  return value.maxPoints === 0 ? 0 : Math.sign(value.points);
}

/** What the method ranks a unit on: its total and its categories, each with why it is not ranked. */
export interface RankableResult extends Rankable {
  notRanked: readonly unknown[];
  categories: ReadonlyArray<Rankable & { code: string; notRanked?: readonly unknown[] }>;
}

export interface MethodRanked<T> {
  item: T;
  /** Overall rank by total; null when the unit is not ranked in every category (or a caller unranked it). */
  rank: number | null;
  /** Rank per category code; null where the unit is not ranked in that category. */
  categories: Map<string, number | null>;
}

/**
 * Ranks a cohort as the method says: in each category only units ranked there (a unit that misses
 * the lowest level gets no rank in it), and by total only units ranked in every category — the
 * others keep their points but get no rank (không xếp hạng chung). Ranks among the ranked units run
 * 1, 2, 2, 4 as `rankCohort` gives them.
 */
export function rankResults<T>(items: readonly T[], select: (item: T) => RankableResult): MethodRanked<T>[] {
  const ranked = items.map((item) => ({ item, rank: null as number | null, categories: new Map() }));
  const overall = ranked.filter((entry) => select(entry.item).notRanked.length === 0);
  for (const { item, rank } of rankCohort(overall, (entry) => select(entry.item))) item.rank = rank;
  const codes = new Set(items.flatMap((item) => select(item).categories.map((category) => category.code)));
  for (const code of codes) {
    const members = ranked.flatMap((entry) => {
      const category = select(entry.item).categories.find((candidate) => candidate.code === code);
      if (!category) return [];
      if ((category.notRanked?.length ?? 0) > 0) {
        entry.categories.set(code, null);
        return [];
      }
      return [{ entry, category }];
    });
    for (const { item, rank } of rankCohort(members, (member) => member.category)) {
      item.entry.categories.set(code, rank);
    }
  }
  return ranked;
}
