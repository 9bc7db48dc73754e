import type { Hundredths, Inputs, InputValue } from '@chiso/scoring';

/** What scoring needs of an assessment entry (a row of AssessmentEntry, or a demo's invention). */
export interface EntryValues {
  nodeCode: string;
  input: unknown;
  reviewedPoints?: number | null;
}

/** The unit's reported values by node code (entries without an input count as missing). */
export function inputsOf(entries: readonly EntryValues[]): Inputs {
  const inputs: Record<string, InputValue> = {};
  for (const entry of entries) {
    if (entry.input !== null && entry.input !== undefined) inputs[entry.nodeCode] = entry.input as InputValue;
  }
  return inputs;
}

/** Points a reviewer set, by node code, in hundredths: they replace what the inputs give. */
export function overridesOf(entries: readonly EntryValues[]): Record<string, Hundredths> {
  const overrides: Record<string, Hundredths> = {};
  for (const entry of entries) {
    if (typeof entry.reviewedPoints === 'number') overrides[entry.nodeCode] = entry.reviewedPoints;
  }
  return overrides;
}
