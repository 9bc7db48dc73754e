/**
 * What a comparison derives from cohorts, kept as long as the cohorts are: a cohort is kept, frozen,
 * while its snapshot is current (snapshot.ts), so the same cohorts mean the same published data, and
 * a change to it gives new cohorts, which find nothing kept. Only for values that depend on nothing
 * but the cohorts and the key (anything else a service reads must be in the key, or change the
 * cohorts: lineage does, through its triggers).
 */
import type { Cohort } from './cohort.ts';

let made = 0;
/** A serial number per cohort object: a key can name cohorts without holding them. */
const serials = new WeakMap<Cohort, number>();
const serialOf = (cohort: Cohort) => {
  let serial = serials.get(cohort);
  if (serial === undefined) {
    serial = ++made;
    serials.set(cohort, serial);
  }
  return serial;
};

/** Per first cohort (dropped with it), the values derived from it and the others named in the key. */
const kept = new WeakMap<Cohort, Map<string, Promise<unknown>>>();

export function derived<T>(
  cohorts: readonly [Cohort, ...Cohort[]],
  key: string,
  derive: () => Promise<T>,
): Promise<T> {
  const [first] = cohorts;
  let values = kept.get(first);
  if (!values) {
    values = new Map();
    kept.set(first, values);
  }
  const full = `${cohorts.map(serialOf).join(',')}|${key}`;
  let value = values.get(full) as Promise<T> | undefined;
  if (!value) {
    value = derive().then(deepFreeze);
    values.set(full, value);
    // A failure is not kept: the next request tries again.
    value.catch(() => values.delete(full));
  }
  return value;
}

/**
 * Frozen through and through (Maps' values too): a kept value is shared by every request, and a
 * test or a developer's run that changes one fails at the change. Not in production (the bundle is
 * built with NODE_ENV=production): freezing a province's commune cohort with its criteria (177 units
 * × ~100 nodes) took 46 ms of the request thread at its first read, and what the tests have not let
 * change will not change.
 */
export function deepFreeze<T>(value: T): T {
  if (process.env.NODE_ENV === 'production') return value;
  return freezeAll(value);
}

function freezeAll<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of value instanceof Map ? value.values() : Object.values(value)) freezeAll(child);
  return value;
}
