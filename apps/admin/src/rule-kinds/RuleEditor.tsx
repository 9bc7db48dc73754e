import { RULE_KINDS, type RuleKind } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { FieldError, TextField, TextPair } from './fields.tsx';
import type { RuleDraft } from './rule-draft.ts';

interface Props {
  id: string;
  draft: RuleDraft;
  onChange: (draft: RuleDraft) => void;
  /** The server's message about the rule, shown under it. */
  error?: string | undefined;
  disabled?: boolean;
}

/** How a criterion or indicator is scored: the kind, then that kind's own typed, labelled fields. */
export function RuleEditor({ id, draft, onChange, error, disabled = false }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="rule-editor"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
      disabled={disabled}
    >
      <legend>{t('editor.rule')}</legend>
      <div className="form-field">
        <label htmlFor={`${id}-kind`}>{t('editor.ruleKind')}</label>
        <select
          id={`${id}-kind`}
          value={draft.kind}
          onChange={(event) => set('kind', event.target.value as RuleKind)}
        >
          {RULE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`ruleKind.${kind}`)}
            </option>
          ))}
        </select>
        <p className="muted small">{t(`editor.ruleHelp.${draft.kind}`)}</p>
      </div>
      <div className="form-grid">
        <KindFields id={id} draft={draft} set={set} />
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

type Setter = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => void;

/** The texts each kind words itself with, in both languages. */
const TEXTS: Record<
  RuleKind,
  Array<'question' | 'guidance' | 'measure' | 'numerator' | 'denominator' | 'item'>
> = {
  yesNo: ['question'],
  manual: ['guidance'],
  share: ['measure'],
  bestInCohort: ['measure'],
  steps: ['measure'],
  ratio: ['numerator', 'denominator'],
  cappedCount: ['item'],
  choice: [],
};

function KindFields({ id, draft, set }: { id: string; draft: RuleDraft; set: Setter }) {
  const { t } = useTranslation();
  return (
    <>
      {TEXTS[draft.kind].map((field) => (
        <TextPair
          key={field}
          id={`${id}-${field}`}
          label={t(`editor.${field}`)}
          value={draft[field]}
          onChange={(value) => set(field, value)}
        />
      ))}
      {draft.kind === 'ratio' && (
        <div className="form-field">
          <label htmlFor={`${id}-zero`}>{t('editor.zeroDenominator')}</label>
          <select
            id={`${id}-zero`}
            value={draft.zeroDenominator}
            onChange={(event) => set('zeroDenominator', event.target.value as 'zero' | 'full')}
          >
            <option value="zero">{t('editor.zeroGivesNothing')}</option>
            <option value="full">{t('editor.zeroGivesFull')}</option>
          </select>
        </div>
      )}
      {draft.kind === 'cappedCount' && (
        <TextField
          id={`${id}-per-item`}
          label={t('editor.pointsPerItem')}
          numeric
          value={draft.pointsPerItem}
          onChange={(value) => set('pointsPerItem', value)}
        />
      )}
      {draft.kind === 'steps' && <StepsFields id={id} draft={draft} set={set} />}
      {draft.kind === 'choice' && <OptionsFields id={id} draft={draft} set={set} />}
    </>
  );
}

function StepsFields({ id, draft, set }: { id: string; draft: RuleDraft; set: Setter }) {
  const { t } = useTranslation();
  const change = (index: number, key: 'min' | 'points', value: string) =>
    set(
      'steps',
      draft.steps.map((step, at) => (at === index ? { ...step, [key]: value } : step)),
    );
  return (
    <fieldset className="rows wide">
      <legend>{t('editor.steps')}</legend>
      {draft.steps.map((step, index) => (
        // Steps have no identity but their place; the list is short and edited in place.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
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
  );
}

function OptionsFields({ id, draft, set }: { id: string; draft: RuleDraft; set: Setter }) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<RuleDraft['options'][number]>) =>
    set(
      'options',
      draft.options.map((option, at) => (at === index ? { ...option, ...patch } : option)),
    );
  return (
    <fieldset className="rows wide">
      <legend>{t('editor.options')}</legend>
      {draft.options.map((option, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an option's value is what is being typed
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
