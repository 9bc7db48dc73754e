import { formatPercent } from '@chiso/scoring';
import type { PointerEvent } from 'react';
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
 * showing the measure chosen: the share in whole percent, or the points. A cell's tooltip (unit, node,
 * share and points) is written when the pointer reaches it: made for all 13,806 cells of a province's
 * communes × criteria, it was ~30 % of the table's drawing (`pnpm bench heatmap`).
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
  // Written on every visit, not kept: React reuses a cell for new figures of the same unit and node.
  const describeCell = (event: PointerEvent<HTMLTableElement>) => {
    const cell = (event.target as Element).closest('td');
    if (!cell) return;
    const row = rows[(cell.parentElement as HTMLTableRowElement).sectionRowIndex];
    const index = cell.cellIndex - 1; // after the row's header
    const column = columns[index];
    if (!row || !column) return;
    cell.title = `${row.unit.name} · ${column.name[locale]}: ${share(row.shares[index] ?? null)} (${points(row.points[index])})`;
  };
  return (
    <table
      onPointerOver={describeCell}
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
            {row.shares.map((value, index) => (
              <td key={columns[index]?.code ?? index} style={{ background: shareColour(value) }}>
                {measure === 'POINTS'
                  ? points(row.points[index])
                  : value === null
                    ? '—'
                    : Math.round(value * 100)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
