import { formatPercent } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { NodeDistribution } from '../operations.ts';
import { points } from './format.ts';

const STATS = ['min', 'q1', 'median', 'q3', 'max', 'mean'] as const;
/** Counted with their share of the units the node applies to. */
const COUNTS = ['atFull', 'atZero'] as const;

/** A node's spread across the cohort in points, and how many units are at full points and at zero. */
export function DistributionTable({ distribution }: { distribution: NodeDistribution }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const maxPoints = distribution.node?.maxPoints ?? null;
  const share = (count: number) =>
    distribution.count > 0 ? ` (${formatPercent(count / distribution.count, locale)})` : '';
  return (
    <table
      className="stat-table"
      aria-label={t('workbench.distributionOf', { node: distribution.node?.code })}
    >
      <tbody>
        {STATS.map((stat) => (
          <tr key={stat}>
            <th scope="row">{t(`workbench.stats.${stat}`)}</th>
            <td>{points(distribution[stat], locale)}</td>
          </tr>
        ))}
        {maxPoints !== null && (
          <tr>
            <th scope="row">{t('workbench.stats.maxPoints')}</th>
            <td>{points(maxPoints, locale)}</td>
          </tr>
        )}
        <tr>
          <th scope="row">{t('workbench.stats.count')}</th>
          <td>{distribution.count}</td>
        </tr>
        {COUNTS.map((count) => (
          <tr key={count}>
            <th scope="row">{t(`workbench.stats.${count}`)}</th>
            <td>
              {distribution[count]}
              {share(distribution[count])}
            </td>
          </tr>
        ))}
        {distribution.notApplicable > 0 && (
          <tr>
            <th scope="row">{t('workbench.stats.notApplicable')}</th>
            <td>{distribution.notApplicable}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
