import type { LevelRule, LocalizedText } from '@chiso/scoring';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { FieldError, FormActions, TextField, TextPair } from '../../../ui/fields.tsx';
import { fieldErrors, needsBanner } from './draft.ts';
import { EditorError } from './EditorError.tsx';
import {
  type ConditionDraft,
  type ConditionKind,
  fromLevelDrafts,
  type LevelDraft,
  newCondition,
  newLevel,
  toLevelDrafts,
} from './level-draft.ts';
import { useEditSubmit } from './useEditSubmit.ts';

interface Props {
  categoryCode: string;
  groups: ReadonlyArray<{ code: string; name: LocalizedText }>;
  levels: readonly LevelRule[];
  onSave: (levels: unknown[]) => Promise<Outcome<unknown>>;
  onDone: () => void;
  onReload?: (() => void) | undefined;
}

const KINDS: ConditionKind[] = ['groupPoints', 'groupShare', 'combinedShare'];

/** A category's levels (Mức 1–4): each reached when all of its conditions hold. */
export function LevelRulesEditor({ categoryCode, groups, levels, onSave, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [drafts, setDrafts] = useState<LevelDraft[]>(() => toLevelDrafts(levels));
  const { error, saving, submit: save } = useEditSubmit(onSave, onDone);
  const firstGroup = groups[0]?.code ?? '';
  const id = `levels-${categoryCode}`;
  const updateLevel = (index: number, patch: Partial<LevelDraft>) =>
    setDrafts(drafts.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));
  const updateCondition = (level: number, index: number, patch: Partial<ConditionDraft>) =>
    updateLevel(level, {
      conditions: (drafts[level]?.conditions ?? []).map((condition, at) =>
        at === index ? { ...condition, ...patch } : condition,
      ),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save(fromLevelDrafts(drafts));
  };
  const message = fieldErrors(error, locale).levels;

  return (
    <form className="level-rules" onSubmit={submit} aria-label={t('editor.levelsOf', { code: categoryCode })}>
      <p className="muted small">{t('editor.levelsHelp')}</p>
      {drafts.length === 0 && <p className="muted">{t('editor.noLevels')}</p>}
      {drafts.map((draft, levelIndex) => (
        <fieldset key={draft.key} className="level">
          <legend>{t('editor.levelTitle', { level: draft.level })}</legend>
          <div className="form-grid">
            <div className="form-field">
              <label htmlFor={`${id}-${levelIndex}-level`}>{t('editor.level')}</label>
              <select
                id={`${id}-${levelIndex}-level`}
                value={draft.level}
                onChange={(event) => updateLevel(levelIndex, { level: Number(event.target.value) })}
              >
                {[1, 2, 3, 4].map((level) => (
                  <option key={level} value={level}>
                    {t('editor.levelTitle', { level })}
                  </option>
                ))}
              </select>
            </div>
            <TextPair
              id={`${id}-${levelIndex}-name`}
              label={t('editor.levelName', { level: draft.level })}
              value={draft.name}
              onChange={(name) => updateLevel(levelIndex, { name })}
            />
          </div>
          <ol className="conditions">
            {draft.conditions.map((condition, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: conditions are identified by their place
              <li key={index}>
                <ConditionFields
                  id={`${id}-${levelIndex}-${index}`}
                  n={index + 1}
                  level={draft.level}
                  condition={condition}
                  groups={groups}
                  onChange={(patch) => updateCondition(levelIndex, index, patch)}
                />
                <button
                  type="button"
                  disabled={draft.conditions.length === 1}
                  onClick={() =>
                    updateLevel(levelIndex, { conditions: draft.conditions.filter((_, at) => at !== index) })
                  }
                >
                  {t('editor.removeCondition', { n: index + 1, level: draft.level })}
                </button>
              </li>
            ))}
          </ol>
          <div className="actions-inline">
            <button
              type="button"
              onClick={() =>
                updateLevel(levelIndex, { conditions: [...draft.conditions, newCondition(firstGroup)] })
              }
            >
              {t('editor.addCondition', { level: draft.level })}
            </button>
            <button type="button" onClick={() => setDrafts(drafts.filter((_, at) => at !== levelIndex))}>
              {t('editor.removeLevel', { level: draft.level })}
            </button>
          </div>
        </fieldset>
      ))}
      <FieldError id={`${id}-error`} message={message} />
      {needsBanner(error, locale) && <EditorError error={error} onReload={onReload} />}
      <FormActions submitLabel={t('editor.saveLevels')} busy={saving} onCancel={onDone}>
        <button
          type="button"
          disabled={drafts.length >= 4}
          onClick={() => setDrafts([...drafts, newLevel(drafts, firstGroup)])}
        >
          {t('editor.addLevel')}
        </button>
      </FormActions>
    </form>
  );
}

function ConditionFields({
  id,
  n,
  level,
  condition,
  groups,
  onChange,
}: {
  id: string;
  n: number;
  level: number;
  condition: ConditionDraft;
  groups: Props['groups'];
  onChange: (patch: Partial<ConditionDraft>) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = (
    key:
      | 'editor.conditionKind'
      | 'editor.conditionGroups'
      | 'editor.conditionGroup'
      | 'editor.conditionMinPoints'
      | 'editor.conditionMinPercent',
  ) => t(key, { n, level });
  return (
    <div className="row condition">
      <div className="form-field">
        <label htmlFor={`${id}-kind`}>{label('editor.conditionKind')}</label>
        <select
          id={`${id}-kind`}
          value={condition.kind}
          onChange={(event) => onChange({ kind: event.target.value as ConditionKind })}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`editor.conditionKinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {condition.kind === 'combinedShare' ? (
        <fieldset className="group-choice">
          <legend>{label('editor.conditionGroups')}</legend>
          {groups.map((group) => (
            <label key={group.code} className="checkbox">
              <input
                type="checkbox"
                checked={condition.groups.includes(group.code)}
                onChange={(event) =>
                  onChange({
                    groups: event.target.checked
                      ? [...condition.groups, group.code]
                      : condition.groups.filter((code) => code !== group.code),
                  })
                }
              />{' '}
              {group.name[locale]}
            </label>
          ))}
        </fieldset>
      ) : (
        <div className="form-field">
          <label htmlFor={`${id}-group`}>{label('editor.conditionGroup')}</label>
          <select
            id={`${id}-group`}
            value={condition.group}
            onChange={(event) => onChange({ group: event.target.value })}
          >
            {groups.map((group) => (
              <option key={group.code} value={group.code}>
                {group.name[locale]}
              </option>
            ))}
          </select>
        </div>
      )}
      <TextField
        id={`${id}-threshold`}
        label={label(
          condition.kind === 'groupPoints' ? 'editor.conditionMinPoints' : 'editor.conditionMinPercent',
        )}
        numeric
        value={condition.threshold}
        onChange={(threshold) => onChange({ threshold })}
      />
    </div>
  );
}
