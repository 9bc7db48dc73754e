import { RULE_KINDS, type RuleKind } from '@chiso/scoring';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { parseNumber } from '../../../lib/scoring.ts';
import { FormActions, TextField } from '../../../ui/fields.tsx';
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
  const [code, setCode] = useState(suggestedCode);
  const [nameVi, setNameVi] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [maxPoints, setMaxPoints] = useState('1');
  const [ruleKind, setRuleKind] = useState<RuleKind>('yesNo');
  const [localError, setLocalError] = useState<string | undefined>();
  const { error, saving, submit: add } = useEditSubmit(onAdd, onDone);
  const id = `add-${kind}-${parentCode ?? 'set'}`;
  const server = fieldErrors(error, locale);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const max = parseNumber(maxPoints);
    if (max === null || Number.isNaN(max)) {
      setLocalError(t('editor.notANumber'));
      return;
    }
    setLocalError(undefined);
    await add(
      newNode(kind, { code: code.trim(), name: { vi: nameVi, en: nameEn }, maxPoints: max, ruleKind }),
    );
  };

  return (
    <form className="add-node" onSubmit={submit} aria-label={t(`editor.add.${kind}`)}>
      <h4>{t(`editor.add.${kind}`)}</h4>
      {(kind === 'group' || kind === 'category') && (
        <p className="muted small">{t(`editor.addHint.${kind}`)}</p>
      )}
      <div className="form-grid">
        <TextField
          id={`${id}-code`}
          label={t('editor.code')}
          value={code}
          onChange={setCode}
          error={server.code}
        />
        <TextField
          id={`${id}-name-vi`}
          label={t('editor.nameVi')}
          value={nameVi}
          onChange={setNameVi}
          error={server.name}
        />
        <TextField id={`${id}-name-en`} label={t('editor.nameEn')} value={nameEn} onChange={setNameEn} />
        <TextField
          id={`${id}-max`}
          label={t('editor.maxPoints')}
          numeric
          value={maxPoints}
          onChange={setMaxPoints}
          error={localError ?? server.maxPoints}
        />
        {kind !== 'category' && (
          <div className="form-field">
            <label htmlFor={`${id}-rule`}>{t('editor.ruleKind')}</label>
            <select
              id={`${id}-rule`}
              value={ruleKind}
              onChange={(event) => setRuleKind(event.target.value as RuleKind)}
            >
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
