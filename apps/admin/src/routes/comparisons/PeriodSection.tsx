import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PeriodDeltas } from '../../components/comparisons/PeriodDeltas.tsx';
import { PERIOD_COMPARISON, type PeriodComparison } from '../../graphql/comparisons.ts';
import { type Choice, type ChoiceChange, RULES } from './choice.ts';

/** The chosen period against the earlier one, units followed through their lineage. */
export function PeriodSection({
  choice,
  onChange,
}: {
  choice: Choice;
  onChange: (change: ChoiceChange) => void;
}) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery<{ periodComparison: PeriodComparison | null }>({
    query: PERIOD_COMPARISON,
    variables: {
      fromPeriodId: choice.from,
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
      <label>
        {t('workbench.rule')}{' '}
        <select
          value={choice.rule}
          onChange={(event) => onChange({ rule: event.target.value as Choice['rule'] })}
        >
          {RULES.map((rule) => (
            <option key={rule} value={rule}>
              {t(`workbench.rules.${rule}`)}
            </option>
          ))}
        </select>
      </label>
      {fetching && !data && <p>{t('common.loading')}</p>}
      {error && <p role="alert">{t('common.networkError')}</p>}
      {comparison && <PeriodDeltas comparison={comparison} codes={choice.nodes} />}
    </section>
  );
}
