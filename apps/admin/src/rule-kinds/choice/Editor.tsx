import { useTranslation } from 'react-i18next';
import { TextField, TextPair } from '../../ui/fields.tsx';
import type { EditorProps } from '../types.ts';
import type { ChoiceDraft } from './index.ts';

/** The answers, at least two, each with a code, a label in both languages and its points. */
export function ChoiceEditor({ id, draft, set }: EditorProps<ChoiceDraft>) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<ChoiceDraft['options'][number]>) =>
    set(
      'options',
      draft.options.map((option, at) => (at === index ? { ...option, ...patch } : option)),
    );
  return (
    <fieldset className="rows wide">
      <legend>{t('editor.options')}</legend>
      {draft.options.map((option, index) => (
        <div className="row" key={index}>
          <TextField
            id={`${id}-option-${index}-value`}
            label={t('editor.optionValue', { n: index + 1 })}
            value={option.value}
            onChange={(value) => change(index, { value })}
          />
          <TextPair
            id={`${id}-option-${index}-label`}
            label={t('editor.optionLabel', { n: index + 1 })}
            value={option.label}
            onChange={(label) => change(index, { label })}
          />
          <TextField
            id={`${id}-option-${index}-points`}
            label={t('editor.optionPoints', { n: index + 1 })}
            numeric
            value={option.points}
            onChange={(points) => change(index, { points })}
          />
          <button
            type="button"
            disabled={draft.options.length <= 2}
            onClick={() =>
              set(
                'options',
                draft.options.filter((_, at) => at !== index),
              )
            }
          >
            {t('editor.removeOption', { n: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          set('options', [
            ...draft.options,
            { value: `option-${draft.options.length + 1}`, label: { vi: '', en: '' }, points: '' },
          ])
        }
      >
        {t('editor.addOption')}
      </button>
    </fieldset>
  );
}
