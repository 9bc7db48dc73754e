import { RULE_KINDS } from '@chiso/scoring';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { problemsText } from '../../../lib/model-fields.ts';
import { FormTextField } from '../../../ui/FormTextField.tsx';
import { FormActions } from '../../../ui/fields.tsx';
import { type AddNodeValues, addNodeValues } from './add-node-form.ts';
import { type EditorKind, fieldErrors, needsBanner, newNode } from './draft.ts';
import { EditorError } from './EditorError.tsx';
import { useEditSubmit } from './useEditSubmit.ts';

interface Props {
  kind: EditorKind;
  parentCode: string | null;
  /** A code to start from, e.g. the parent's code and the next number. */
  suggestedCode: string;
  onAdd: (node: Record<string, unknown>) => Promise<Outcome<unknown>>;
  onDone: () => void;
  onReload?: (() => void) | undefined;
}

/** A new category, group, criterion or indicator; groups and categories come with a first child. */
export function AddNodeForm({ kind, parentCode, suggestedCode, onAdd, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const schema = useMemo(
    () =>
      addNodeValues(
        {
          notANumber: t('editor.notANumber'),
          refused: (problems) => t('editor.modelIssue', { detail: problemsText(problems, locale) }),
        },
        locale,
      ),
    [t, locale],
  );
  const { control, register, handleSubmit, formState } = useForm<
    AddNodeValues,
    unknown,
    ReturnType<typeof schema.parse>
  >({
    resolver: zodResolver(schema),
    defaultValues: { code: suggestedCode, nameVi: '', nameEn: '', maxPoints: '1', ruleKind: 'yesNo' },
    // A message stays until the next try, as the server's do.
    reValidateMode: 'onSubmit',
  });
  const { error, saving, submit: add } = useEditSubmit(onAdd, onDone);
  const id = `add-${kind}-${parentCode ?? 'set'}`;
  const server = fieldErrors(error, locale);
  const local = formState.errors;

  const submit = handleSubmit(({ code, nameVi, nameEn, maxPoints, ruleKind }) =>
    add(newNode(kind, { code, name: { vi: nameVi, en: nameEn }, maxPoints, ruleKind })),
  );

  return (
    <form className="add-node" onSubmit={submit} aria-label={t(`editor.add.${kind}`)}>
      <h4>{t(`editor.add.${kind}`)}</h4>
      {(kind === 'group' || kind === 'category') && (
        <p className="muted small">{t(`editor.addHint.${kind}`)}</p>
      )}
      <div className="form-grid">
        <FormTextField
          control={control}
          name="code"
          id={`${id}-code`}
          label={t('editor.code')}
          error={local.code?.message ?? server.code}
        />
        <FormTextField
          control={control}
          name="nameVi"
          id={`${id}-name-vi`}
          label={t('editor.nameVi')}
          error={server.name}
        />
        <FormTextField control={control} name="nameEn" id={`${id}-name-en`} label={t('editor.nameEn')} />
        <FormTextField
          control={control}
          name="maxPoints"
          id={`${id}-max`}
          label={t('editor.maxPoints')}
          numeric
          error={local.maxPoints?.message ?? server.maxPoints}
        />
        {kind !== 'category' && (
          <div className="form-field">
            <label htmlFor={`${id}-rule`}>{t('editor.ruleKind')}</label>
            <select id={`${id}-rule`} {...register('ruleKind')}>
              {RULE_KINDS.map((option) => (
                <option key={option} value={option}>
                  {t(`ruleKind.${option}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {needsBanner(error, locale) && <EditorError error={error} onReload={onReload} />}
      <FormActions submitLabel={t('editor.addSubmit')} busy={saving} onCancel={onDone} />
    </form>
  );
}
