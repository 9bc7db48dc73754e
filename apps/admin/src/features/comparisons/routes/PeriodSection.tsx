import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { RequestFailed } from '../../../ui/RequestFailed.tsx';
import { ChoiceSelect } from '../components/ChoiceSelect.tsx';
import { PeriodDeltas } from '../components/PeriodDeltas.tsx';
import { PERIOD_COMPARISON } from '../operations.ts';
import { RULES, type SectionProps } from './choice.ts';

/** The chosen period against the earlier one, units followed through their lineage. */
export function PeriodSection({ choice, onChange }: SectionProps) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: PERIOD_COMPARISON,
    variables: {
      fromPeriodId: choice.from ?? '',
      toPeriodId: choice.period,
      unitGroupId: choice.group,
      nodeKind: choice.kind,
      rule: choice.rule,
      setCode: choice.set,
    },
    pause: !choice.from || !choice.period || !choice.group,
  });
  const comparison = data?.periodComparison;
  return (
    <section aria-labelledby="workbench-periods" className="workbench-section">
      <h2 id="workbench-periods">{t('workbench.periods')}</h2>
      <ChoiceSelect
        label={t('workbench.rule')}
        value={choice.rule}
        options={RULES.map((rule) => ({ value: rule, label: t(`workbench.rules.${rule}`) }))}
        onChange={(rule) => onChange({ rule })}
      />
      {fetching && !data && <p>{t('common.loading')}</p>}
      <RequestFailed error={error} />
      {comparison && <PeriodDeltas comparison={comparison} codes={choice.nodes} />}
    </section>
  );
}
