import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { publishedPeriods } from '../../../lib/cohort.ts';
import { RESULT_FILTERS } from '../../results/operations.ts';
import { CohortControls } from './CohortControls.tsx';
import { definitionOf, paramsOf } from './choice.ts';
import { DistributionSection } from './DistributionSection.tsx';
import { MatrixSection, useColumns } from './MatrixSection.tsx';
import { PeriodSection } from './PeriodSection.tsx';
import { SavedComparisons } from './SavedComparisons.tsx';
import { useChoice } from './useChoice.ts';

/**
 * The analyst's workbench: cohort, periods, nodes and measure (kept in the URL) → heatmap,
 * period-over-period deltas, a node's distribution, weakest criteria; save, reopen, export.
 */
export default function Workbench() {
  const { t } = useTranslation();
  const [{ data: filters }] = useQuery({ query: RESULT_FILTERS });
  const published = publishedPeriods(filters);
  const { choice, change, restore } = useChoice({
    group: filters?.unitGroups[0]?.id ?? '',
    period: published[0]?.id ?? '',
  });
  const columns = useColumns(choice);
  const chosen = columns.filter((column) => !choice.nodes || choice.nodes.includes(column.code));
  const ready = Boolean(choice.group && choice.period);
  return (
    <div className="page">
      <h1>{t('workbench.title')}</h1>
      <CohortControls filters={filters} choice={choice} onChange={change} />
      {filters && published.length === 0 && <p>{t('results.noPublished')}</p>}
      {ready && <MatrixSection choice={choice} columns={columns} onChange={change} />}
      {ready && choice.from && <PeriodSection choice={choice} onChange={change} />}
      {ready && <DistributionSection choice={choice} columns={chosen} onChange={change} />}
      <SavedComparisons
        definition={ready && choice.nodes?.length !== 0 ? definitionOf(choice) : null}
        filters={filters}
        onOpen={(definition) => restore(paramsOf(definition))}
      />
    </div>
  );
}
