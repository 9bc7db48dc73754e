import { useTranslation } from 'react-i18next';
import { TextPair } from '../../ui/fields.tsx';
import type { EditorProps } from '../types.ts';
import type { RatioDraft } from './index.ts';

export function RatioEditor({ id, draft, set }: EditorProps<RatioDraft>) {
  const { t } = useTranslation();
  return (
    <>
      <TextPair
        id={`${id}-numerator`}
        label={t('editor.numerator')}
        value={draft.numerator}
        onChange={(value) => set('numerator', value)}
      />
      <TextPair
        id={`${id}-denominator`}
        label={t('editor.denominator')}
        value={draft.denominator}
        onChange={(value) => set('denominator', value)}
      />
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
    </>
  );
}
