import { formatPoints } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import type { Plan } from '../operations.ts';

/** Points planned and gained so far per set and category, then in all: Vân Đồn's "+4 / +22 / +9". */
export function GainsTable({ progress }: { progress: Plan['progress'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const points = (value: number) => `+${formatPoints(hundredths(value), locale)}`;
  if (progress.gains.length === 0) return null;
  return (
    <table className="table" data-testid="plan-gains">
      <caption>{t('plans.gains')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plans.set')}</th>
          <th scope="col">{t('plans.category')}</th>
          <th scope="col" className="num">
            {t('plans.planned')}
          </th>
          <th scope="col" className="num">
            {t('plans.achieved')}
          </th>
        </tr>
      </thead>
      <tbody>
        {progress.gains.map((gain) => (
          <tr key={`${gain.set.code}/${gain.categoryCode}`}>
            <td>{gain.set.name[locale]}</td>
            <td>{gain.categoryName[locale]}</td>
            <td className="num">{points(gain.planned)}</td>
            <td className="num">{points(gain.achieved)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {t('plans.total')}
          </th>
          <td className="num">{points(progress.planned)}</td>
          <td className="num">{points(progress.achieved)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
