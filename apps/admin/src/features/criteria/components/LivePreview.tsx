import { type CriteriaSet, score, scoredNodes } from '@chiso/scoring';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import { type RawInput, relocaliseRaws, resultsByCode, toInputs } from '../../../lib/scoring.ts';
import { useLocaleSwitch } from '../../../lib/useLocaleSwitch.ts';
import { CriteriaTree } from '../../assessments/components/CriteriaTree.tsx';
import { ScoreSummary } from '../../assessments/components/ScoreSummary.tsx';

/** Sample inputs for a criteria version, scored in the browser by @chiso/scoring as they are typed. */
export function LivePreview({ set }: { set: CriteriaSet }) {
  const { t } = useTranslation();
  const [raws, setRaws] = useState<Record<string, RawInput>>({});
  const locale = useLocale();
  const nodes = useMemo(() => scoredNodes(set), [set]);
  useLocaleSwitch(
    locale,
    useCallback((from, to) => setRaws((old) => relocaliseRaws(nodes, old, from, to)), [nodes]),
  );
  const result = useMemo(() => score(set, toInputs(nodes, raws, locale)), [set, nodes, raws, locale]);
  const results = useMemo(() => resultsByCode(result), [result]);
  const onChange = useCallback(
    (code: string, value: RawInput) => setRaws((old) => ({ ...old, [code]: value })),
    [],
  );
  return (
    <div className="with-sidebar">
      <div className="main-column">
        <p className="muted">{t('criteria.previewHint')}</p>
        <button type="button" onClick={() => setRaws({})}>
          {t('criteria.clearPreview')}
        </button>
        <CriteriaTree set={set} results={results} raws={raws} onChange={onChange} />
      </div>
      <aside className="sidebar">
        <ScoreSummary result={result} />
      </aside>
    </div>
  );
}
