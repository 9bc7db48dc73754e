import { formatPercent } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { MatrixColumn, MatrixRow, Measure } from '../operations.ts';
import './comparisons.css';
import { points as formatApiPoints } from './format.ts';

/** Red (0 %) → amber → green (100 %); grey when missing or not applicable. */
export function shareColour(share: number | null): string {
  if (share === null) return '#e5e7eb';
  const hue = Math.round(Math.max(0, Math.min(1, share)) * 120);
  return `hsl(${hue} 70% 80%)`;
}

/**
 * Units × nodes, laid out as a CSS grid (table semantics kept), each cell coloured by its share and
 * showing the measure chosen: the share in whole percent, or the points.
 */
export function Heatmap({
  columns,
  rows,
  measure = 'SHARE',
}: {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  measure?: Measure;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const share = (value: number | null) => (value === null ? '—' : formatPercent(value, locale));
  const points = (value: number | null | undefined) => formatApiPoints(value, locale);
  return (
    <table
      className="heatmap"
      aria-label={t(measure === 'POINTS' ? 'workbench.heatmapPoints' : 'workbench.heatmap')}
      style={{
        gridTemplateColumns: `minmax(12rem, max-content) repeat(${columns.length}, minmax(3.2rem, 1fr))`,
      }}
    >
      <thead className="heatmap-row">
        <tr className="heatmap-row">
          <th scope="col">{t('assessments.unit')}</th>
          {columns.map((column) => (
            <th scope="col" key={column.code} title={column.name[locale]} className="heatmap-head">
              {column.code}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="heatmap-row">
        {rows.map((row) => (
          <tr className="heatmap-row" key={row.unit.id}>
            <th scope="row">
              {row.rank ?? '–'}. {row.unit.name}
            </th>
            {row.shares.map((value, index) => {
              const column = columns[index];
              const cellPoints = row.points[index];
              return (
                <td
                  key={column?.code ?? index}
                  style={{ background: shareColour(value) }}
                  title={`${row.unit.name} · ${column?.name[locale] ?? ''}: ${share(value)} (${points(cellPoints)})`}
                >
                  {measure === 'POINTS' ? points(cellPoints) : value === null ? '—' : Math.round(value * 100)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
