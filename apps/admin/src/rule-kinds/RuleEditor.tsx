import { RULE_KINDS, type RuleKind } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../ui/fields.tsx';
import type { RuleDraft } from './draft.ts';
import { ruleKindUi } from './registry.ts';

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
          onChange={(event) => onChange({ ...draft, kind: event.target.value as RuleKind })}
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
        <KindFields id={id} draft={draft} onChange={onChange} />
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

/** The fields of the draft's kind, from that kind's folder. */
function KindFields({
  id,
  draft,
  onChange,
}: {
  id: string;
  draft: RuleDraft;
  onChange: (draft: RuleDraft) => void;
}) {
  const { Editor } = ruleKindUi(draft.kind);
  if (!Editor) return null;
  // The draft holds every kind's fields; this kind's editor sees and sets its own.
  const set = (key: PropertyKey, value: unknown) => onChange({ ...draft, [key]: value });
  return <Editor id={id} draft={draft} set={set} />;
}
