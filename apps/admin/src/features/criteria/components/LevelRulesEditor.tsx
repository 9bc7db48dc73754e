import type { LevelRule, LocalizedText } from '@chiso/scoring';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useMemo } from 'react';
import { type Control, Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { problemsText } from '../../../lib/model-fields.ts';
import { useLocaleSwitch } from '../../../lib/useLocaleSwitch.ts';
import { FormTextField } from '../../../ui/FormTextField.tsx';
import { FieldError, FormActions, TextPair } from '../../../ui/fields.tsx';
import { fieldErrors, needsBanner } from './draft.ts';
import { EditorError } from './EditorError.tsx';
import {
  type ConditionKind,
  type LevelDraft,
  levelRulesValues,
  newCondition,
  newLevel,
  relocaliseLevelDrafts,
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

interface Values {
  levels: LevelDraft[];
}
type LevelsControl = Control<Values, unknown, { levels: unknown[] }>;

const KINDS: ConditionKind[] = ['groupPoints', 'groupShare', 'combinedShare'];

/** A category's levels (Mức 1–4): each reached when all of its conditions hold. */
export function LevelRulesEditor({ categoryCode, groups, levels, onSave, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const schema = useMemo(
    () =>
      levelRulesValues(
        (problems) => t('editor.modelIssue', { detail: problemsText(problems, locale) }),
        locale,
      ),
    [t, locale],
  );
  const { control, handleSubmit, formState, getValues, reset } = useForm<
    Values,
    unknown,
    { levels: unknown[] }
  >({
    resolver: zodResolver(schema),
    defaultValues: { levels: toLevelDrafts(levels, locale) },
    // A message stays until the next save, as the server's do.
    reValidateMode: 'onSubmit',
  });
  // Typed thresholds follow the language ("0,5" ↔ "0.5"), keeping their values.
  useLocaleSwitch(
    locale,
    useCallback(
      (from, to) =>
        reset({ levels: relocaliseLevelDrafts(getValues().levels, from, to) }, { keepDefaultValues: true }),
      [reset, getValues],
    ),
  );
  const { fields, append, remove } = useFieldArray({ control, name: 'levels' });
  const drafts = useWatch({ control, name: 'levels' });
  const { error, saving, submit: save } = useEditSubmit(onSave, onDone);
  const firstGroup = groups[0]?.code ?? '';
  const id = `levels-${categoryCode}`;

  const submit = handleSubmit((values) => save(values.levels));
  // The resolver's word on the list sits at its root (RHF keeps field-array errors there).
  const local = formState.errors.levels;
  const message = local?.root?.message ?? local?.message ?? fieldErrors(error, locale).levels;

  return (
    <form className="level-rules" onSubmit={submit} aria-label={t('editor.levelsOf', { code: categoryCode })}>
      <p className="muted small">{t('editor.levelsHelp')}</p>
      {fields.length === 0 && <p className="muted">{t('editor.noLevels')}</p>}
      {fields.map((field, levelIndex) => (
        <LevelFields
          key={field.id}
          id={`${id}-${levelIndex}`}
          control={control}
          index={levelIndex}
          level={drafts[levelIndex]?.level ?? field.level}
          groups={groups}
          onRemove={() => remove(levelIndex)}
        />
      ))}
      <FieldError id={`${id}-error`} message={message} />
      {needsBanner(error, locale) && <EditorError error={error} onReload={onReload} />}
      <FormActions submitLabel={t('editor.saveLevels')} busy={saving} onCancel={onDone}>
        <button
          type="button"
          disabled={fields.length >= 4}
          onClick={() => append(newLevel(drafts, firstGroup))}
        >
          {t('editor.addLevel')}
        </button>
      </FormActions>
    </form>
  );
}

/** One level: its number, its name and its conditions, all of which must hold. */
function LevelFields({
  id,
  control,
  index,
  level,
  groups,
  onRemove,
}: {
  id: string;
  control: LevelsControl;
  index: number;
  level: number;
  groups: Props['groups'];
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: `levels.${index}.conditions` });
  const firstGroup = groups[0]?.code ?? '';
  return (
    <fieldset className="level">
      <legend>{t('editor.levelTitle', { level })}</legend>
      <div className="form-grid">
        <Controller
          control={control}
          name={`levels.${index}.level`}
          render={({ field }) => (
            <div className="form-field">
              <label htmlFor={`${id}-level`}>{t('editor.level')}</label>
              <select
                id={`${id}-level`}
                value={field.value}
                onChange={(event) => field.onChange(Number(event.target.value))}
              >
                {[1, 2, 3, 4].map((option) => (
                  <option key={option} value={option}>
                    {t('editor.levelTitle', { level: option })}
                  </option>
                ))}
              </select>
            </div>
          )}
        />
        <Controller
          control={control}
          name={`levels.${index}.name`}
          render={({ field }) => (
            <TextPair
              id={`${id}-name`}
              label={t('editor.levelName', { level })}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
      </div>
      <ol className="conditions">
        {fields.map((field, conditionIndex) => (
          <li key={field.id}>
            <ConditionFields
              id={`${id}-${conditionIndex}`}
              control={control}
              name={`levels.${index}.conditions.${conditionIndex}`}
              n={conditionIndex + 1}
              level={level}
              groups={groups}
            />
            <button type="button" disabled={fields.length === 1} onClick={() => remove(conditionIndex)}>
              {t('editor.removeCondition', { n: conditionIndex + 1, level })}
            </button>
          </li>
        ))}
      </ol>
      <div className="actions-inline">
        <button type="button" onClick={() => append(newCondition(firstGroup))}>
          {t('editor.addCondition', { level })}
        </button>
        <button type="button" onClick={onRemove}>
          {t('editor.removeLevel', { level })}
        </button>
      </div>
    </fieldset>
  );
}

function ConditionFields({
  id,
  control,
  name,
  n,
  level,
  groups,
}: {
  id: string;
  control: LevelsControl;
  name: `levels.${number}.conditions.${number}`;
  n: number;
  level: number;
  groups: Props['groups'];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const kind = useWatch({ control, name: `${name}.kind` });
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
      <Controller
        control={control}
        name={`${name}.kind`}
        render={({ field }) => (
          <div className="form-field">
            <label htmlFor={`${id}-kind`}>{label('editor.conditionKind')}</label>
            <select
              id={`${id}-kind`}
              value={field.value}
              onChange={(event) => field.onChange(event.target.value as ConditionKind)}
            >
              {KINDS.map((option) => (
                <option key={option} value={option}>
                  {t(`editor.conditionKinds.${option}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      />
      {kind === 'combinedShare' ? (
        <Controller
          control={control}
          name={`${name}.groups`}
          render={({ field }) => (
            <fieldset className="group-choice">
              <legend>{label('editor.conditionGroups')}</legend>
              {groups.map((group) => (
                <label key={group.code} className="checkbox">
                  <input
                    type="checkbox"
                    checked={field.value.includes(group.code)}
                    onChange={(event) =>
                      field.onChange(
                        event.target.checked
                          ? [...field.value, group.code]
                          : field.value.filter((code) => code !== group.code),
                      )
                    }
                  />{' '}
                  {group.name[locale]}
                </label>
              ))}
            </fieldset>
          )}
        />
      ) : (
        <Controller
          control={control}
          name={`${name}.group`}
          render={({ field }) => (
            <div className="form-field">
              <label htmlFor={`${id}-group`}>{label('editor.conditionGroup')}</label>
              <select id={`${id}-group`} value={field.value} onChange={field.onChange}>
                {groups.map((group) => (
                  <option key={group.code} value={group.code}>
                    {group.name[locale]}
                  </option>
                ))}
              </select>
            </div>
          )}
        />
      )}
      <FormTextField
        control={control}
        name={`${name}.threshold`}
        id={`${id}-threshold`}
        label={label(kind === 'groupPoints' ? 'editor.conditionMinPoints' : 'editor.conditionMinPercent')}
        numeric
      />
    </div>
  );
}
