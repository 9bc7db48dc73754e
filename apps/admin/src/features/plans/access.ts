import type { Me } from '../auth/operations.ts';

/** Who writes a unit's plan (the API agrees): its own officers, and the Sở's admins. */
export const canPlanFor = (me: Me | null | undefined, unitId: string): boolean =>
  me?.role === 'ADMIN' ||
  (me?.role === 'UNIT_OFFICER' && (me.units ?? []).some((unit) => unit.id === unitId));
