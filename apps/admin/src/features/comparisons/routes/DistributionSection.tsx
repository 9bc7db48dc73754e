import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../../lib/locale.ts';
import { ChoiceSelect } from '../components/ChoiceSelect.tsx';
import { DistributionTable } from '../components/DistributionTable.tsx';
import { NormalisedCohort } from '../components/NormalisedCohort.tsx';
import { type MatrixColumn, NODE_DISTRIBUTION } from '../operations.ts';
import type { SectionProps } from './choice.ts';

// recharts stays out of the page's chunk until a distribution is drawn.
const BoxPlot = lazy(() => import('../components/BoxPlot.tsx'));

/** One chosen node across the cohort: its spread (a box plot and a table) and its normalised values. */
export function DistributionSection({
  choice,
  columns,
  onChange,
}: SectionProps & {
  /** The chosen columns, in document order. */
  columns: MatrixColumn[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const node = columns.find((column) => column.code === choice.node)?.code ?? columns[0]?.code ?? '';
  const [{ data, fetching }] = useQuery({
    query: NODE_DISTRIBUTION,
    variables: { periodId: choice.period, unitGroupId: choice.group, nodeCode: node, setCode: choice.set },
    pause: !choice.period || !choice.group || !node,
  });
  if (columns.length === 0) return null;
  const distribution = data?.distribution;
  const name = columns.find((column) => column.code === node)?.name[locale] ?? node;
  return (
    <section aria-labelledby="workbench-distribution" className="workbench-section">
      <h2 id="workbench-distribution">{t('workbench.distribution')}</h2>
      <ChoiceSelect
        label={t('workbench.distributionNode')}
        value={node}
        options={columns.map((column) => ({
          value: column.code,
          label: `${column.code} — ${column.name[locale]}`,
        }))}
        onChange={(code) => onChange({ node: code })}
      />
      {fetching && !data && <p>{t('common.loading')}</p>}
      {distribution && (
        <div className="workbench-grid">
          <DistributionTable distribution={distribution} />
          <Suspense fallback={null}>
            <BoxPlot
              distribution={distribution}
              label={t('workbench.boxPlot', { node: `${node} ${name}` })}
              locale={locale}
            />
          </Suspense>
        </div>
      )}
      {data?.normalisedCohort && <NormalisedCohort cohort={data.normalisedCohort} node={node} />}
    </section>
  );
}
