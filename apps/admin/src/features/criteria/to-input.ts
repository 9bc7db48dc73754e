import type { VariablesOf } from '../../graphql/graphql.ts';
import type { ADD_NODE, SET_LEVEL_RULES, UPDATE_NODE } from './operations.ts';

export type NodePatchInput = VariablesOf<typeof UPDATE_NODE>['input']['patch'];
export type NodeInput = VariablesOf<typeof ADD_NODE>['input']['node'];
export type LevelRuleInput = VariablesOf<typeof SET_LEVEL_RULES>['input']['levels'][number];

/**
 * The editor works in the shapes criteria files hold (and `CriteriaVersion.document` answers); the
 * typed inputs differ in three ways: kinds are enum names ("yesNo" → YES_NO, also `zeroDenominator`),
 * a source row that is a label rather than a number goes in `rowLabel`, and there is no `$schema`.
 */
export function toInput(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toInput);
  if (value === null || typeof value !== 'object') return value;
  const input: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === '$schema') continue;
    if ((key === 'kind' || key === 'zeroDenominator') && typeof field === 'string')
      input[key] = enumName(field);
    else if (key === 'row' && typeof field === 'string') input.rowLabel = field;
    else input[key] = toInput(field);
  }
  return input;
}

/** camelCase file value → SCREAMING_SNAKE enum name, as the API names its enum values. */
const enumName = (value: string) => value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

// The casts trust the editor's own builders (node-form, draft, level-draft) to produce file shapes;
// the API validates what arrives either way.
export const nodePatchInput = (patch: Record<string, unknown>) => toInput(patch) as NodePatchInput;
export const nodeInput = (node: Record<string, unknown>) => toInput(node) as NodeInput;
export const levelRulesInput = (levels: readonly unknown[]) => toInput(levels) as LevelRuleInput[];
