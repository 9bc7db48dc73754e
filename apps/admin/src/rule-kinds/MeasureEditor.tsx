import type { LocalizedText } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { TextPair } from '../ui/fields.tsx';
import type { EditorProps } from './types.ts';

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
