import type { Inputs, InputValue } from '../rules/outcome.ts';
import type { NextLevelPath } from './path.ts';

export interface PlannedValues {
  inputs: Record<string, InputValue | null | undefined>;
  overrides: Record<string, number>;
}

/**
 * The inputs (and reviewer points) a unit would report after following the path: what a what-if
 * scores, and what the tests feed back through the engine to check the level is reached.
 */
export function applyPath(
  path: Pick<NextLevelPath, 'steps'>,
  inputs: Inputs,
  overrides: Readonly<Record<string, number>> = {},
): PlannedValues {
  const planned: PlannedValues = { inputs: { ...inputs }, overrides: { ...overrides } };
  for (const step of path.steps) {
    if (step.overridden || step.input === undefined) planned.overrides[step.code] = step.target;
    else planned.inputs[step.code] = step.input;
  }
  return planned;
}
