import type { LocalizedText } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { TextPair } from '../ui/fields.tsx';
import { blank, copy } from './text.ts';
import type { EditorProps, RuleKindUi } from './types.ts';

export interface MeasureDraft {
  measure: LocalizedText;
}

/** What is measured, in both languages: shared by the kinds that score one measured number. */
export function MeasureEditor({ id, draft, set }: EditorProps<MeasureDraft>) {
  const { t } = useTranslation();
  return (
    <TextPair
      id={`${id}-measure`}
      label={t('editor.measure')}
      value={draft.measure}
      onChange={(value) => set('measure', value)}
    />
  );
}

/** The editor draft of a kind whose only field is its measure (share, bestInCohort). */
export function measureDraft(
  kind: 'share' | 'bestInCohort',
): RuleKindUi<'share' | 'bestInCohort', MeasureDraft>['draft'] {
  return {
    empty: () => ({ measure: blank() }),
    fromRule: (rule) => ({ measure: copy(rule.measure) }),
    toRule: (fields) => ({ kind, measure: fields.measure }),
    starter: (name) => ({ measure: copy(name) }),
  };
}
