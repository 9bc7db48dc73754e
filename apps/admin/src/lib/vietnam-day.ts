/** The day an instant falls on in Vietnam (UTC+7 all year, no daylight saving), as YYYY-MM-DD. */
export function vietnamDay(instant: Date | string = new Date()): string {
  return new Date(new Date(instant).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
