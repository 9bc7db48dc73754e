import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/fields.tsx';
import { MeasureEditor } from '../MeasureEditor.tsx';
import type { EditorProps } from '../types.ts';
import type { StepsDraft } from './index.ts';

/** What is measured, then the thresholds, each with its points; rows added and removed in place. */
export function StepsEditor({ id, draft, set }: EditorProps<StepsDraft>) {
  const { t } = useTranslation();
  const change = (index: number, key: 'min' | 'points', value: string) =>
    set(
      'steps',
      draft.steps.map((step, at) => (at === index ? { ...step, [key]: value } : step)),
    );
  return (
    <>
      <MeasureEditor id={id} draft={draft} set={set} />
      <fieldset className="rows wide">
        <legend>{t('editor.steps')}</legend>
        {draft.steps.map((step, index) => (
          // Steps have no identity but their place; the list is short and edited in place.
          <div className="row" key={index}>
            <TextField
              id={`${id}-step-${index}-min`}
              label={t('editor.stepMin', { n: index + 1 })}
              numeric
              value={step.min}
              onChange={(value) => change(index, 'min', value)}
            />
            <TextField
              id={`${id}-step-${index}-points`}
              label={t('editor.stepPoints', { n: index + 1 })}
              numeric
              value={step.points}
              onChange={(value) => change(index, 'points', value)}
            />
            <button
              type="button"
              disabled={draft.steps.length === 1}
              onClick={() =>
                set(
                  'steps',
                  draft.steps.filter((_, at) => at !== index),
                )
              }
            >
              {t('editor.removeStep', { n: index + 1 })}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set('steps', [...draft.steps, { min: '', points: '' }])}>
          {t('editor.addStep')}
        </button>
      </fieldset>
    </>
  );
}
