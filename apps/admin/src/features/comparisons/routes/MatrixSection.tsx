import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../../lib/locale.ts';
import { Heatmap } from '../components/Heatmap.tsx';
import { NodePicker } from '../components/NodePicker.tsx';
import { COMPARISON_COLUMNS, COMPARISON_MATRIX, type MatrixColumn, matrixExportUrl } from '../operations.ts';
import type { Choice, SectionProps } from './choice.ts';
import { WeakestCriteria } from './WeakestCriteria.tsx';

/** The columns offered for a cohort and kind (the same for any chosen subset of them). */
export function useColumns(choice: Choice): MatrixColumn[] {
  const [{ data }] = useQuery({
    query: COMPARISON_COLUMNS,
    variables: {
      periodId: choice.period,
      unitGroupId: choice.group,
      nodeKind: choice.kind,
      setCode: choice.set,
    },
    pause: !choice.period || !choice.group,
  });
  return data?.comparisonMatrix?.columns ?? [];
}

/** The chosen nodes as heatmap columns, the downloads, and the cohort's weakest criteria. */
export function MatrixSection({ choice, columns, onChange }: SectionProps & { columns: MatrixColumn[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const none = choice.nodes?.length === 0;
  const [{ data, fetching }] = useQuery({
    query: COMPARISON_MATRIX,
    variables: {
      periodId: choice.period,
      unitGroupId: choice.group,
      nodeKind: choice.kind,
      nodeCodes: choice.nodes,
      setCode: choice.set,
    },
    pause: !choice.period || !choice.group || none,
  });
  const matrix = data?.comparisonMatrix;
  return (
    <>
      <section aria-labelledby="workbench-matrix" className="workbench-section">
        <h2 id="workbench-matrix">{t('workbench.matrix')}</h2>
        {columns.length > 0 && (
          <NodePicker
            columns={columns}
            chosen={choice.nodes}
            onChange={(nodes) => {
              // The distribution's node stays only while it is still a column.
              const keepNode = choice.node && (!nodes || nodes.includes(choice.node));
              onChange({ nodes, node: keepNode ? choice.node : null });
            }}
          />
        )}
        {choice.period && choice.group && (
          <p className="downloads">
            {(['csv', 'xlsx'] as const).map((format, index) => (
              <span key={format}>
                {index > 0 && ' · '}
                <a
                  href={matrixExportUrl(
                    format,
                    locale,
                    choice.period,
                    choice.group,
                    choice.kind,
                    choice.set,
                    choice.nodes,
                  )}
                  download
                >
                  {t(`workbench.${format}`)}
                </a>
              </span>
            ))}
          </p>
        )}
        {none && <p role="status">{t('workbench.noNodes')}</p>}
        {fetching && !data && <p>{t('common.loading')}</p>}
        {matrix && !none && <Heatmap columns={matrix.columns} rows={matrix.rows} measure={choice.measure} />}
      </section>
      {data?.weakestCriteria && <WeakestCriteria criteria={data.weakestCriteria.criteria} />}
    </>
  );
}
