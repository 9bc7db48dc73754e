/** A setting from the environment: a positive integer, or `fallback` for anything else (unset included). */
export function positiveIntegerOr(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}
