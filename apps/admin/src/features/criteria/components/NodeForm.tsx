import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { RuleEditor } from '../../../rule-kinds/RuleEditor.tsx';
import { FormActions, TextField } from '../../../ui/fields.tsx';
import { type EditorKind, fieldErrors, needsBanner } from './draft.ts';
import { EditorError } from './EditorError.tsx';
import { type NodeValues, pendingFields, toPatch, valuesOf } from './node-form.ts';
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
  const [values, setValues] = useState<NodeValues>(() => valuesOf(kind, node));
  const [local, setLocal] = useState<Record<string, string>>({});
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
  const messageFor = (field: string) => local[field] ?? server[field];

  const change = (next: NodeValues) => {
    setValues(next);
    onPending?.(pendingFields(next));
  };
  const set = <K extends keyof NodeValues>(key: K, value: NodeValues[K]) =>
    change({ ...values, [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = toPatch(kind, node, values);
    if (!result.ok) {
      setLocal(
        Object.fromEntries(Object.entries(result.errors).map(([field, key]) => [field, t(`editor.${key}`)])),
      );
      return;
    }
    setLocal({});
    await save(result.patch);
  };
  const cancel = () => {
    onPending?.(null);
    onDone();
  };

  return (
    <form className="node-form" onSubmit={submit} aria-label={t('editor.editNode', { code: node.code })}>
      <div className="form-grid">
        <TextField
          id={`${id}-name-vi`}
          label={t('editor.nameVi')}
          value={values.nameVi}
          onChange={(value) => set('nameVi', value)}
          error={messageFor('name')}
        />
        <TextField
          id={`${id}-name-en`}
          label={t('editor.nameEn')}
          value={values.nameEn}
          onChange={(value) => set('nameEn', value)}
          error={messageFor('nameEn')}
        />
        <TextField
          id={`${id}-max`}
          label={t('editor.maxPoints')}
          numeric
          value={values.maxPoints}
          onChange={(value) => set('maxPoints', value)}
          error={messageFor('maxPoints')}
        />
        {kind === 'criterion' && (
          <TextField
            id={`${id}-number`}
            label={t('editor.number')}
            numeric
            value={values.number}
            onChange={(value) => set('number', value)}
            error={messageFor('number')}
          />
        )}
        <TextField
          id={`${id}-weight`}
          label={t('editor.weight')}
          numeric
          value={values.weight}
          onChange={(value) => set('weight', value)}
          error={messageFor('weight')}
        />
      </div>
      {values.rule ? (
        <>
          <RuleEditor
            id={`${id}-rule`}
            draft={values.rule}
            onChange={(rule) => set('rule', rule)}
            error={messageFor('rule')}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.evidenceRequired}
              onChange={(event) => set('evidenceRequired', event.target.checked)}
            />{' '}
            {t('editor.evidenceRequired')}
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
