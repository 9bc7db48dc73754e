import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { UnitDelta } from '../operations.ts';
import { points } from './format.ts';

/** A unit's lineage between the periods: its status, where its past comes from, and what to mistrust. */
export function LineageCell({ unit }: { unit: UnitDelta }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <span className={`lineage-status status-${unit.status}`}>{t(`workbench.status.${unit.status}`)}</span>
      {unit.partial && (
        <span className="lineage-flag" title={t('workbench.partialHint')}>
          ⚠ {t('workbench.partial')}
        </span>
      )}
      {unit.incomplete && (
        <span className="lineage-flag" title={t('workbench.incompleteHint')}>
          ⚠ {t('workbench.incomplete')}
        </span>
      )}
      {unit.predecessors.length > 0 && (
        <div className="muted">
          {t('workbench.cameFrom')}{' '}
          {unit.predecessors
            .map(
              (predecessor) =>
                `${predecessor.unit.name} (${points(predecessor.points, locale)}${predecessor.partial ? `, ${t('workbench.inPart')}` : ''})`,
            )
            .join('; ')}
        </div>
      )}
    </>
  );
}
