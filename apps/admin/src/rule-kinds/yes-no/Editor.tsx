import { useTranslation } from 'react-i18next';
import { TextPair } from '../../ui/fields.tsx';
import type { EditorProps } from '../types.ts';
import type { YesNoDraft } from './index.ts';

export function YesNoEditor({ id, draft, set }: EditorProps<YesNoDraft>) {
  const { t } = useTranslation();
  return (
    <TextPair
      id={`${id}-question`}
      label={t('editor.question')}
      value={draft.question}
      onChange={(value) => set('question', value)}
    />
  );
}
