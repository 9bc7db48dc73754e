import { useTranslation } from 'react-i18next';
import { TextPair } from '../../ui/fields.tsx';
import type { EditorProps } from '../types.ts';
import type { ManualDraft } from './index.ts';

export function ManualEditor({ id, draft, set }: EditorProps<ManualDraft>) {
  const { t } = useTranslation();
  return (
    <TextPair
      id={`${id}-guidance`}
      label={t('editor.guidance')}
      value={draft.guidance}
      onChange={(value) => set('guidance', value)}
    />
  );
}
