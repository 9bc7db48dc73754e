import { useTranslation } from 'react-i18next';
import { TextField, TextPair } from '../../ui/fields.tsx';
import type { EditorProps } from '../types.ts';
import type { CappedCountDraft } from './index.ts';

export function CappedCountEditor({ id, draft, set }: EditorProps<CappedCountDraft>) {
  const { t } = useTranslation();
  return (
    <>
      <TextPair
        id={`${id}-item`}
        label={t('editor.item')}
        value={draft.item}
        onChange={(value) => set('item', value)}
      />
      <TextField
        id={`${id}-per-item`}
        label={t('editor.pointsPerItem')}
        numeric
        value={draft.pointsPerItem}
        onChange={(value) => set('pointsPerItem', value)}
      />
    </>
  );
}
