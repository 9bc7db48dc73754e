import type { Category, CriteriaSet, Criterion, CriterionGroup, Indicator } from '@chiso/scoring';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../graphql/errors.ts';
import type { Outcome } from '../../../graphql/useAction.ts';
import type { CriteriaIssue } from '../operations.ts';
import { AddNodeForm } from './AddNodeForm.tsx';
import { CHILDREN, type EditorKind } from './draft.ts';
import { LevelRulesEditor } from './LevelRulesEditor.tsx';
import { NodeForm } from './NodeForm.tsx';
import { NodeHeader } from './NodeHeader.tsx';
import type { DraftActions } from './useDraftEditor.ts';

type AnyNode = Category | CriterionGroup | Criterion | Indicator;

/** The one form open at a time: editing a node, a category's levels, or adding under a parent. */
type Open = { mode: 'edit' | 'levels' | 'add'; code: string } | null;

interface Props {
  set: CriteriaSet;
  issues: ReadonlyMap<string, CriteriaIssue[]>;
  actions: DraftActions;
  onPending: (code: string, fields: Record<string, unknown> | null) => void;
  onNotice: (message: string) => void;
  /** A failed move or removal: no form shows it, so the editor does. */
  onError: (error: AppError | string | null) => void;
  onReload: () => void;
}

function childrenOf(kind: EditorKind, node: AnyNode): AnyNode[] {
  const child = CHILDREN[kind];
  const list = child ? (node as unknown as Record<string, unknown>)[child.list] : undefined;
  return Array.isArray(list) ? (list as AnyNode[]) : [];
}

/** Categories > groups > criteria > indicators, each with edit, move up/down, remove and add. */
export function EditorTree({ set, issues, actions, onPending, onNotice, onError, onReload }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const report = async (outcome: Promise<Outcome<unknown>>, notice: string, formless = false) => {
    const done = await outcome;
    onNotice(done.ok ? notice : '');
    if (formless || done.ok) onError(done.ok ? null : done.error);
    return done;
  };

  const branch = (
    kind: EditorKind,
    node: AnyNode,
    parentCode: string | null,
    index: number,
    count: number,
  ) => {
    const children = childrenOf(kind, node);
    const child = CHILDREN[kind];
    const isOpen = (mode: NonNullable<Open>['mode']) => open?.mode === mode && open.code === node.code;
    const move = async (offset: -1 | 1) => {
      const outcome = await report(
        actions.moveNode(node.code, parentCode, index + offset),
        t('editor.moved', { code: node.code }),
        true,
      );
      // Keep the keyboard where it was: on the same button of the node that moved.
      if (outcome.ok)
        requestAnimationFrame(() => {
          const own = document.getElementById(`move-${offset < 0 ? 'up' : 'down'}-${node.code}`);
          const other = document.getElementById(`move-${offset < 0 ? 'down' : 'up'}-${node.code}`);
          ((own as HTMLButtonElement | null)?.disabled ? other : own)?.focus();
        });
    };
    const remove = () => {
      if (!window.confirm(t('editor.confirmRemove', { code: node.code, name: node.name.vi }))) return;
      void report(actions.removeNode(node.code), t('editor.removed', { code: node.code }), true);
    };
    return (
      <li key={node.code} className={`editor-node kind-${kind}`} data-code={node.code}>
        <NodeHeader kind={kind} node={node} issues={issues.get(node.code) ?? []} />
        <fieldset className="node-actions">
          <legend className="visually-hidden">{t('editor.actionsFor', { code: node.code })}</legend>
          <button
            type="button"
            aria-label={t('editor.editThis', { code: node.code })}
            onClick={() => setOpen({ mode: 'edit', code: node.code })}
          >
            {t('editor.edit')}
          </button>
          <button
            type="button"
            id={`move-up-${node.code}`}
            aria-label={t('editor.moveUp', { code: node.code })}
            disabled={index === 0}
            onClick={() => void move(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            id={`move-down-${node.code}`}
            aria-label={t('editor.moveDown', { code: node.code })}
            disabled={index === count - 1}
            onClick={() => void move(1)}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label={t('editor.removeThis', { code: node.code })}
            disabled={count === 1 && kind !== 'indicator'}
            onClick={remove}
          >
            {t('editor.remove')}
          </button>
          {kind === 'category' && (
            <button
              type="button"
              aria-label={t('editor.editLevels', { code: node.code })}
              onClick={() => setOpen({ mode: 'levels', code: node.code })}
            >
              {t('editor.levels')}
            </button>
          )}
          {child && (
            <button
              type="button"
              // Only a set has categories under it, and the set is not a node of this tree.
              aria-label={t(`editor.addUnder.${child.kind as Exclude<EditorKind, 'category'>}`, {
                code: node.code,
              })}
              onClick={() => setOpen({ mode: 'add', code: node.code })}
            >
              + {t(`editor.kinds.${child.kind}`)}
            </button>
          )}
        </fieldset>
        {isOpen('edit') && (
          <NodeForm
            kind={kind}
            node={node as never}
            onSave={(patch) =>
              report(actions.saveNode(node.code, patch), t('editor.saved', { code: node.code }))
            }
            onDone={close}
            onPending={(fields) => onPending(node.code, fields)}
            onReload={onReload}
          />
        )}
        {isOpen('levels') && kind === 'category' && (
          <LevelRulesEditor
            categoryCode={node.code}
            groups={(node as Category).groups}
            levels={(node as Category).levels}
            onSave={(levels) =>
              report(actions.saveLevels(node.code, levels), t('editor.levelsSaved', { code: node.code }))
            }
            onDone={close}
            onReload={onReload}
          />
        )}
        {isOpen('add') && child && (
          <AddNodeForm
            kind={child.kind}
            parentCode={node.code}
            suggestedCode={`${node.code}.${String(children.length + 1).padStart(2, '0')}`}
            onAdd={(added) =>
              report(actions.addNode(node.code, added), t('editor.added', { code: added.code }))
            }
            onDone={close}
            onReload={onReload}
          />
        )}
        {children.length > 0 && child && (
          <ul className={`editor-children list-${child.list}`}>
            {children.map((item, at) => branch(child.kind, item, node.code, at, children.length))}
          </ul>
        )}
      </li>
    );
  };

  return (
    <div className="editor-tree">
      <ul className="editor-children list-categories">
        {set.categories.map((category, index) =>
          branch('category', category, null, index, set.categories.length),
        )}
      </ul>
      {open?.mode === 'add' && open.code === '(set)' ? (
        <AddNodeForm
          kind="category"
          parentCode={null}
          suggestedCode={`C${set.categories.length + 1}`}
          onAdd={(added) => report(actions.addNode(null, added), t('editor.added', { code: added.code }))}
          onDone={close}
          onReload={onReload}
        />
      ) : (
        <button type="button" onClick={() => setOpen({ mode: 'add', code: '(set)' })}>
          + {t('editor.kinds.category')}
        </button>
      )}
    </div>
  );
}
