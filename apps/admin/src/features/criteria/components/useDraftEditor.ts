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

export interface DraftActions {
  saveNode: (code: string, patch: Record<string, unknown>) => Promise<Outcome<EditableVersion>>;
  addNode: (parentCode: string | null, node: Record<string, unknown>) => Promise<Outcome<EditableVersion>>;
  moveNode: (code: string, parentCode: string | null, position: number) => Promise<Outcome<EditableVersion>>;
  removeNode: (code: string) => Promise<Outcome<EditableVersion>>;
  saveLevels: (categoryCode: string, levels: unknown[]) => Promise<Outcome<EditableVersion>>;
  publish: () => Promise<Outcome<EditableVersion>>;
}

/** What every editing mutation takes: the draft and the revision the edit was made on. */
type Target = { versionId: string; revision: number; recomputeMaxima?: boolean | null };

/**
 * Every edit of a draft, each sending the revision last read; the version each answers becomes
 * the one shown, so the next edit carries its new revision.
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
    <Variables extends Target, A extends unknown[]>(
      action: (variables: Variables) => Promise<Outcome<EditableVersion>>,
      variables: (...args: A) => Omit<Variables, keyof Target>,
    ) =>
    async (...args: A) => {
      const target = { versionId: latest.current.id, revision: latest.current.revision, recomputeMaxima };
      // Every edit names the version and the revision it was made on (publish ignores recomputeMaxima).
      const outcome = await action({ ...target, ...variables(...args) } as Variables);
      if (outcome.ok) {
        latest.current = outcome.data;
        onChanged(outcome.data);
      }
      return outcome;
    };

  return {
    saveNode: run(update, (code: string, patch: Record<string, unknown>) => ({ code, patch })),
    addNode: run(add, (parentCode: string | null, node: Record<string, unknown>) => ({ parentCode, node })),
    moveNode: run(move, (code: string, parentCode: string | null, position: number) => ({
      code,
      parentCode,
      position,
    })),
    removeNode: run(remove, (code: string) => ({ code })),
    saveLevels: run(levels, (categoryCode: string, list: unknown[]) => ({ categoryCode, levels: list })),
    publish: run(publish, () => ({})),
  };
}
