import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { PeriodComparison, UnitDelta, UnitPeriodStatus } from '../operations.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { deltaColour, points, signedPoints } from './format.ts';
import { LineageCell } from './LineageCell.tsx';
import './comparisons.css';

const STATUSES: readonly UnitPeriodStatus[] = ['BOTH', 'RENAMED', 'MERGED', 'SPLIT', 'ADDED', 'REMOVED'];
const ORDERS = ['risers', 'fallers', 'name'] as const;
type Order = (typeof ORDERS)[number];

/** Units without a change (ADDED, REMOVED) go last whichever way the list is sorted. */
function sortUnits(units: readonly UnitDelta[], order: Order): UnitDelta[] {
  const byName = (a: UnitDelta, b: UnitDelta) => a.unit.name.localeCompare(b.unit.name, 'vi');
  if (order === 'name') return [...units].sort(byName);
  const sign = order === 'risers' ? -1 : 1;
  return [...units].sort((a, b) => {
    if (a.delta === null || b.delta === null) return Number(a.delta === null) - Number(b.delta === null);
    return sign * (a.delta - b.delta) || byName(a, b);
  });
}

/**
 * Two published periods unit by unit: totals before and after, the change, and the change per
 * chosen node. Each unit's lineage status is shown, with split and incomplete pasts flagged, and
 * nodes without a counterpart across versions are listed, never dropped silently.
 */
export function PeriodDeltas({
  comparison,
  codes,
}: {
  comparison: PeriodComparison;
  /** The chosen nodes; null = every column. */
  codes: readonly string[] | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [order, setOrder] = useState<Order>('risers');
  const columns = comparison.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => !codes || codes.includes(column.code));
  const units = useMemo(() => sortUnits(comparison.units, order), [comparison.units, order]);
  const counts = STATUSES.map((status) => ({
    status,
    count: comparison.units.filter((unit) => unit.status === status).length,
  })).filter(({ count }) => count > 0);
  // The totals are coloured against the largest change in the cohort (they have no common maximum).
  const largest = Math.max(0, ...comparison.units.map((unit) => Math.abs(unit.delta ?? 0)));
  const added = new Set(comparison.addedNodes.map((node) => node.code));
  const caption = t('workbench.deltaCaption', {
    from: comparison.fromPeriodCode,
    to: comparison.toPeriodCode,
  });
  return (
    <div>
      {comparison.fromVersion !== comparison.toVersion && (
        <p>
          {t('workbench.versions', { from: comparison.fromVersion, to: comparison.toVersion })}{' '}
          {t(comparison.codeMappingUsed ? 'workbench.codeMapping' : 'workbench.byCode')}
        </p>
      )}
      <ul className="inline-list" aria-label={t('workbench.statusCounts')}>
        {counts.map(({ status, count }) => (
          <li key={status} className={`lineage-status status-${status}`}>
            {t(`workbench.status.${status}`)}: {count}
          </li>
        ))}
      </ul>
      {comparison.removedNodes.length > 0 && (
        <p role="note">
          {t('workbench.removedNodes')}{' '}
          {comparison.removedNodes.map((node) => `${node.code} ${node.name[locale]}`).join('; ')}
        </p>
      )}
      {comparison.addedNodes.length > 0 && (
        <p role="note">
          {t('workbench.addedNodes')}{' '}
          {comparison.addedNodes.map((node) => `${node.code} ${node.name[locale]}`).join('; ')}
        </p>
      )}
      <ChoiceSelect
        className="delta-order"
        label={t('workbench.order')}
        value={order}
        options={ORDERS.map((value) => ({ value, label: t(`workbench.orders.${value}`) }))}
        onChange={setOrder}
      />
      <div className="delta-scroll">
        <table className="delta-table" aria-label={caption}>
          <thead>
            <tr>
              <th scope="col">{t('assessments.unit')}</th>
              <th scope="col">{t('workbench.lineage')}</th>
              <th scope="col">{comparison.fromPeriodCode}</th>
              <th scope="col">{comparison.toPeriodCode}</th>
              <th scope="col">{t('workbench.delta')}</th>
              <th scope="col">{t('workbench.rankChange')}</th>
              {columns.map(({ column }) => (
                <th scope="col" key={column.code} title={column.name[locale]}>
                  Δ {column.code}
                  {added.has(column.code) && <span className="lineage-flag">{t('workbench.newNode')}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={`${unit.unit.id}-${unit.status}`}>
                <th scope="row">{unit.unit.name}</th>
                <td className="lineage">
                  <LineageCell unit={unit} />
                </td>
                <td>{points(unit.before, locale)}</td>
                <td>{points(unit.after, locale)}</td>
                <td style={{ background: deltaColour(unit.delta, largest) }}>
                  {signedPoints(unit.delta, locale)}
                </td>
                <td>
                  {unit.rankBefore ?? '–'} → {unit.rankAfter ?? '–'}
                </td>
                {columns.map(({ column, index }) => {
                  const delta = unit.nodeDeltas[index] ?? null;
                  return (
                    <td
                      key={column.code}
                      style={{ background: deltaColour(delta, column.maxPoints) }}
                      title={`${unit.unit.name} · ${column.name[locale]}: ${points(unit.nodesBefore[index], locale)} → ${points(unit.nodesAfter[index], locale)}`}
                    >
                      {signedPoints(delta, locale)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
