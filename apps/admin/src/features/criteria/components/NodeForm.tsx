import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { problemsText } from '../../../lib/model-fields.ts';
import { useLocaleSwitch } from '../../../lib/useLocaleSwitch.ts';
import { RuleEditor } from '../../../rule-kinds/RuleEditor.tsx';
import { FormTextField } from '../../../ui/FormTextField.tsx';
import { FormActions } from '../../../ui/fields.tsx';
import { type EditorKind, fieldErrors, needsBanner } from './draft.ts';
import { EditorError } from './EditorError.tsx';
import {
  type NodeValues,
  nodeValues,
  pendingFields,
  relocaliseValues,
  toPatch,
  valuesOf,
} from './node-form.ts';
import { useEditSubmit } from './useEditSubmit.ts';

interface Props {
  kind: EditorKind;
  node: Parameters<typeof valuesOf>[1];
  onSave: (patch: Record<string, unknown>) => Promise<Outcome<unknown>>;
  onDone: () => void;
  /** What is typed so far, for the live preview; null when the form closes. */
  onPending?: ((fields: Record<string, unknown> | null) => void) | undefined;
  onReload?: (() => void) | undefined;
}

/** One node's own fields. On an error the form stays as typed and each message sits by its field. */
export function NodeForm({ kind, node, onSave, onDone, onPending, onReload }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const schema = useMemo(
    () =>
      nodeValues(
        {
          notANumber: t('editor.notANumber'),
          notAWholeNumber: t('editor.notAWholeNumber'),
          refused: (problems) => t('editor.modelIssue', { detail: problemsText(problems, locale) }),
        },
        locale,
      ),
    [t, locale],
  );
  const { control, register, handleSubmit, watch, formState, getValues, reset } = useForm<
    NodeValues,
    unknown,
    ReturnType<typeof schema.parse>
  >({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(kind, node, locale),
    // A message stays until the next save, as the server's do.
    reValidateMode: 'onSubmit',
  });
  const {
    error,
    saving,
    submit: save,
  } = useEditSubmit(onSave, () => {
    onPending?.(null);
    onDone();
  });
  const id = `node-${node.code as string}`;
  const server = fieldErrors(error, locale);
  const local = formState.errors;
  const messageFor = (field: string) =>
    local[field as keyof NodeValues]?.message ?? server[field === 'nameVi' ? 'name' : field];

  // Typed numbers follow the language ("0,5" ↔ "0.5"), keeping their values and what is not yet saved.
  useLocaleSwitch(
    locale,
    useCallback(
      (from, to) => reset(relocaliseValues(getValues(), from, to), { keepDefaultValues: true }),
      [reset, getValues],
    ),
  );

  // The live preview follows every change, before anything is saved.
  useEffect(() => {
    const subscription = watch((values) => onPending?.(pendingFields(values as NodeValues, locale)));
    return () => subscription.unsubscribe();
  }, [watch, onPending, locale]);

  const submit = handleSubmit((values) => save(toPatch(kind, node, values, locale)));
  const cancel = () => {
    onPending?.(null);
    onDone();
  };
  const rule = watch('rule');

  return (
    <form className="node-form" onSubmit={submit} aria-label={t('editor.editNode', { code: node.code })}>
      <div className="form-grid">
        <FormTextField
          control={control}
          name="nameVi"
          id={`${id}-name-vi`}
          label={t('editor.nameVi')}
          error={messageFor('nameVi')}
        />
        <FormTextField
          control={control}
          name="nameEn"
          id={`${id}-name-en`}
          label={t('editor.nameEn')}
          error={messageFor('nameEn')}
        />
        <FormTextField
          control={control}
          name="maxPoints"
          id={`${id}-max`}
          label={t('editor.maxPoints')}
          numeric
          error={messageFor('maxPoints')}
        />
        {kind === 'criterion' && (
          <FormTextField
            control={control}
            name="number"
            id={`${id}-number`}
            label={t('editor.number')}
            numeric
            error={messageFor('number')}
          />
        )}
        <FormTextField
          control={control}
          name="weight"
          id={`${id}-weight`}
          label={t('editor.weight')}
          numeric
          error={messageFor('weight')}
        />
      </div>
      {rule ? (
        <>
          {/* The rule is one field: its kind's editor from the registry holds the draft. */}
          <Controller
            control={control}
            name="rule"
            render={({ field }) => (
              <RuleEditor
                id={`${id}-rule`}
                draft={field.value ?? rule}
                onChange={field.onChange}
                error={messageFor('rule')}
              />
            )}
          />
          <label className="checkbox">
            <input type="checkbox" {...register('evidenceRequired')} /> {t('editor.evidenceRequired')}
          </label>
        </>
      ) : (
        kind === 'criterion' && <p className="muted">{t('editor.scoredByIndicators')}</p>
      )}
      {needsBanner(error, locale) && <EditorError error={error} onReload={onReload} />}
      <FormActions submitLabel={t('editor.save')} busy={saving} onCancel={cancel} />
    </form>
  );
}
