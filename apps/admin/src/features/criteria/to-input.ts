import { toTypedInput } from '@chiso/scoring';
import type { VariablesOf } from '../../graphql/graphql.ts';
import type { ADD_NODE, SET_LEVEL_RULES, UPDATE_NODE } from './operations.ts';

export type NodePatchInput = VariablesOf<typeof UPDATE_NODE>['input']['patch'];
export type NodeInput = VariablesOf<typeof ADD_NODE>['input']['node'];
export type LevelRuleInput = VariablesOf<typeof SET_LEVEL_RULES>['input']['levels'][number];

// The editor works in the shapes criteria files hold (and `CriteriaVersion.document` answers);
// `toTypedInput` from @chiso/scoring turns them into the typed inputs' shapes.
// The casts trust the editor's own builders (node-form, draft, level-draft) to produce file shapes;
// the API validates what arrives either way.
export const nodePatchInput = (patch: Record<string, unknown>) => toTypedInput(patch) as NodePatchInput;
export const nodeInput = (node: Record<string, unknown>) => toTypedInput(node) as NodeInput;
export const levelRulesInput = (levels: readonly unknown[]) => toTypedInput(levels) as LevelRuleInput[];
