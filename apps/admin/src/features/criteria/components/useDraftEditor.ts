import { useRef } from 'react';
import { type Outcome, useAction } from '../../../graphql/useAction.ts';
import {
  ADD_NODE,
  type EditableVersion,
  MOVE_NODE,
  PUBLISH_VERSION,
  REMOVE_NODE,
  SET_LEVEL_RULES,
  UPDATE_NODE,
} from '../operations.ts';
import { levelRulesInput, nodeInput, nodePatchInput } from '../to-input.ts';

export interface DraftActions {
  saveNode: (code: string, patch: Record<string, unknown>) => Promise<Outcome<EditableVersion>>;
  addNode: (parentCode: string | null, node: Record<string, unknown>) => Promise<Outcome<EditableVersion>>;
  moveNode: (code: string, parentCode: string | null, position: number) => Promise<Outcome<EditableVersion>>;
  removeNode: (code: string) => Promise<Outcome<EditableVersion>>;
  saveLevels: (categoryCode: string, levels: unknown[]) => Promise<Outcome<EditableVersion>>;
  publish: () => Promise<Outcome<EditableVersion>>;
}

/** What every editing mutation's input starts with: the draft and the revision the edit was made on. */
type Target = { id: string; revision: number };

/**
 * Every edit of a draft, each sending the revision last read; the version each answers becomes
 * the one shown, so the next edit carries its new revision. Nodes, patches and level rules arrive in
 * the criteria file's shapes and go out as the schema's typed inputs (to-input.ts).
 */
export function useDraftEditor(
  version: EditableVersion,
  onChanged: (version: EditableVersion) => void,
  /** Roll parents' maxima up to the sums of their children with every edit. */
  recomputeMaxima = false,
): DraftActions {
  const latest = useRef(version);
  latest.current = version;
  const [, update] = useAction(UPDATE_NODE, 'updateCriteriaNode');
  const [, add] = useAction(ADD_NODE, 'addCriteriaNode');
  const [, move] = useAction(MOVE_NODE, 'moveCriteriaNode');
  const [, remove] = useAction(REMOVE_NODE, 'removeCriteriaNode');
  const [, levels] = useAction(SET_LEVEL_RULES, 'setLevelRules');
  const [, publish] = useAction(PUBLISH_VERSION, 'publishCriteriaVersion');

  const run =
    <Input extends Target, A extends unknown[]>(
      action: (variables: { input: Input }) => Promise<Outcome<EditableVersion>>,
      fields: (...args: A) => Omit<Input, keyof Target>,
    ) =>
    async (...args: A) => {
      const target = { id: latest.current.id, revision: latest.current.revision };
      const outcome = await action({ input: { ...target, ...fields(...args) } as Input });
      if (outcome.ok) {
        latest.current = outcome.data;
        onChanged(outcome.data);
      }
      return outcome;
    };

  return {
    saveNode: run(update, (code: string, patch: Record<string, unknown>) => ({
      code,
      patch: nodePatchInput(patch),
      recomputeMaxima,
    })),
    addNode: run(add, (parentCode: string | null, node: Record<string, unknown>) => ({
      parentCode,
      node: nodeInput(node),
      recomputeMaxima,
    })),
    moveNode: run(move, (code: string, parentCode: string | null, position: number) => ({
      code,
      parentCode,
      position,
      recomputeMaxima,
    })),
    removeNode: run(remove, (code: string) => ({ code, recomputeMaxima })),
    saveLevels: run(levels, (categoryCode: string, list: unknown[]) => ({
      categoryCode,
      levels: levelRulesInput(list),
      recomputeMaxima,
    })),
    // A publish input has no recomputeMaxima: the schema would refuse one.
    publish: run(publish, () => ({})),
  };
}
