import { formatDate, formatNumber, formatPoints } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import type { PlanTarget } from '../operations.ts';

/** Each target against the plan's period: points now (and the figure entered), and where it stands. */
export function TargetsProgress({ targets }: { targets: readonly PlanTarget[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const points = (value: number | null) => (value === null ? '—' : formatPoints(hundredths(value), locale));
  return (
    <table className="table plan-progress">
      <caption>{t('plans.targetsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plans.criterion')}</th>
          <th scope="col" className="num">
            {t('plans.base')}
          </th>
          <th scope="col" className="num">
            {t('plans.targetPoints')}
          </th>
          <th scope="col" className="num">
            {t('plans.current')}
          </th>
          <th scope="col" className="num">
            {t('plans.targetValue')}
          </th>
          <th scope="col">{t('plans.owner')}</th>
          <th scope="col">{t('plans.dueOn')}</th>
          <th scope="col">{t('assessments.status')}</th>
        </tr>
      </thead>
      <tbody>
        {targets.map((target) => (
          <tr key={target.id} data-testid={`target-${target.nodeCode}`}>
            <td>
              <span className="muted">{target.set.code}</span> {target.nodeCode} — {target.name[locale]}
              {target.note && <div className="muted">{target.note}</div>}
            </td>
            <td className="num">{points(target.basePoints)}</td>
            <td className="num">{points(target.targetPoints)}</td>
            <td className="num">{points(target.currentPoints)}</td>
            <td className="num">
              {target.targetValue === null
                ? '—'
                : `${target.currentValue === null ? '—' : formatNumber(target.currentValue, locale)} / ${formatNumber(target.targetValue, locale)}`}
            </td>
            <td>{target.owner}</td>
            <td>{target.dueOn ? formatDate(target.dueOn, locale) : '—'}</td>
            <td>
              <span className={`status target-${target.status.toLowerCase()}`}>
                {t(`plans.targetStatus.${target.status}`)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
